/** Nobody, the facilitator included, can see who voted what; tenants never see each other. */
import { TableClient } from '@azure/data-tables';
import { describe, expect, inject, it } from 'vitest';
import { callApi, participant, tenantB, teamOf } from '../support/apiClient.ts';

async function rowsOf(table: string): Promise<Record<string, unknown>[]> {
  const client = TableClient.fromConnectionString(inject('storageConnectionString'), table, { allowInsecureConnection: true });
  const rows: Record<string, unknown>[] = [];
  for await (const row of client.listEntities()) rows.push(row);
  return rows;
}

describe('anonymity in storage and responses', () => {
  it('stores votes and answers without any raw user id or name, under keys nothing else shares', async () => {
    const [ava, ben] = await Promise.all([participant(undefined, 'Ava Organizer'), participant(undefined, 'Ben Voter')]);
    await teamOf(ava.teamId, ben);
    const { body: session } = await ava.createSession();
    await ben.join(session.id);
    await ava.vote(session.id, 'direct-dialogue', 4);
    await ben.vote(session.id, 'direct-dialogue', 2);
    await ben.answer(session.id, { questionId: 'trust-risks', text: 'Slow refunds' });

    const votes = (await rowsOf('votes')).filter((row) => String(row.partitionKey).endsWith(session.id) && row.rowKey !== '~version');
    const answers = (await rowsOf('answers')).filter((row) => String(row.partitionKey).endsWith(session.id));
    const ratingsAndAnswers = JSON.stringify([...votes, ...answers]);
    for (const person of [ava, ben]) {
      expect(ratingsAndAnswers).not.toContain(person.user.userId);
      expect(ratingsAndAnswers).not.toContain(person.user.name);
    }
    expect(votes).toHaveLength(2);

    // Names live only with the session (facilitator) and participant rows, whose keys are
    // other pseudonyms: a reader of the tables cannot join a name to a rating.
    const everythingElse = JSON.stringify([...(await rowsOf('sessions')), ...(await rowsOf('participants'))]);
    expect(everythingElse).not.toContain(ava.user.userId);
    for (const vote of votes) expect(everythingElse).not.toContain(String(vote.voterKey));
  });

  it('never sends anyone else’s rating, not even to the facilitator', async () => {
    const [ava, ben, chen] = await Promise.all([participant(), participant(), participant()]);
    await teamOf(ava.teamId, ben, chen);
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
    const teamId = ava.teamId;
    const { body: session } = await ava.createSession({ teamId, meetingId: `m-${teamId}` });
    await ava.vote(session.id, 'direct-dialogue', 4);

    expect((await mallory.session(session.id)).status).toBe(404);
    expect((await mallory.results(session.id)).status).toBe(404);
    expect((await mallory.vote(session.id, 'direct-dialogue', 1)).status).toBe(404);
    expect((await mallory.answer(session.id, { questionId: 'trust-risks', text: 'x' })).status).toBe(404);
    expect((await mallory.close(session.id)).status).toBe(404);
    expect((await mallory.teamScores(teamId)).status).toBe(404);
    const listed = await callApi('GET', `/api/sessions?meetingId=m-${teamId}`, { token: mallory.token });
    expect(listed.body.sessions).toEqual([]);

    const own = await ava.results(session.id);
    expect(own.body.statements[0].voters).toBe(1);
    expect(own.body.answerCount).toBe(0);
    expect((await ava.session(session.id)).body.state).toBe('open');
  });
});
