/**
 * After the reveal the shown results never move by one person: a late, changed or erased
 * rating waits until enough people's changes explain the difference (domain/publication.ts).
 */
import { describe, expect, inject, it } from 'vitest';
import { callApi, participant, type Participant } from '../support/apiClient.ts';
import { parseCsv } from '../support/parseCsv.ts';

const adminRole = ['CustomerPulse.Admin'];

async function revealedCheckOfThreeThumbsUp() {
  const teamId = `team-publication-${crypto.randomUUID()}`;
  const people = await Promise.all(['Ava', 'Ben', 'Chen', 'Dana', 'Eli'].map((name) => participant(undefined, name, undefined, [teamId])));
  const [ava] = people as [Participant, ...Participant[]];
  const { body: session } = await ava.createSession({ teamId });
  for (const person of people.slice(0, 3)) await person.vote(session.id, 'direct-dialogue', 5);
  await ava.reveal(session.id);
  const revealed = await ava.results(session.id);
  expect(revealed.body.statements[0].distribution).toEqual([0, 0, 0, 0, 3]);
  return { people, ava, teamId, sessionId: session.id as string };
}

const dialogue = async (viewer: Participant, sessionId: string) => {
  const { body } = await viewer.results(sessionId);
  return { distribution: body.statements[0].distribution, waiting: body.newerRatingsWaiting, voters: body.voters };
};

describe('results after the reveal', () => {
  it('do not show a fourth rating, a changed one or an erasure until at least three people’s changes explain the difference', async () => {
    const { people, ava, sessionId } = await revealedCheckOfThreeThumbsUp();
    const [, ben, , dana, eli] = people as Participant[];

    await dana!.vote(sessionId, 'direct-dialogue', 1);
    expect(await dialogue(ava, sessionId)).toEqual({ distribution: [0, 0, 0, 0, 3], waiting: true, voters: 4 });

    await ben!.vote(sessionId, 'direct-dialogue', 2);
    expect((await dialogue(ava, sessionId)).distribution).toEqual([0, 0, 0, 0, 3]);

    await callApi('DELETE', '/api/me/votes', { token: ava.token });
    // Three people changed, but two people's changes (5 → 1, 5 → 2) would explain the numbers just as well.
    expect(await dialogue(ben!, sessionId)).toEqual({ distribution: [0, 0, 0, 0, 3], waiting: true, voters: 3 });

    await eli!.vote(sessionId, 'direct-dialogue', 3);
    expect(await dialogue(ben!, sessionId)).toEqual({ distribution: [1, 1, 1, 0, 1], waiting: false, voters: 4 });
  });

  it('close with the last safe publication, counting what waits', async () => {
    const { people, ava, teamId, sessionId } = await revealedCheckOfThreeThumbsUp();
    await people[3]!.vote(sessionId, 'direct-dialogue', 1);
    await ava.close(sessionId);
    const closed = (await ava.teamScores(teamId)).body.sessions[0];
    expect(closed).toMatchObject({ voters: 4, unpublishedRatings: 1 });
    expect(closed.statements[0]).toMatchObject({ voters: 3, score: 100 });
    const csv = await fetch(`${inject('apiOrigin')}/api/teams/${teamId}/scores?format=csv`, { headers: { Authorization: `Bearer ${ava.token}` } });
    const [header, row] = parseCsv(await csv.text());
    const first = Object.fromEntries(row!.map((value, index) => [header![index], value]));
    expect(first).toMatchObject({ voters: '4', statement_voters: '3', score: '100', unpublished_ratings: '1' });
    expect((await dialogue(ava, sessionId)).distribution).toEqual([0, 0, 0, 0, 3]);
  });
});

