/**
 * Random and hostile input on every body and parameter: always a 4xx with a JSON error (or a
 * plain success where the input happens to be valid), never a 500, and never a half-write.
 */
import fc from 'fast-check';
import { beforeAll, describe, expect, it } from 'vitest';
import { callApi, participant } from '../support/apiClient.ts';

const hostileStrings = fc.oneof(
  fc.string({ maxLength: 40 }),
  fc.string({ unit: 'grapheme', maxLength: 40 }),
  // Any UTF-16 code unit, lone surrogates included: what a hostile client can put in JSON.
  fc.string({ unit: 'binary', maxLength: 40 }),
  fc.constantFrom(
    '\ud800',
    'team-\udfff',
    '%ED%A0%80', // a surrogate as UTF-8, which decodeURIComponent refuses
    '%C0%AF', // an overlong "/"
    '%F4%90%80%80', // beyond U+10FFFF
    "' or PartitionKey ne '",
    "x' or RowKey gt '",
    '../../etc/passwd',
    '%00',
    '\u0000',
    '#',
    '?',
    '\\',
    '😀'.repeat(300),
    'a'.repeat(5000),
    '{{7*7}}',
    '<script>alert(1)</script>',
  ),
);
const anyJson = fc.oneof(fc.jsonValue({ maxDepth: 3 }), fc.record({ value: fc.jsonValue({ maxDepth: 1 }) }));
const runs = { numRuns: 60 };

/**
 * Like encodeURIComponent, but a lone surrogate (which it refuses) becomes its three bytes as
 * WTF-8 would write them: what a raw client can put into a URL.
 */
function percentEncoded(text: string): string {
  return [...text]
    .map((char) => {
      try {
        return encodeURIComponent(char);
      } catch {
        const unit = char.charCodeAt(0);
        return [0xe0 | (unit >> 12), 0x80 | ((unit >> 6) & 0x3f), 0x80 | (unit & 0x3f)].map((byte) => `%${byte.toString(16).toUpperCase()}`).join('');
      }
    })
    .join('');
}

let ava: Awaited<ReturnType<typeof participant>>;
let sessionId: string;
let teamId: string;

async function expectSafe(response: { status: number; body: unknown }) {
  expect(response.status).toBeLessThan(500);
  if (response.status >= 400) expect(response.body).toMatchObject({ error: { code: expect.any(String), message: expect.any(String) } });
}

describe('fuzzing the API', () => {
  beforeAll(async () => {
    ava = await participant();
    teamId = ava.teamId;
    const { body } = await ava.createSession({ teamId });
    sessionId = body.id;
    await ava.vote(sessionId, 'direct-dialogue', 3);
  });

  it('session creation with random bodies never fails on our side', async () => {
    await fc.assert(
      fc.asyncProperty(anyJson, async (body) => expectSafe(await callApi('POST', '/api/sessions', { token: ava.token, body }))),
      runs,
    );
  });

  it('votes with random statement ids and values never fail on our side or change the stored rating', async () => {
    const voter = await participant(undefined, 'Voter', undefined, [teamId]);
    await voter.vote(sessionId, 'trusted-partnership', 2);
    await fc.assert(
      fc.asyncProperty(hostileStrings, anyJson, async (statementId, body) => {
        const response = await callApi('PUT', `/api/sessions/${sessionId}/votes/${percentEncoded(statementId)}`, { token: voter.token, body });
        await expectSafe(response);
      }),
      runs,
    );
    expect((await voter.session(sessionId)).body.myVotes).toEqual({ 'trusted-partnership': 2 });
  });

  it('answers, timers, hand-overs, actions, registers and sharing with random bodies never fail on our side', async () => {
    const countBefore = (await ava.results(sessionId)).body.answerCount;
    await fc.assert(
      fc.asyncProperty(
        fc.constantFrom('answers', 'timer', 'handover', 'actions', 'sharing', 'patch-action', 'register-entry', 'merge', 'review', 'patch-register-entry'),
        fc.oneof(anyJson, fc.record({ questionId: hostileStrings, text: hostileStrings })),
        async (target, body) => {
          const routes: Record<string, [string, string]> = {
            answers: ['POST', `/api/sessions/${sessionId}/answers`],
            timer: ['PUT', `/api/sessions/${sessionId}/timer`],
            handover: ['POST', `/api/sessions/${sessionId}/handover`],
            actions: ['POST', `/api/sessions/${sessionId}/actions`],
            sharing: ['PUT', `/api/teams/${teamId}/sharing`],
            'patch-action': ['PATCH', `/api/teams/${teamId}/actions/${crypto.randomUUID()}`],
            'register-entry': ['POST', `/api/sessions/${sessionId}/register-entries`],
            merge: ['POST', `/api/sessions/${sessionId}/register-entries/${crypto.randomUUID()}/merges`],
            review: ['POST', `/api/sessions/${sessionId}/register-entries/${crypto.randomUUID()}/review`],
            'patch-register-entry': ['PATCH', `/api/teams/${teamId}/registers/${crypto.randomUUID()}`],
          };
          const [method, path] = routes[target]!;
          await expectSafe(await callApi(method, path, { token: ava.token, body }));
        },
      ),
      runs,
    );
    const after = (await ava.results(sessionId)).body.answerCount;
    // Only a well-formed answer to a real question can have been stored.
    expect(after - countBefore).toBeLessThanOrEqual(0);
  });

  it('random path and query parameters never fail on our side', async () => {
    await fc.assert(
      fc.asyncProperty(hostileStrings, hostileStrings, async (id, query) => {
        const segment = percentEncoded(id);
        const q = percentEncoded(query);
        for (const path of [
          `/api/sessions/${segment}`,
          `/api/sessions/${segment}/results`,
          `/api/teams/${segment}/scores?from=${q}`,
          `/api/teams/${segment}/scores?format=${q}`,
          `/api/teams/${segment}/actions?status=${q}`,
          `/api/teams/${segment}/registers?register=${q}&status=${q}`,
          `/api/sessions?meetingId=${q}&state=${q}`,
          `/api/scores?pillar=${q}`,
          `/api/scores/trend?search=${q}&coverage=${q}`,
        ]) {
          await expectSafe(await callApi('GET', path, { token: ava.token }));
        }
      }),
      { numRuns: 30 },
    );
  });

  it('OData-like ids cannot widen a query to other rows', async () => {
    const injected = await callApi('GET', `/api/teams/${encodeURIComponent("x' or PartitionKey ne 'x")}/scores`, { token: ava.token });
    expect(injected.status).toBe(404);
    expect(injected.body.sessions).toBeUndefined();
    const meeting = await callApi('GET', `/api/sessions?meetingId=${encodeURIComponent("' or meetingId ne '")}`, { token: ava.token });
    expect(meeting.body.sessions).toEqual([]);
  });
});
