/** `npm run seed` fills a demo tenant that the API serves as history and leadership view. */
import { execFile } from 'node:child_process';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { describe, expect, inject, it } from 'vitest';
import { repoRoot } from '../../api/local/paths.ts';
import { SIMULATED_TEAM, SIMULATED_TENANT } from '../../tab/simulator/meetingData.ts';
import { callApi, participant } from '../support/apiClient.ts';

const run = promisify(execFile);

describe('demo seed', () => {
  it('writes weekly history for the simulator team and shares four of five teams, once', async () => {
    const seed = () =>
      run(process.execPath, ['--import', 'tsx', join(repoRoot, 'api/local/seed.ts')], {
        cwd: repoRoot,
        env: { ...process.env, STORAGE_CONNECTION_STRING: inject('storageConnectionString') },
      });
    expect((await seed()).stdout).toContain('Seeded Contoso Checkout: 16 weekly checks');
    expect((await seed()).stdout).toContain('Contoso Checkout already has history');

    const viewer = await participant(SIMULATED_TENANT.id, 'Viewer', undefined, [SIMULATED_TEAM.groupId]);
    const history = await callApi('GET', `/api/teams/${SIMULATED_TEAM.groupId}/scores`, { token: viewer.token });
    expect(history.body.sessions).toHaveLength(16);
    expect(history.body.sessions[0].createdAt > history.body.sessions[15].createdAt).toBe(true);
    expect(history.body.sessions.every((s: { overall: number | null }) => s.overall !== null)).toBe(true);

    const leadership = await callApi('GET', '/api/scores', { token: viewer.token });
    expect(leadership.body.teams.map((team: { teamName: string }) => team.teamName)).toEqual([
      'Contoso Checkout',
      'Mobile App',
      'Payments',
      'Support Tools',
    ]);
  });
});
