/**
 * The handlers are plain exported functions, as in Microsoft's v4 samples: a test can call
 * them with the library's own HttpRequest and InvocationContext, no host in between.
 */
import functions from '@azure/functions';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { createServices, useServices } from '../../api/src/services.ts';
import { castVote, } from '../../api/src/functions/votes.ts';
import { createSession } from '../../api/src/functions/sessions.ts';
import { health } from '../../api/src/functions/health.ts';
import { configFromEnv } from '../../api/src/config.ts';
import { devAudience } from '../../api/local/devIssuer.ts';
import { participant } from '../support/apiClient.ts';

const { HttpRequest, InvocationContext } = functions;

function request(method: string, path: string, token: string, body?: unknown, params: Record<string, string> = {}) {
  return new HttpRequest({
    method,
    url: `http://localhost/api/${path}`,
    headers: { authorization: `Bearer ${token}`, 'content-type': 'application/json' },
    params,
    body: body === undefined ? undefined : { string: JSON.stringify(body) },
  });
}

describe('handlers called directly', () => {
  beforeAll(() => {
    const apiOrigin = inject('apiOrigin');
    useServices(
      createServices(
        configFromEnv({
          STORAGE_CONNECTION_STRING: inject('storageConnectionString'),
          AUTH_JWKS_URL: `${apiOrigin}/dev/jwks.json`,
          AUTH_ISSUER: `${apiOrigin}/dev`,
          AUTH_AUDIENCE: devAudience,
          VOTER_KEY_SECRET: 'a-test-secret-that-is-long-enough-for-hmac',
          // Membership comes from the tokens' groups claim here; Graph is never asked.
          AUTH_CLIENT_ID: 'customer-pulse-handlers-test',
          AUTH_CLIENT_SECRET: 'not-used-without-graph',
          RESULTS_CACHE_MS: '0',
        }),
      ),
    );
  });
  afterAll(() => useServices(undefined));

  it('health answers ok', async () => {
    const response = await health(new HttpRequest({ method: 'GET', url: 'http://localhost/api/health' }));
    expect(response).toMatchObject({ status: 200, jsonBody: { status: 'ok' } });
  });

  it('createSession and castVote work with the library request and context', async () => {
    const ava = await participant();
    const context = new InvocationContext({ functionName: 'test', logHandler: () => {} });
    const created = await createSession(
      request('POST', 'sessions', ava.token, { templateId: 'customer-obsession', teamId: ava.teamId }),
      context,
    );
    expect(created.status).toBe(201);
    const sessionId = ((created as { jsonBody: unknown }).jsonBody as { id: string }).id;

    const voted = await castVote(
      request('PUT', `sessions/${sessionId}/votes/direct-dialogue`, ava.token, { value: 5 }, { sessionId, statementId: 'direct-dialogue' }),
      context,
    );
    expect(voted).toMatchObject({ status: 200, jsonBody: { statementId: 'direct-dialogue', value: 5 } });

    const refused = await castVote(
      request('PUT', `sessions/${sessionId}/votes/direct-dialogue`, 'garbage', { value: 5 }, { sessionId, statementId: 'direct-dialogue' }),
      context,
    );
    expect(refused.status).toBe(401);
  });
});
