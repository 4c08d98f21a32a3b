/**
 * The facilitator steers the check: reveal, timer, hand-over, close, actions. Everyone else is
 * refused with 403, wrong states with 409, and races end with one winner and nothing lost.
 */
import { describe, expect, it } from 'vitest';
import { meetingOfThree, participant, tenantB } from '../support/apiClient.ts';

const meeting = () => meetingOfThree((teamId) => ({ meetingId: `meeting-${teamId}` }));

describe('facilitator controls', () => {
  it('are refused with 403 for everyone but the facilitator', async () => {
    const { ben, sessionId } = await meeting();
    for (const response of [
      await ben.reveal(sessionId),
      await ben.setTimer(sessionId, { durationSeconds: 300 }),
      await ben.stopTimer(sessionId),
      await ben.participants(sessionId),
      await ben.offerHandover(sessionId, 'someone'),
      await ben.close(sessionId),
    ]) {
      expect(response.status).toBe(403);
      expect(response.body.error.code).toBe('forbidden');
    }
  });

  it('show participants only counts until the reveal, then the results', async () => {
    const { ava, ben, chen, sessionId } = await meeting();
    await Promise.all([ava.vote(sessionId, 'direct-dialogue', 5), ben.vote(sessionId, 'direct-dialogue', 3)]);
    const before = await chen.results(sessionId);
    expect(before.body).toMatchObject({ revealed: false, participants: 3, voters: 2, overall: null });
    expect(before.body.statements[0]).toEqual({ id: 'direct-dialogue', voters: 2, score: null, distribution: null });

    await chen.vote(sessionId, 'direct-dialogue', 1);
    const revealed = await ava.reveal(sessionId);
    expect(revealed.body.revealed).toBe(true);
    const after = await chen.results(sessionId);
    expect(after.body).toMatchObject({ revealed: true, participants: 3, voters: 3, overall: 50 });
  });

  it('reveal once even when the facilitator clicks several times at once', async () => {
    const { ava, sessionId } = await meeting();
    const responses = await Promise.all(Array.from({ length: 5 }, () => ava.reveal(sessionId)));
    expect(responses.map((r) => r.status).sort()).toEqual([200, 409, 409, 409, 409]);
    expect(responses.find((r) => r.status === 409)?.body.error.message).toMatch(/already revealed/);
  });

  it('change the results ETag when the session state changes, so polling panels notice', async () => {
    const { ava, ben, sessionId } = await meeting();
    const etag = (await ben.results(sessionId)).headers.get('etag')!;
    expect((await ben.results(sessionId, { 'If-None-Match': etag })).status).toBe(304);
    await ava.setTimer(sessionId, { durationSeconds: 180 });
    const afterTimer = await ben.results(sessionId, { 'If-None-Match': etag });
    expect(afterTimer.status).toBe(200);
  });

  it('run a countdown everyone sees, which can be restarted longer and stopped', async () => {
    const { ava, ben, sessionId } = await meeting();
    const started = await ava.setTimer(sessionId, { durationSeconds: 300 });
    expect(started.status).toBe(200);
    const { timer, serverTime } = started.body;
    expect(timer.durationSeconds).toBe(300);
    expect(Date.parse(timer.endsAt) - Date.parse(serverTime)).toBeGreaterThan(295_000);
    expect((await ben.session(sessionId)).body.timer).toEqual(timer);

    const extended = await ava.setTimer(sessionId, { durationSeconds: 360 });
    expect(Date.parse(extended.body.timer.endsAt)).toBeGreaterThan(Date.parse(timer.endsAt));
    expect((await ava.stopTimer(sessionId)).body.timer).toBeNull();
  });

  it.each([[10], [3601], [1.5], ['300']])('refuse a timer of %j seconds with 400 naming the field', async (durationSeconds) => {
    const { ava, sessionId } = await meeting();
    const response = await ava.setTimer(sessionId, { durationSeconds });
    expect(response.status).toBe(400);
    expect(response.body.error.field).toBe('durationSeconds');
  });

  it('hand the facilitator role to the participant who accepts the offer, and to nobody else', async () => {
    const { ava, ben, chen, sessionId } = await meeting();
    const { body } = await ava.participants(sessionId);
    expect(body.participants.map((p: { name: string }) => p.name).sort()).toEqual(['Ava Organizer', 'Ben Participant', 'Chen Participant']);
    const benId = body.participants.find((p: { name: string }) => p.name === 'Ben Participant').participantId;

    const offered = await ava.offerHandover(sessionId, benId);
    expect(offered.body.handover).toEqual({ toName: 'Ben Participant', toMe: false });
    expect((await ben.session(sessionId)).body.handover).toEqual({ toName: 'Ben Participant', toMe: true });
    expect((await chen.acceptHandover(sessionId)).status).toBe(403);

    const accepted = await ben.acceptHandover(sessionId);
    expect(accepted.body).toMatchObject({ isFacilitator: true, facilitatorName: 'Ben Participant', handover: null });
    expect((await ava.reveal(sessionId)).status).toBe(403);
    expect((await ben.reveal(sessionId)).status).toBe(200);
  });

  it('refuse a hand-over to someone who has not joined', async () => {
    const { ava, sessionId } = await meeting();
    expect((await ava.offerHandover(sessionId, 'f'.repeat(64))).status).toBe(404);
  });

  it('count every acknowledged rating exactly once when votes race the close', async () => {
    const { ava, teamId, sessionId } = await meeting();
    const voters = await Promise.all(Array.from({ length: 12 }, () => participant(undefined, undefined, undefined, [teamId])));
    const [votes] = await Promise.all([
      Promise.all(voters.map((voter) => voter.vote(sessionId, 'benefit-reviewed', 4))),
      new Promise((resolve) => setTimeout(resolve, 5)).then(() => ava.close(sessionId)),
    ]);
    for (const vote of votes) expect([200, 409]).toContain(vote.status);
    const acknowledged = votes.filter((vote) => vote.status === 200).length;
    const results = await ava.results(sessionId);
    expect(results.body.state).toBe('closed');
    expect(results.body.statements[2].voters).toBe(acknowledged);
  });
});

