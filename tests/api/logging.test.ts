/**
 * What the API writes to its logs: request lines and ids, never a token, a rating, an answer's
 * text or a user's id — a log reader must learn no more than the tables tell.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
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
});
