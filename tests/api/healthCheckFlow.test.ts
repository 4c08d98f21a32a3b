/**
 * The whole health check as a scripted client sees it: three people of one tenant start a
 * check, rate, answer, see results appear at the anonymity threshold, close, and find the
 * check in the team's scores.
 */
import { describe, expect, it } from 'vitest';
import { callApi, participant, newTeamId, teamOf } from '../support/apiClient.ts';

describe('a customer obsession check, end to end over HTTP', () => {
  it('hides results below three voters, shows them at three, and records the closed check in the team scores', async () => {
    const teamId = newTeamId();
    const [ava, ben, chen] = await Promise.all([participant(undefined, undefined, undefined, [teamId]), participant(undefined, undefined, undefined, [teamId]), participant(undefined, undefined, undefined, [teamId])]);

    const created = await ava.createSession({ teamId, teamName: 'Checkout', meetingId: `meeting-${teamId}` });
    expect(created.status).toBe(201);
    expect(created.body).toMatchObject({ state: 'open', templateId: 'customer-obsession', teamId, isFacilitator: true });
    expect(created.body.statements).toHaveLength(3);
    expect(created.body.questions).toHaveLength(4);
    const sessionId: string = created.body.id;

    expect((await ava.vote(sessionId, 'direct-dialogue', 5)).status).toBe(200);
    expect((await ben.vote(sessionId, 'direct-dialogue', 2)).status).toBe(200);

    const hidden = await chen.results(sessionId);
    expect(hidden.status).toBe(200);
    expect(hidden.body.statements[0]).toEqual({ id: 'direct-dialogue', voters: 2, score: null, distribution: null });
    expect(hidden.body.overall).toBeNull();

    expect((await chen.vote(sessionId, 'direct-dialogue', 4)).status).toBe(200);
    const beforeReveal = await ben.results(sessionId);
    expect(beforeReveal.body.statements[0]).toEqual({ id: 'direct-dialogue', voters: 3, score: null, distribution: null });
    expect((await ava.reveal(sessionId)).status).toBe(200);
    const shown = await ben.results(sessionId);
    expect(shown.body.voters).toBe(3);
    expect(shown.body.statements[0]).toEqual({ id: 'direct-dialogue', voters: 3, score: 66.7, distribution: [0, 1, 0, 1, 1] });
    expect(shown.body.overall).toBe(66.7);

    expect((await ben.close(sessionId)).status).toBe(403);
    const closed = await ava.close(sessionId);
    expect(closed.status).toBe(200);
    expect(closed.body.state).toBe('closed');

    const scores = await chen.teamScores(teamId);
    expect(scores.status).toBe(200);
    expect(scores.body.sessions).toHaveLength(1);
    expect(scores.body.sessions[0]).toMatchObject({ id: sessionId, state: 'closed', voters: 3, overall: 66.7, participants: 3 });
    expect(scores.body.sessions[0].statements[0]).toMatchObject({ id: 'direct-dialogue', voters: 3, score: 66.7 });
  });

  it('counts a repeated rating once and lets a person change it while the check is open', async () => {
    const [ava, ben, chen] = await Promise.all([participant(), participant(), participant()]);
    await teamOf(ava.teamId, ben, chen);
    const { body: session } = await ava.createSession();
    await ava.vote(session.id, 'trusted-partnership', 1);
    await ava.vote(session.id, 'trusted-partnership', 1);
    await ava.vote(session.id, 'trusted-partnership', 5);
    await ben.vote(session.id, 'trusted-partnership', 5);
    await chen.vote(session.id, 'trusted-partnership', 5);
    await ava.reveal(session.id);

    const { body } = await ben.results(session.id);
    expect(body.statements[1]).toEqual({ id: 'trusted-partnership', voters: 3, score: 100, distribution: [0, 0, 0, 0, 3] });
    expect((await ava.session(session.id)).body.myVotes).toEqual({ 'trusted-partnership': 5 });
    expect((await ben.session(session.id)).body.myVotes).toEqual({ 'trusted-partnership': 5 });
  });

  it('refuses ratings and answers after close and keeps what was stored', async () => {
    const [ava, ben] = await Promise.all([participant(), participant()]);
    await teamOf(ava.teamId, ben);
    const { body: session } = await ava.createSession();
    await ben.vote(session.id, 'benefit-reviewed', 3);
    await ava.close(session.id);

    const lateVote = await ben.vote(session.id, 'benefit-reviewed', 5);
    expect(lateVote.status).toBe(409);
    expect(lateVote.body.error.code).toBe('conflict');
    expect((await ben.answer(session.id, { questionId: 'trust-risks', text: 'too late' })).status).toBe(409);
    expect((await ava.close(session.id)).status).toBe(409);
    expect((await ben.session(session.id)).body.myVotes).toEqual({ 'benefit-reviewed': 3 });
  });

  it('stores open answers without author and shows them to everyone in the check', async () => {
    const [ava, ben] = await Promise.all([participant(), participant()]);
    await teamOf(ava.teamId, ben);
    const { body: session } = await ava.createSession();
    const added = await ben.answer(session.id, { questionId: 'customer-channels', text: '  Monthly user interviews  ' });
    expect(added.status).toBe(201);
    expect(added.body).toMatchObject({ questionId: 'customer-channels', text: 'Monthly user interviews' });
    expect(Object.keys(added.body).sort()).toEqual(['createdAt', 'id', 'questionId', 'text']);

    const beforeReveal = await ava.results(session.id);
    expect(beforeReveal.body).toMatchObject({ shownAnswers: {}, answerCount: 1 });
    expect((await ava.answers(session.id)).body).toEqual({ answers: [], continuation: null });
    await ava.reveal(session.id);
    const { body } = await ava.results(session.id);
    // Shown with the check's own start time: a finer one would tell when (so by whom) it was typed.
    expect(body.shownAnswers).toEqual({ 'customer-channels': 1 });
    expect((await ava.answers(session.id)).body.answers).toEqual([{ ...added.body, createdAt: session.createdAt }]);
  });

  it('stores an answer once when the client retries it with the same answerId', async () => {
    const ava = await participant();
    const { body: session } = await ava.createSession();
    const answerId = crypto.randomUUID();
    const first = await ava.answer(session.id, { questionId: 'unclear-benefit', text: 'Bulk export', answerId });
    const retry = await ava.answer(session.id, { questionId: 'unclear-benefit', text: 'Bulk export', answerId });
    expect(first.status).toBe(201);
    expect(retry.body).toEqual(first.body);
    expect((await ava.results(session.id)).body.answerCount).toBe(1);
  });

  it('lets a participant find the open check of their meeting', async () => {
    const [ava, ben] = await Promise.all([participant(), participant()]);
    await teamOf(ava.teamId, ben);
    const meetingId = `meeting-${crypto.randomUUID()}`;
    const { body: session } = await ava.createSession({ meetingId });
    const found = await callApi('GET', `/api/sessions?meetingId=${encodeURIComponent(meetingId)}&state=open`, { token: ben.token });
    expect(found.status).toBe(200);
    expect(found.body.sessions.map((s: { id: string }) => s.id)).toEqual([session.id]);
    expect(found.body.sessions[0].isFacilitator).toBe(false);

    await ava.close(session.id);
    const afterClose = await callApi('GET', `/api/sessions?meetingId=${encodeURIComponent(meetingId)}&state=open`, { token: ben.token });
    expect(afterClose.body.sessions).toEqual([]);
  });

  it('answers an unchanged results read with 304 Not Modified', async () => {
    const ava = await participant();
    const { body: session } = await ava.createSession();
    const first = await ava.results(session.id);
    const etag = first.headers.get('etag');
    expect(etag).toBeTruthy();
    expect(first.headers.get('server-timing')).toMatch(/^app;dur=\d+(\.\d)?$/);
    const unchanged = await ava.results(session.id, { 'If-None-Match': etag! });
    expect(unchanged.status).toBe(304);

    await ava.vote(session.id, 'direct-dialogue', 4);
    const changed = await ava.results(session.id, { 'If-None-Match': etag! });
    expect(changed.status).toBe(200);
    expect(changed.headers.get('etag')).not.toBe(etag);
  });
});