describe('actions from answers', () => {
  it('turn a revealed answer into a team action that the next check of the team starts with', async () => {
    const { ava, ben, teamId, sessionId } = await meeting();
    const { body: answer } = await ben.answer(sessionId, { questionId: 'trust-risks', text: 'Outage notices come late' });
    const early = await ava.createAction(sessionId, { answerId: answer.id, owner: 'Ben', dueDate: '2026-12-07' });
    expect(early.status).toBe(409);

    await ava.reveal(sessionId);
    expect((await ben.createAction(sessionId, { answerId: answer.id, owner: 'Ben', dueDate: '2026-12-07' })).status).toBe(403);
    const created = await ava.createAction(sessionId, { answerId: answer.id, owner: 'Ben', dueDate: '2026-12-07' });
    expect(created.status).toBe(201);
    expect(created.body).toMatchObject({ text: 'Outage notices come late', owner: 'Ben', status: 'open', teamId });
    await ava.close(sessionId);

    const { body: next } = await ben.createSession({ teamId });
    expect((await ben.review(next.id)).body.openActions.map((a: { id: string }) => a.id)).toEqual([created.body.id]);
    // The check's view leaves the review out: every panel re-reads it after each change.
    expect(next).not.toHaveProperty('openActions');

    const done = await ben.updateAction(teamId, created.body.id, { status: 'done' });
    expect(done.body.status).toBe('done');
    expect((await ben.review(next.id)).body.openActions).toEqual([]);
    expect((await ben.teamActions(teamId)).body.actions).toHaveLength(1);
    expect((await ben.teamActions(teamId, '?status=open')).body.actions).toHaveLength(0);
  });

  it.each([
    [{ owner: 'Ben', dueDate: '07.12.2026' }, 'dueDate'],
    [{ owner: 'Ben', dueDate: '2026-02-31x' }, 'dueDate'],
    [{ owner: '', dueDate: '2026-12-07' }, 'owner'],
  ])('refuse %j with 400 naming "%s"', async (fields, field) => {
    const { ava, ben, sessionId } = await meeting();
    const { body: answer } = await ben.answer(sessionId, { questionId: 'trust-risks', text: 'x' });
    await ava.reveal(sessionId);
    const response = await ava.createAction(sessionId, { answerId: answer.id, ...fields });
    expect(response.status).toBe(400);
    expect(response.body.error.field).toBe(field);
  });

  it('keep actions inside their tenant', async () => {
    const { ava, ben, teamId, sessionId } = await meeting();
    const { body: answer } = await ben.answer(sessionId, { questionId: 'trust-risks', text: 'x' });
    await ava.reveal(sessionId);
    const { body: action } = await ava.createAction(sessionId, { answerId: answer.id, owner: 'Ben', dueDate: '2026-12-07' });
    const mallory = await participant(tenantB, 'Mallory');
    expect((await mallory.updateAction(teamId, action.id, { status: 'done' })).status).toBe(404);
    expect((await mallory.teamActions(teamId)).status).toBe(404);
    expect((await ava.teamActions(teamId, '?status=open')).body.actions).toHaveLength(1);
  });
});
