/** `npm run seed` fills a demo tenant that the API serves as history and leadership view. */
import { execFile } from 'node:child_process';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { describe, expect, inject, it } from 'vitest';
import { repoRoot } from '../../api/local/paths.ts';
import { SIMULATED_TEAM, SIMULATED_TENANT } from '../../api/local/simulatedMeeting.ts';
import { callApi, participant } from '../support/apiClient.ts';

const run = promisify(execFile);

const seed = async () =>
  (
    await run(process.execPath, ['--import', 'tsx', join(repoRoot, 'api/local/seed.ts')], {
      cwd: repoRoot,
      env: { ...process.env, STORAGE_CONNECTION_STRING: inject('storageConnectionString') },
    })
  ).stdout;

describe('demo seed', () => {
  // One story in order: the seed always writes the simulator's tenant, so the check by hand
  // has to come before any seed run of this file.
  it('adds the weekly history to a team already used by hand, once, and shares four of five teams', async () => {
    const facilitator = await participant(SIMULATED_TENANT.id, 'Ava Organizer', undefined, [SIMULATED_TEAM.groupId]);
    const byHand = await facilitator.createSession({ teamId: SIMULATED_TEAM.groupId });
    expect(byHand.status).toBe(201);
    const before = await facilitator.teamScores(SIMULATED_TEAM.groupId);
    expect(before.body.sessions.map((s: { id: string }) => s.id)).toEqual([byHand.body.id]);

    const first = await seed();
    expect(first).toContain('Seeded Contoso Checkout: 16 weekly checks; its 1 other check (made by hand) left as it is');
    expect(first).toContain('Seeded Payments: 16 weekly checks\n');
    // Here the seed writes to the test's storage (STORAGE_CONNECTION_STRING); with `npm start` it
    // names .data/azurite instead.
    expect(first).toContain('Running `npm run seed` again adds nothing twice.\nTo start over, erase these teams');

    const viewer = await participant(SIMULATED_TENANT.id, 'Viewer', undefined, [SIMULATED_TEAM.groupId]);
    const history = await callApi('GET', `/api/teams/${SIMULATED_TEAM.groupId}/scores`, { token: viewer.token });
    const seeded = history.body.sessions.filter((s: { id: string }) => s.id !== byHand.body.id);
    expect(history.body.sessions).toHaveLength(17);
    expect(history.body.sessions.map((s: { id: string }) => s.id)).toContain(byHand.body.id);
    expect(seeded).toHaveLength(16);
    expect(seeded[0].createdAt > seeded[15].createdAt).toBe(true);
    expect(seeded.every((s: { state: string; overall: number | null }) => s.state === 'closed' && s.overall !== null)).toBe(true);

    const second = await seed();
    expect(second).toContain('Contoso Checkout already seeded: 16 weekly checks from an earlier run, nothing added');
    expect(second).toContain('Payments already seeded: 16 weekly checks from an earlier run, nothing added\n');
    expect(second).not.toContain('Seeded ');
    const again = await callApi('GET', `/api/teams/${SIMULATED_TEAM.groupId}/scores`, { token: viewer.token });
    expect(again.body.sessions.map((s: { id: string }) => s.id)).toEqual(history.body.sessions.map((s: { id: string }) => s.id));

    const leadership = await callApi('GET', '/api/scores', { token: viewer.token });
    expect(leadership.body.teams.map((team: { teamName: string }) => team.teamName)).toEqual([
      'Contoso Checkout',
      'Mobile App',
      'Payments',
      'Support Tools',
    ]);
  });

  it('gives the seeded teams trends over their last checks: Contoso Checkout rising beyond noise, Mobile App falling', async () => {
    await seed(); // adds nothing when the story above ran; makes this test stand on its own
    const viewer = await participant(SIMULATED_TENANT.id, 'Viewer', undefined, [SIMULATED_TEAM.groupId]);
    const { body } = await callApi('GET', `/api/teams/${SIMULATED_TEAM.groupId}/scores?from=2000-01-01`, { token: viewer.token });
    const closed = body.sessions.filter((s: { state: string }) => s.state === 'closed');
    expect(body.windowTrends.sessionId).toBe(closed[0].id);
    expect(body.windowTrends.overall).toMatchObject({ trend: 'up', checks: 10, since: closed[9].createdAt });
    expect(body.windowTrends.overall.interval.low).toBeGreaterThan(0);
    // Check to previous, the same checks read within noise every week.
    expect(closed.slice(0, 9).map((s: { trend: string }) => s.trend)).toEqual(Array(9).fill('within-noise'));

    const leadership = await callApi('GET', '/api/scores', { token: viewer.token });
    const trendOf = (name: string) =>
      leadership.body.teams.find((team: { teamName: string }) => team.teamName === name).windowTrends.overall.trend;
    expect(trendOf('Contoso Checkout')).toBe('up');
    expect(trendOf('Payments')).toBe('within-noise');
    expect(trendOf('Mobile App')).toBe('down');
  });
});
