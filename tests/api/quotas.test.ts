/**
 * One person cannot flood a check or a team for everyone else: each kind of write has a limit
 * per person, and hitting it is a 429 that says which limit, while others carry on.
 */
import { describe, expect, it } from 'vitest';
import { callApi, meetingOfThree, newTeamId, participant, tenantA } from '../support/apiClient.ts';
import { listAllTemplates } from '../support/templatePages.ts';

describe('limits per person', () => {
  it('take at most 20 answers from one person in one check; a retry of a stored answer uses none, and others still answer', async () => {
    const { ben, chen, sessionId } = await meetingOfThree();
    const ids = Array.from({ length: 20 }, () => crypto.randomUUID());
    for (const answerId of ids) {
      expect((await ben.answer(sessionId, { questionId: 'trust-risks', text: `Risk ${answerId}`, answerId })).status).toBe(201);
    }
    const retried = await ben.answer(sessionId, { questionId: 'trust-risks', text: `Risk ${ids[0]}`, answerId: ids[0] });
    expect(retried.status).toBe(201);
    const refused = await ben.answer(sessionId, { questionId: 'trust-risks', text: 'One too many' });
    expect(refused.status).toBe(429);
    expect(refused.headers.get('retry-after')).toMatch(/^\d+$/);
    expect(refused.body.error).toMatchObject({ code: 'rate_limited', message: expect.stringMatching(/20 answers to this check/) });
    expect((await chen.answer(sessionId, { questionId: 'trust-risks', text: 'Mine still counts' })).status).toBe(201);
    expect((await ben.results(sessionId)).body.answerCount).toBe(21);
  });

  it('let one person start 10 checks of a team a day, so that nobody uses up the team’s 20', async () => {
    const teamId = newTeamId();
    const [eager, colleague] = await Promise.all([participant(tenantA, 'Eager', undefined, [teamId]), participant(tenantA, 'Colleague', undefined, [teamId])]);
    for (let check = 0; check < 10; check += 1) expect((await eager.createSession({ teamId })).status).toBe(201);
    const refused = await eager.createSession({ teamId });
    expect(refused.status).toBe(429);
    expect(refused.body.error.message).toMatch(/started 10 checks for this team today/);
    expect(Number(refused.headers.get('retry-after'))).toBeLessThanOrEqual(24 * 3600);
    expect((await colleague.createSession({ teamId })).status).toBe(201);
  });

  it('keep a team’s own templates to 50, so every panel’s template list stays short', async () => {
    const teamId = newTeamId();
    const people = await Promise.all(Array.from({ length: 3 }, (_, index) => participant(tenantA, `Author ${index}`, undefined, [teamId])));
    const template = (name: string) => ({
      scope: 'team',
      teamId,
      languages: ['en'],
      name: { en: name },
      scale: { points: 2, labels: [{ en: 'No' }, { en: 'Yes' }] },
      pillars: [{ id: 'p', name: { en: 'Pillar' } }],
      statements: [{ id: 's', pillarId: 'p', text: { en: 'Statement.' } }],
      questions: [],
    });
    // Three people at 20 a day, 17 each: 51 attempts, the last one past the team's 50.
    const statuses: number[] = [];
    for (let index = 0; index < 51; index += 1) {
      const author = people[index % 3]!;
      statuses.push((await callApi('POST', '/api/templates', { token: author.token, body: template(`Template ${index}`) })).status);
    }
    expect(statuses.slice(0, 50).every((status) => status === 201)).toBe(true);
    const refused = await callApi('POST', '/api/templates', { token: people[2]!.token, body: template('One too many') });
    expect(refused.status).toBe(409);
    expect(refused.body.error.message).toMatch(/50 templates/);
    // However many there are, each page of the list holds at most 20 (the default page).
    const listed = await listAllTemplates(people[0]!.token, { teamId });
    expect(listed.templates.filter((t) => t.origin === 'team')).toHaveLength(50);
    expect(listed.pages.every((page) => page.templates.length <= 20)).toBe(true);
  });
});
