/** Nobody, the facilitator included, can see who voted what; tenants never see each other. */
import { TableClient } from '@azure/data-tables';
import { describe, expect, inject, it } from 'vitest';
import { callApi, participant, tenantB } from '../support/apiClient.ts';

async function rowsOf(table: string): Promise<Record<string, unknown>[]> {
  const client = TableClient.fromConnectionString(inject('storageConnectionString'), table, { allowInsecureConnection: true });
  const rows: Record<string, unknown>[] = [];
  for await (const row of client.listEntities()) rows.push(row);
  return rows;
}

describe('anonymity in storage and responses', () => {
  it('stores votes and answers without any raw user id or name', async () => {
    const [ava, ben] = await Promise.all([participant(undefined, 'Ava Organizer'), participant(undefined, 'Ben Voter')]);
    const { body: session } = await ava.createSession();
    await ben.vote(session.id, 'direct-dialogue', 2);
    await ben.answer(session.id, { questionId: 'trust-risks', text: 'Slow refunds' });

    const stored = JSON.stringify([...(await rowsOf('votes')), ...(await rowsOf('answers')), ...(await rowsOf('sessions'))]);
    for (const person of [ava, ben]) {
      expect(stored).not.toContain(person.user.userId);
      expect(stored).not.toContain(person.user.name);
    }
  });

  it('never sends anyone else’s rating, not even to the facilitator', async () => {
    const [ava, ben, chen] = await Promise.all([participant(), participant(), participant()]);
    const { body: session } = await ava.createSession();
    await ben.vote(session.id, 'direct-dialogue', 1);
    await chen.vote(session.id, 'direct-dialogue', 5);

    const facilitatorView = await ava.session(session.id);
    expect(facilitatorView.body.myVotes).toEqual({});
    const results = await ava.results(session.id);
    expect(JSON.stringify(results.body)).not.toMatch(/voterKey|userId|oid/);
    expect(results.body.statements[0]).toMatchObject({ voters: 2, score: null, distribution: null });
  });
});

describe('tenant isolation', () => {
  it('answers 404 to a user of another tenant for every session route, and changes nothing', async () => {
    const ava = await participant();
    const mallory = await participant(tenantB, 'Mallory');
    const teamId = `team-isolated-${Date.now()}`;
    const { body: session } = await ava.createSession({ teamId, meetingId: `m-${teamId}` });
    await ava.vote(session.id, 'direct-dialogue', 4);

    expect((await mallory.session(session.id)).status).toBe(404);
    expect((await mallory.results(session.id)).status).toBe(404);
    expect((await mallory.vote(session.id, 'direct-dialogue', 1)).status).toBe(404);
    expect((await mallory.answer(session.id, { questionId: 'trust-risks', text: 'x' })).status).toBe(404);
    expect((await mallory.close(session.id)).status).toBe(404);
    expect((await mallory.teamScores(teamId)).body.sessions).toEqual([]);
    const listed = await callApi('GET', `/api/sessions?meetingId=m-${teamId}`, { token: mallory.token });
    expect(listed.body.sessions).toEqual([]);

    const own = await ava.results(session.id);
    expect(own.body.statements[0].voters).toBe(1);
    expect(own.body.answers).toEqual([]);
    expect((await ava.session(session.id)).body.state).toBe('open');
  });
});
