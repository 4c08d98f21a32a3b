/**
 * The results' ETag is the check's version row (api/src/storage/votesTable.ts): every write that
 * changes what a panel sees must change it, nothing else may, and it never lets a 304 through
 * to someone who may not read the check.
 */
import { describe, expect, it } from 'vitest';
import { callApi, participant, tenantB, teamOf } from '../support/apiClient.ts';

async function etagOf(reader: Awaited<ReturnType<typeof participant>>, sessionId: string): Promise<string> {
  const reply = await reader.results(sessionId);
  expect(reply.status).toBe(200);
  return reply.headers.get('etag')!;
}

describe('the results version', () => {
  it('changes with every vote, answer, new participant and session change, and not with a repeated join', async () => {
    const [ava, ben] = await Promise.all([participant(undefined, 'Ava'), participant(undefined, 'Ben')]);
    await teamOf(ava.teamId, ben);
    const { body: session } = await ava.createSession();
    const seen = new Set<string>();
    const changedBy = async (what: string, write: () => Promise<{ status: number }>) => {
      const before = await etagOf(ava, session.id);
      expect((await write()).status, what).toBeLessThan(300);
      const after = await ava.results(session.id, { 'If-None-Match': before });
      expect(after.status, what).toBe(200);
      const etag = after.headers.get('etag')!;
      expect(seen.has(etag), what).toBe(false);
      seen.add(etag);
    };
    await changedBy('a new participant', () => ben.join(session.id));
    await changedBy('a vote', () => ben.vote(session.id, 'direct-dialogue', 4));
    await changedBy('the same vote again', () => ben.vote(session.id, 'direct-dialogue', 4));
    await changedBy('an answer', () => ben.answer(session.id, { questionId: 'trust-risks', text: 'Slow refunds' }));
    await changedBy('a timer', () => ava.setTimer(session.id, { durationSeconds: 300 }));
    await changedBy('a reveal', () => ava.reveal(session.id));
    await changedBy('erasing own ratings', () => callApi('DELETE', '/api/me/votes', { token: ben.token }));
    await changedBy('closing', () => ava.close(session.id));

    const etag = await etagOf(ava, session.id);
    expect((await ben.join(session.id)).status).toBe(200);
    expect((await ava.results(session.id, { 'If-None-Match': etag })).status).toBe(304);
  });

  it('answers another tenant 404, not 304, even with the current ETag', async () => {
    const ava = await participant();
    const mallory = await participant(tenantB, 'Mallory');
    const { body: session } = await ava.createSession();
    const etag = await etagOf(ava, session.id);
    expect((await mallory.results(session.id, { 'If-None-Match': etag })).status).toBe(404);
    expect((await mallory.results(session.id, { 'If-None-Match': '*' })).status).toBe(404);
  });

  it('answers 404 for a check that does not exist', async () => {
    const ava = await participant();
    expect((await ava.results('00000000-0000-4000-8000-000000000000', { 'If-None-Match': '*' })).status).toBe(404);
  });
});
