/**
 * Storage goes away in the middle of a vote burst and comes back on the same data folder.
 * Clients retry their idempotent PUTs; afterwards every rating that got a 2xx is counted,
 * and none twice. Small and bounded, with its own Azurite and host; it reports its numbers.
 */
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startAzurite, type RunningAzurite } from '../../api/local/azurite.ts';
import { startTestStack, type TestStack } from '../support/stack.ts';

const voters = 40;
const statements = ['direct-dialogue', 'trusted-partnership', 'benefit-reviewed'] as const;
const ratingOf = (voter: number, statement: number) => ((voter + statement) % 5) + 1;
// SIGINT and SIGTERM are a storage process going down in order (our launcher, azuriteProcess.cjs,
// makes Azurite save its data on both). SIGKILL also loses what Azurite had not yet written to
// disk (it saves every few seconds), which the real Table service, acknowledging only durable
// writes, never does — so that is not a test of our code (FAULT_KILL_SIGNAL=SIGKILL shows it).
const signals = (process.env.FAULT_KILL_SIGNAL?.split(',') ?? ['SIGINT', 'SIGTERM']) as NodeJS.Signals[];

let stack: TestStack;
/** The Azurite running now: the stack's at first, then each restarted one. */
let azurite: RunningAzurite;

async function post(path: string, token: string | undefined, body?: unknown, method = 'POST') {
  return fetch(`${stack.apiOrigin}${path}`, {
    method,
    headers: { 'Content-Type': 'application/json', ...(token ? { Authorization: `Bearer ${token}` } : {}) },
    body: body === undefined ? undefined : JSON.stringify(body),
  });
}

async function tokenFor(userId: string) {
  const response = await post('/dev/token', undefined, { userId, name: userId, tenantId: 'tenant-faults', groups: ['team-faults'] });
  return ((await response.json()) as { token: string }).token;
}

/** What a well-behaved client does: retry on network errors, 5xx and 429, with backoff. */
async function voteWithRetry(token: string, sessionId: string, statementId: string, value: number) {
  let attempts = 0;
  for (;;) {
    attempts += 1;
    try {
      const response = await post(`/api/sessions/${sessionId}/votes/${statementId}`, token, { value }, 'PUT');
      if (response.ok) return { acknowledged: true, attempts };
      if (response.status < 500 && response.status !== 429) return { acknowledged: false, attempts };
    } catch {
      // connection refused or reset while storage is down: retry
    }
    if (attempts >= 40) return { acknowledged: false, attempts };
    await new Promise((resolve) => setTimeout(resolve, Math.min(1000, 50 * attempts)));
  }
}

describe('a vote burst while storage restarts', () => {
  beforeAll(async () => {
    stack = await startTestStack();
    azurite = stack.azurite;
  }, 60_000);
  afterAll(async () => {
    if (azurite !== stack?.azurite) await azurite?.stop();
    await stack?.stop();
  });

  it.each(signals)('counts every acknowledged rating exactly once when storage gets %s', async (killSignal) => {
    const facilitator = await tokenFor('facilitator');
    const created = await post('/api/sessions', facilitator, { templateId: 'customer-obsession', teamId: 'team-faults' });
    const { id: sessionId } = (await created.json()) as { id: string };
    const tokens = await Promise.all(Array.from({ length: voters }, (_, voter) => tokenFor(`voter-${voter}`)));

    let acknowledgedSoFar = 0;
    let outage: Promise<void> | undefined;
    const started = performance.now();
    const outcomes = await Promise.all(
      tokens.map(async (token, voter) => {
        const results = [];
        for (const [index, statementId] of statements.entries()) {
          const outcome = await voteWithRetry(token, sessionId, statementId, ratingOf(voter, index));
          if (outcome.acknowledged) acknowledgedSoFar += 1;
          if (acknowledgedSoFar >= 30 && !outage) {
            outage = (async () => {
              const stopping = azurite.process;
              const exited = new Promise((resolve) => stopping.once('exit', resolve));
              stopping.kill(killSignal);
              await exited;
              await new Promise((resolve) => setTimeout(resolve, 1000));
              azurite = await startAzurite({ port: azurite.port, location: join(stack.dataDir, 'azurite') });
            })();
          }
          results.push({ voter, statement: index, ...outcome });
        }
        return results;
      }),
    );
    await outage;
    const all = outcomes.flat();
    const acknowledged = all.filter((outcome) => outcome.acknowledged);
    const retried = all.filter((outcome) => outcome.attempts > 1).length;

    await post(`/api/sessions/${sessionId}/reveal`, facilitator);
    const results = (await (await post(`/api/sessions/${sessionId}/results`, facilitator, undefined, 'GET')).json()) as {
      statements: { id: string; voters: number; distribution: number[] }[];
    };
    console.log(
      `fault test: ${all.length} ratings, ${acknowledged.length} acknowledged, ${retried} needed retries, ` +
        `storage ${killSignal === 'SIGKILL' ? 'killed' : 'stopped'} and restarted after 30 acknowledgements, ${(performance.now() - started).toFixed(0)} ms`,
    );

    expect(outage).toBeDefined();
    for (const [index, statement] of results.statements.entries()) {
      const expected = [0, 0, 0, 0, 0];
      for (const outcome of acknowledged.filter((o) => o.statement === index)) expected[ratingOf(outcome.voter, index) - 1]! += 1;
      expect(statement.distribution, statement.id).toEqual(expected);
      expect(statement.voters).toBe(acknowledged.filter((o) => o.statement === index).length);
    }
    expect(acknowledged.length).toBe(voters * statements.length);
  }, 120_000);
});
