/**
 * What every panel polls stays small whatever the team has written: the results carry answer
 * counts, not texts (those are paged from …/answers), and the check's view carries no review
 * lists (those come once from …/review, the few most pressing of them).
 */
import { describe, expect, it } from 'vitest';
import { meetingOfThree, participant } from '../support/apiClient.ts';

const longText = (label: string) => `${label} `.padEnd(2000, 'x');

describe('answers are paged, the results poll counts them', () => {
  it('pages every shown answer exactly once, per question or all, with the counts the poll gives', async () => {
    const { ava, ben, chen, sessionId } = await meetingOfThree();
    const written: string[] = [];
    for (const [index, person] of [ava, ben, chen, ben, chen, ava, ben].entries()) {
      const text = `Answer ${index}`;
      written.push(text);
      await person.answer(sessionId, { questionId: index % 2 ? 'trust-risks' : 'customer-channels', text });
    }
    await ava.reveal(sessionId);

    const { body: results } = await ben.results(sessionId);
    expect(results).not.toHaveProperty('answers');
    expect(results.shownAnswers).toEqual({ 'customer-channels': 4, 'trust-risks': 3 });

    const seen: string[] = [];
    let continuation: string | null = null;
    let pages = 0;
    do {
      const query: string = `?pageSize=2${continuation ? `&continuation=${continuation}` : ''}`;
      const { status, body } = await chen.answers(sessionId, query);
      expect(status).toBe(200);
      expect(body.answers.length).toBeLessThanOrEqual(2);
      seen.push(...body.answers.map((answer: { text: string }) => answer.text));
      continuation = body.continuation;
      pages += 1;
    } while (continuation);
    expect(pages).toBe(4);
    expect(seen.sort()).toEqual([...written].sort());

    const trust = await chen.answers(sessionId, '?questionId=trust-risks&pageSize=50');
    expect(trust.body.answers.map((answer: { questionId: string }) => answer.questionId)).toEqual(['trust-risks', 'trust-risks', 'trust-risks']);
    expect(trust.body.continuation).toBeNull();
  });

  it('shows no answer text before the reveal, and none to anyone outside the team', async () => {
    const { ava, sessionId } = await meetingOfThree();
    await ava.answer(sessionId, { questionId: 'trust-risks', text: 'Not yet for anyone' });
    expect((await ava.answers(sessionId)).body).toEqual({ answers: [], continuation: null });
    await ava.reveal(sessionId);
    const outsider = await participant(undefined, 'Olga Outsider');
    expect((await outsider.answers(sessionId)).status).toBe(404);
  });

  it('refuses a page size or continuation it cannot use, saying which', async () => {
    const { ava, sessionId } = await meetingOfThree();
    for (const query of ['?pageSize=0', '?pageSize=51', '?pageSize=two']) {
      const { status, body } = await ava.answers(sessionId, query);
      expect(status).toBe(400);
      expect(body.error.field).toBe('pageSize');
    }
    const bad = await ava.answers(sessionId, `?continuation=${encodeURIComponent('a/b')}`);
    expect(bad.status).toBe(400);
    expect(bad.body.error.field).toBe('continuation');
  });

  it('keeps the results poll the same size however long the answers are', async () => {
    const { ava, ben, sessionId } = await meetingOfThree();
    await ben.answer(sessionId, { questionId: 'trust-risks', text: 'Short' });
    await ava.reveal(sessionId);
    const size = async () => JSON.stringify((await ava.results(sessionId)).body).length;
    const before = await size();
    for (let index = 0; index < 3; index += 1) await ben.answer(sessionId, { questionId: 'trust-risks', text: longText(`Long ${index}`) });
    // Three answers make a batch (the threshold): they are shown, and counted in the poll.
    expect((await ava.results(sessionId)).body.shownAnswers).toEqual({ 'trust-risks': 4 });
    expect(await size()).toBeLessThan(before + 50);
  });
});

describe('the check opens with a short review, not with the whole registers', () => {
  it('sends the five most pressing open actions and says how many more the channel tab has', async () => {
    const { ava, ben, teamId, sessionId } = await meetingOfThree();
    const { body: answer } = await ben.answer(sessionId, { questionId: 'trust-risks', text: longText('Promise') });
    await ava.reveal(sessionId);
    for (let day = 1; day <= 8; day += 1) {
      const created = await ava.createAction(sessionId, { answerId: answer.id, owner: 'Ben', dueDate: `2027-01-0${day}` });
      expect(created.status).toBe(201);
    }
    await ava.close(sessionId);

    const { body: next } = await ben.createSession({ teamId });
    expect(next).not.toHaveProperty('openActions');
    expect(next).not.toHaveProperty('registerReview');
    const { status, body: review } = await ben.review(next.id);
    expect(status).toBe(200);
    expect(review.openActions.map((action: { dueDate: string }) => action.dueDate)).toEqual([
      '2027-01-01', '2027-01-02', '2027-01-03', '2027-01-04', '2027-01-05',
    ]);
    expect(review.more).toEqual({ openActions: 3, registerReview: 0 });
    const outsider = await participant(undefined, 'Olga Outsider');
    expect((await outsider.review(next.id)).status).toBe(404);
  });
});
