/**
 * The Customer Pulse calls the bench makes, on top of the driver: dev tokens for simulated
 * people, and the session, vote and results routes as a side panel calls them.
 */
import type { MembershipStats } from '../../api/src/auth/membership.ts';
import type { ResultsResponse, SessionResponse, TeamScoresResponse } from '../../api/src/contract/index.ts';
import { expectStatus, forEachLimited, type ApiDriver, type Reply } from './driver.ts';

export const benchTenant = 'bench-tenant-0001';

/** The run's teams (GUIDs, like Microsoft 365 group ids), one per scenario; every bench person is in all. */
export const benchTeams = {
  burst: crypto.randomUUID(),
  read: crypto.randomUUID(),
  live: crypto.randomUUID(),
  history: crypto.randomUUID(),
  hostile: crypto.randomUUID(),
} as const;

/** Teams the hostile user of scenario 7 starts checks in, besides the team it floods. */
export const floodTeams = Array.from({ length: 20 }, () => crypto.randomUUID());

/**
 * Bench people are in more groups than fit into a token (Entra's overage), so every team-scoped
 * call takes the costly membership path: the API asks Graph once per person and team and then
 * answers from its membership cache, whose hit rate the report shows.
 */
const benchMembership = { groups: [...Object.values(benchTeams), ...floodTeams], groupsOverage: true };
export const statementIds = ['direct-dialogue', 'trusted-partnership', 'benefit-reviewed'] as const;
export type StatementId = (typeof statementIds)[number];
export type Rating = 1 | 2 | 3 | 4 | 5;

export interface Person {
  userId: string;
  name: string;
  tenantId: string;
  token: string;
}

/** `count` people with their own dev tokens (distinct users, so distinct voter keys). */
export async function people(
  api: ApiDriver,
  count: number,
  options: { prefix: string; tenantId?: string; concurrency?: number },
): Promise<Person[]> {
  const result: Person[] = new Array(count);
  const indexes = Array.from({ length: count }, (_, index) => index);
  await forEachLimited(indexes, options.concurrency ?? 16, async (index) => {
    const user = {
      userId: `${options.prefix}-${String(index + 1).padStart(4, '0')}`,
      name: `Voter ${index + 1}`,
      tenantId: options.tenantId ?? benchTenant,
    };
    const reply = await api.call<{ token: string }>('POST', '/dev/token', { body: { ...user, ...benchMembership } });
    result[index] = { ...user, token: expectStatus(reply, 200, 'dev token').token };
  });
  return result;
}

/** The same people with tokens from another host (each host has its own issuer URL). */
export async function withTokensFrom(api: ApiDriver, persons: readonly Person[], concurrency = 16): Promise<Person[]> {
  const result: Person[] = new Array(persons.length);
  await forEachLimited(persons, concurrency, async (person, index) => {
    const { userId, name, tenantId } = person;
    const reply = await api.call<{ token: string }>('POST', '/dev/token', { body: { userId, name, tenantId, ...benchMembership } });
    result[index] = { ...person, token: expectStatus(reply, 200, 'dev token').token };
  });
  return result;
}


/** The local host's membership counters (auth/membership.ts), for the share Graph was spared. */
export async function membershipCounts(api: ApiDriver): Promise<MembershipStats> {
  return expectStatus(await api.call<MembershipStats>('GET', '/dev/membership-stats'), 200, 'membership stats');
}

export function membershipBetween(before: MembershipStats, after: MembershipStats): MembershipStats {
  return {
    checks: after.checks - before.checks,
    fromToken: after.fromToken - before.fromToken,
    fromCache: after.fromCache - before.fromCache,
    fromGraph: after.fromGraph - before.fromGraph,
  };
}

export function pulseApi(api: ApiDriver) {
  return {
    async createSession(facilitator: Person, body: { teamId: string; meetingId?: string; title?: string }): Promise<SessionResponse> {
      const reply = await api.call<SessionResponse>('POST', '/api/sessions', {
        token: facilitator.token,
        body: { templateId: 'customer-obsession', ...body },
      });
      return expectStatus(reply, 201, 'create session');
    },
    join: (person: Person, sessionId: string) =>
      api.call('POST', `/api/sessions/${sessionId}/join`, { token: person.token, read: 'discard' }),
    vote: (person: Person, sessionId: string, statementId: StatementId, value: Rating) =>
      api.call('PUT', `/api/sessions/${sessionId}/votes/${statementId}`, {
        token: person.token,
        body: { value },
        read: 'discard',
      }),
    results: (person: Person, sessionId: string, etag?: string, read: 'json' | 'discard' = 'json') =>
      api.call<ResultsResponse>('GET', `/api/sessions/${sessionId}/results`, {
        token: person.token,
        headers: etag ? { 'if-none-match': etag } : {},
        read,
      }),
    session: (person: Person, sessionId: string) =>
      api.call<SessionResponse>('GET', `/api/sessions/${sessionId}`, { token: person.token, read: 'discard' }),
    openSessions: (person: Person, meetingId: string) =>
      api.call('GET', `/api/sessions?meetingId=${encodeURIComponent(meetingId)}&state=open`, {
        token: person.token,
        read: 'discard',
      }),
    async reveal(facilitator: Person, sessionId: string): Promise<void> {
      expectStatus(await api.call('POST', `/api/sessions/${sessionId}/reveal`, { token: facilitator.token }), 200, 'reveal');
    },
    async close(facilitator: Person, sessionId: string): Promise<void> {
      expectStatus(await api.call('POST', `/api/sessions/${sessionId}/close`, { token: facilitator.token }), 200, 'close');
    },
    teamScores: (person: Person, teamId: string): Promise<Reply<TeamScoresResponse>> =>
      api.call<TeamScoresResponse>('GET', `/api/teams/${encodeURIComponent(teamId)}/scores`, { token: person.token }),
  };
}

export type PulseApi = ReturnType<typeof pulseApi>;