describe('answers after the reveal', () => {
  const texts = async (viewer: Participant, sessionId: string) => {
    const { body } = await viewer.results(sessionId);
    const shown = await viewer.allAnswers(sessionId);
    return { texts: shown.map((answer) => answer.text).sort(), waiting: body.newerAnswersWaiting, count: body.answerCount };
  };

  it('count from the reveal itself, not from the first look at the results after it', async () => {
    const teamId = `team-publication-${crypto.randomUUID()}`;
    const [ava, ben, chen] = await Promise.all(['Ava', 'Ben', 'Chen'].map((name) => participant(undefined, name, undefined, [teamId]))) as Participant[];
    const { body: session } = await ava!.createSession({ teamId });
    for (const person of [ava, ben, chen]) await person!.vote(session.id, 'direct-dialogue', 4);
    await ben!.answer(session.id, { questionId: 'trust-risks', text: 'Before the reveal' });
    await ava!.reveal(session.id);
    // Nobody has looked yet, and already a late rating and a late answer wait.
    await chen!.vote(session.id, 'direct-dialogue', 1);
    await chen!.answer(session.id, { questionId: 'trust-risks', text: 'Just after the reveal' });
    expect(await texts(ava!, session.id)).toEqual({ texts: ['Before the reveal'], waiting: true, count: 2 });
    expect(await dialogue(ava!, session.id)).toMatchObject({ distribution: [0, 0, 0, 3, 0], waiting: true });
  });

  it('wait until at least three have come in, then appear together, and a closed check keeps what waits hidden', async () => {
    const { people, ava, sessionId } = await revealedCheckOfThreeThumbsUp();
    const [, ben, chen, dana, eli] = people as Participant[];
    await ben!.answer(sessionId, { questionId: 'trust-risks', text: 'Late refunds' });
    expect(await texts(ava, sessionId)).toEqual({ texts: [], waiting: true, count: 1 });
    await chen!.answer(sessionId, { questionId: 'trust-risks', text: 'Outage notices' });
    expect((await texts(dana!, sessionId)).texts).toEqual([]);
    await dana!.answer(sessionId, { questionId: 'unclear-benefit', text: 'The new export' });
    expect(await texts(ava, sessionId)).toEqual({ texts: ['Late refunds', 'Outage notices', 'The new export'], waiting: false, count: 3 });

    await eli!.answer(sessionId, { questionId: 'trust-risks', text: 'One more, too late' });
    await ava.close(sessionId);
    expect(await texts(ben!, sessionId)).toEqual({ texts: ['Late refunds', 'Outage notices', 'The new export'], waiting: true, count: 4 });
  });
});

describe('history after an admin erases one person of a closed check', () => {
  it('keeps its scores, so the erased ratings cannot be worked out from the change', async () => {
    const teamId = `team-publication-${crypto.randomUUID()}`;
    const people = await Promise.all(['Ava', 'Ben', 'Chen', 'Dana'].map((name) => participant(undefined, name, undefined, [teamId])));
    const [ava, , , dana] = people as Participant[];
    const { body: session } = await ava!.createSession({ teamId });
    const ratings = [[5, 1, 3], [3, 5, 5], [1, 3, 3], [5, 1, 3]];
    for (const [index, person] of people.entries()) {
      for (const [statement, value] of ['direct-dialogue', 'trusted-partnership', 'benefit-reviewed'].map((id, i) => [id, ratings[index]![i]] as const)) {
        await person.vote(session.id, statement, value);
      }
    }
    await ava!.close(session.id);
    const before = (await ava!.teamScores(teamId)).body.sessions[0];

    const admin = await participant(undefined, 'Admin', adminRole);
    const erased = await callApi('DELETE', `/api/users/${dana!.user.userId}/votes`, { token: admin.token });
    expect(erased.body.deleted.votes).toBe(3);

    const after = (await ava!.teamScores(teamId)).body.sessions[0];
    expect(after.statements.map((s: { score: number }) => s.score)).toEqual(before.statements.map((s: { score: number }) => s.score));
    expect(after.overall).toBe(before.overall);
    expect(after.unpublishedRatings).toBe(3);
  });
});
