/**
 * What the API writes to its logs: request lines and ids, never a token, a rating, an answer's
 * text or a user's id — a log reader must learn no more than the tables tell.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { registeredRoutes } from '../support/registeredRoutes.ts';
import { startTestStack, type TestStack } from '../support/stack.ts';

let stack: TestStack;

async function call(method: string, path: string, token?: string, body?: unknown) {
  const response = await fetch(`${stack.apiOrigin}${path}`, {
    method,
    headers: { 'Content-Type': 'application/json', ...(token ? { Authorization: `Bearer ${token}` } : {}) },
    body: body === undefined ? undefined : JSON.stringify(body),
  });
  return (await response.json().catch(() => undefined)) as Record<string, any>;
}

describe('logs', () => {
  beforeAll(async () => {
    stack = await startTestStack({ logRequests: true });
  }, 60_000);
  afterAll(() => stack?.stop());

  it('hold no tokens, ratings, answer texts or user ids', async () => {
    const users = ['logged-user-alpha', 'logged-user-beta', 'logged-user-gamma'];
    const tokens = await Promise.all(
      users.map(async (userId) => (await call('POST', '/dev/token', undefined, { userId, name: `Name of ${userId}`, tenantId: 'tenant-logs', groups: ['team-logs'] })).token as string),
    );
    const session = await call('POST', '/api/sessions', tokens[0], { templateId: 'customer-obsession', teamId: 'team-logs' });
    for (const [index, token] of tokens.entries()) {
      await call('PUT', `/api/sessions/${session.id}/votes/direct-dialogue`, token, { value: index + 3 });
    }
    await call('POST', `/api/sessions/${session.id}/answers`, tokens[1], { questionId: 'trust-risks', text: 'A very secret candid remark' });
    await call('PUT', `/api/sessions/${session.id}/votes/direct-dialogue`, 'not-a-token', { value: 5 });
    await call('POST', `/api/sessions/${session.id}/reveal`, tokens[0]);
    await call('POST', `/api/sessions/${session.id}/close`, tokens[0]);
    const admin = (await call('POST', '/dev/token', undefined, { userId: 'logged-admin', name: 'Admin', tenantId: 'tenant-logs', roles: ['CustomerPulse.Admin'] })).token as string;
    await call('DELETE', `/api/users/${users[2]}/votes`, admin);

    // The request line is written after the response: wait for the last one to arrive.
    await expect.poll(() => stack.hostOutput(), { timeout: 5_000 }).toContain('DELETE /api/users/{userId}/votes 200');
    const logs = stack.hostOutput();
    // Request lines name the route template: a path holds ids, a user's among them.
    expect(logs).toContain('PUT /api/sessions/{sessionId}/votes/{statementId} 200');
    expect(logs).toContain('DELETE /api/users/{userId}/votes 200');
    expect(logs).toContain('Session closed');
    for (const token of tokens) expect(logs).not.toContain(token.split('.')[2]!);
    for (const userId of users) expect(logs).not.toContain(userId);
    expect(logs).not.toContain('A very secret candid remark');
    expect(logs).not.toMatch(/"?value"?\s*[:=]\s*[1-5]/);
    expect(logs).not.toMatch(/rating/i);
  });

  it('name every registered route by its template, and hold no user id or name whatever route is called', async () => {
    const tenantId = 'tenant-logs-routes';
    const teamId = 'team-logs-routes';
    const people = ['route-user-ava', 'route-user-ben', 'route-user-chen'];
    const [ava, ben, chen] = (await Promise.all(
      people.map(async (userId) => (await call('POST', '/dev/token', undefined, { userId, name: `Person ${userId}`, tenantId, groups: [teamId] })).token as string),
    )) as [string, string, string];
    const adminUserId = 'route-user-admin';
    const admin = (await call('POST', '/dev/token', undefined, { userId: adminUserId, name: `Person ${adminUserId}`, tenantId, roles: ['CustomerPulse.Admin'], groups: [teamId] })).token as string;
    const meetingId = 'meeting-logs-routes';
    const session = await call('POST', '/api/sessions', ava, { templateId: 'customer-obsession', teamId, meetingId });
    const s = `/api/sessions/${session.id}`;
    await call('POST', `${s}/join`, ben);
    await call('POST', `${s}/join`, chen);
    for (const token of [ava, ben, chen]) await call('PUT', `${s}/votes/direct-dialogue`, token, { value: 4 });
    const answer = await call('POST', `${s}/answers`, ben, { questionId: 'trust-risks', text: 'Logged nowhere' });
    await call('POST', `${s}/reveal`, ava);
    const action = await call('POST', `${s}/actions`, ava, { answerId: answer.id, owner: 'Ben', dueDate: '2027-01-01' });
    const entry = await call('POST', `${s}/register-entries`, ava, { answerId: answer.id, register: 'trust-risks' });
    const template = { languages: ['en'], name: { en: 'Logged' }, scale: { points: 2, labels: [{ en: 'No' }, { en: 'Yes' }] }, pillars: [{ id: 'p', name: { en: 'P' } }], statements: [{ id: 's', pillarId: 'p', text: { en: 'S.' } }], questions: [] };
    const created = await call('POST', '/api/templates', ava, { ...template, scope: 'team', teamId });
    const participants = await call('GET', `${s}/participants`, ava);
    const benId = (participants.participants as { id: string; name: string }[]).find((p) => p.name.includes('ben'))!.id;
    const t = `/api/teams/${teamId}`;

    // One call per route, as the app makes it; `covers every route` below keeps this complete.
    const calls: Record<string, () => Promise<unknown>> = {
      'GET health': () => call('GET', '/api/health'),
      'GET templates': () => call('GET', `/api/templates?teamId=${teamId}`, ava),
      'POST templates': () => call('POST', '/api/templates', ava, { ...template, scope: 'team', teamId }),
      'GET templates/{templateId}': () => call('GET', `/api/templates/${created.id}?teamId=${teamId}`, ava),
      'GET templates/{templateId}/definition': () => call('GET', `/api/templates/${created.id}/definition?teamId=${teamId}`, ava),
      'PUT templates/{templateId}': () => call('PUT', `/api/templates/${created.id}`, ava, { ...template, baseVersion: 1, teamId }),
      'DELETE templates/{templateId}': () => call('DELETE', `/api/templates/${created.id}?teamId=${teamId}`, ava),
      'GET sessions': () => call('GET', `/api/sessions?meetingId=${meetingId}`, ben),
      'POST sessions': () => call('POST', '/api/sessions', chen, { templateId: 'customer-obsession', teamId }),
      'GET sessions/{sessionId}': () => call('GET', s, ben),
      'POST sessions/{sessionId}/join': () => call('POST', `${s}/join`, ben),
      'PUT sessions/{sessionId}/votes/{statementId}': () => call('PUT', `${s}/votes/benefit-reviewed`, ben, { value: 2 }),
      'POST sessions/{sessionId}/answers': () => call('POST', `${s}/answers`, chen, { questionId: 'trust-risks', text: 'Logged nowhere either' }),
      'GET sessions/{sessionId}/results': () => call('GET', `${s}/results`, chen),
      'GET sessions/{sessionId}/answers': () => call('GET', `${s}/answers`, chen),
      'GET sessions/{sessionId}/review': () => call('GET', `${s}/review`, chen),
      'POST sessions/{sessionId}/reveal': () => call('POST', `${s}/reveal`, ava),
      'PUT sessions/{sessionId}/timer': () => call('PUT', `${s}/timer`, ava, { durationSeconds: 60 }),
      'DELETE sessions/{sessionId}/timer': () => call('DELETE', `${s}/timer`, ava),
      'GET sessions/{sessionId}/participants': () => call('GET', `${s}/participants`, ava),
      'POST sessions/{sessionId}/handover': () => call('POST', `${s}/handover`, ava, { participantId: benId }),
      'POST sessions/{sessionId}/handover/accept': () => call('POST', `${s}/handover/accept`, ben),
      'POST sessions/{sessionId}/actions': () => call('POST', `${s}/actions`, ben, { answerId: answer.id, owner: 'Chen', dueDate: '2027-02-01' }),
      'POST sessions/{sessionId}/register-entries': () => call('POST', `${s}/register-entries`, ben, { answerId: answer.id, register: 'unclear-benefit' }),
      'POST sessions/{sessionId}/register-entries/{entryId}/merges': () => call('POST', `${s}/register-entries/${entry.id}/merges`, ben, { answerId: answer.id }),
      'POST sessions/{sessionId}/register-entries/{entryId}/review': () => call('POST', `${s}/register-entries/${entry.id}/review`, ben, { outcome: 'still-open' }),
      'POST sessions/{sessionId}/close': () => call('POST', `${s}/close`, ben),
      'GET teams/{teamId}/scores': () => call('GET', `${t}/scores`, chen),
      'GET teams/{teamId}/actions': () => call('GET', `${t}/actions`, chen),
      'PATCH teams/{teamId}/actions/{actionId}': () => call('PATCH', `${t}/actions/${action.id}`, chen, { status: 'done' }),
      'GET teams/{teamId}/registers': () => call('GET', `${t}/registers`, chen),
      'PATCH teams/{teamId}/registers/{entryId}': () => call('PATCH', `${t}/registers/${entry.id}`, chen, { status: 'in-progress' }),
      'GET teams/{teamId}/sharing': () => call('GET', `${t}/sharing`, chen),
      'PUT teams/{teamId}/sharing': () => call('PUT', `${t}/sharing`, ava, { shared: true }),
      'PUT teams/{teamId}/unit': () => call('PUT', `${t}/unit`, admin, { unit: 'Customer care' }),
      'GET scores': () => call('GET', '/api/scores', chen),
      'GET scores/trend': () => call('GET', '/api/scores/trend?search=route', chen),
      'DELETE me/votes': () => call('DELETE', '/api/me/votes', chen),
      'GET me/histories': () => call('GET', '/api/me/histories', chen),
      'DELETE users/{userId}/votes': () => call('DELETE', `/api/users/${people[1]}/votes`, admin),
      'DELETE teams/{teamId}/data': () => call('DELETE', `${t}/data`, admin),
    };
    expect(Object.keys(calls).sort()).toEqual(await registeredRoutes());
    for (const route of Object.keys(calls)) await calls[route]!();

    await expect.poll(() => stack.hostOutput(), { timeout: 5_000 }).toContain('DELETE /api/teams/{teamId}/data 200');
    const logs = stack.hostOutput();
    for (const route of Object.keys(calls)) {
      const [method, template] = route.split(' ') as [string, string];
      expect(logs, route).toMatch(new RegExp(`${method} /api/${template.replace(/[{}]/g, '\\$&')} \\d{3}`));
    }
    for (const userId of [...people, adminUserId]) expect(logs).not.toContain(userId);
    for (const token of [ava, ben, chen, admin]) expect(logs).not.toContain(token.split('.')[2]!);
    expect(logs).not.toContain('Logged nowhere');
  });
});
