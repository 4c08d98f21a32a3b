/** Erasure: a team's data by an admin, one person's ratings by themselves or an admin. */
import { describe, expect, it } from 'vitest';
import { callApi, participant, tenantB } from '../support/apiClient.ts';

const adminRole = ['CustomerPulse.Admin'];

async function teamWithClosedCheck() {
  const teamId = `team-erase-${crypto.randomUUID()}`;
  const [ava, ben, chen] = await Promise.all([participant(undefined, undefined, undefined, [teamId]), participant(undefined, undefined, undefined, [teamId]), participant(undefined, undefined, undefined, [teamId])]);
  const { body: session } = await ava.createSession({ teamId });
  for (const [person, value] of [[ava, 5], [ben, 1], [chen, 3]] as const) await person.vote(session.id, 'direct-dialogue', value);
  const { body: answer } = await ben.answer(session.id, { questionId: 'trust-risks', text: 'Late refunds' });
  await ava.reveal(session.id);
  await ava.createAction(session.id, { answerId: answer.id, owner: 'Ben', dueDate: '2026-12-24' });
  await ava.createRegisterEntry(session.id, { answerId: answer.id, register: 'trust-risks', severity: 'high' });
  await callApi('PUT', `/api/teams/${teamId}/sharing`, { token: ava.token, body: { shared: true } });
  await ava.close(session.id);
  return { ava, ben, chen, teamId, sessionId: session.id as string };
}

describe('erasing a team', () => {
  it('is refused without the admin role', async () => {
    const { ava, teamId, sessionId } = await teamWithClosedCheck();
    const response = await callApi('DELETE', `/api/teams/${teamId}/data`, { token: ava.token });
    expect(response.status).toBe(403);
    expect((await ava.session(sessionId)).status).toBe(200);
  });

  it('deletes every session, vote, answer, action, register entry, summary and the sharing of the team', async () => {
    const { ava, teamId, sessionId } = await teamWithClosedCheck();
    const admin = await participant(undefined, 'Admin', adminRole);
    const response = await callApi('DELETE', `/api/teams/${teamId}/data`, { token: admin.token });
    expect(response.status).toBe(200);
    expect(response.body.deleted).toEqual({ sessions: 1, votes: 3, answers: 1, participants: 1, actions: 1, summaries: 1, registerEntries: 1, templates: 0 });

    expect((await ava.session(sessionId)).status).toBe(404);
    expect((await ava.teamScores(teamId)).status).toBe(404);
    expect((await ava.teamActions(teamId)).body.actions).toEqual([]);
    expect((await ava.teamRegisters(teamId)).body.entries).toEqual([]);
    const leadership = await callApi('GET', '/api/scores', { token: ava.token });
    expect(leadership.body.teams.map((team: { teamId: string }) => team.teamId)).not.toContain(teamId);
  });

  it('by an admin of another tenant deletes nothing', async () => {
    const { ava, teamId, sessionId } = await teamWithClosedCheck();
    const foreignAdmin = await participant(tenantB, 'Foreign admin', adminRole);
    const response = await callApi('DELETE', `/api/teams/${teamId}/data`, { token: foreignAdmin.token });
    expect(response.body.deleted).toMatchObject({ sessions: 0, registerEntries: 0 });
    expect((await ava.session(sessionId)).status).toBe(200);
    expect((await ava.teamRegisters(teamId)).body.entries).toHaveLength(1);
  });
});

describe("erasing one person's ratings", () => {
  it('removes only their ratings, everywhere, and the closed check’s history drops them only once enough others erased too', async () => {
    const { ava, ben, chen, teamId, sessionId } = await teamWithClosedCheck();
    const { body: open } = await chen.createSession({ teamId });
    await ben.vote(open.id, 'benefit-reviewed', 2);

    const erased = await callApi('DELETE', '/api/me/votes', { token: ben.token });
    expect(erased.status).toBe(200);
    expect(erased.body.deleted.votes).toBe(2);

    expect((await ben.session(open.id)).body.myVotes).toEqual({});
    // One person's erasure alone would tell their rating (5, 1, 3 → 5, 3): it is counted, not shown.
    const results = await chen.results(sessionId);
    expect(results.body.voters).toBe(2);
    expect(results.body.statements[0]).toMatchObject({ voters: 3, distribution: [1, 0, 1, 0, 1] });
    expect(results.body.newerRatingsWaiting).toBe(true);
    const history = await chen.teamScores(teamId);
    const closed = history.body.sessions.find((s: { id: string }) => s.id === sessionId);
    expect(closed).toMatchObject({ voters: 2, overall: 50, unpublishedRatings: 1 });
    expect((await chen.session(sessionId)).body.state).toBe('closed');

    await callApi('DELETE', '/api/me/votes', { token: ava.token });
    await callApi('DELETE', '/api/me/votes', { token: chen.token });
    const afterAll = (await chen.teamScores(teamId)).body.sessions.find((s: { id: string }) => s.id === sessionId);
    expect(afterAll).toMatchObject({ voters: 0, overall: null, unpublishedRatings: 0 });
  });

  it('can be done by an admin for another user, and not by anyone else', async () => {
    const { ben, chen, sessionId } = await teamWithClosedCheck();
    expect((await callApi('DELETE', `/api/users/${ben.user.userId}/votes`, { token: chen.token })).status).toBe(403);
    const admin = await participant(undefined, 'Admin', adminRole);
    const erased = await callApi('DELETE', `/api/users/${ben.user.userId}/votes`, { token: admin.token });
    expect(erased.body.deleted.votes).toBe(1);
    const results = (await chen.results(sessionId)).body;
    expect(results.voters).toBe(2);
    expect(results.statements[0].voters).toBe(3); // the published state stays until enough others change
  });
});
