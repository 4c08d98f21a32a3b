/** A scripted API client, as Power BI or a script would call the API: tokens, JSON, statuses. */
import { inject } from 'vitest';
import type { AnswersPage } from '../../api/src/contract/index.ts';

export interface TestUser {
  userId: string;
  name: string;
  tenantId: string;
  roles?: string[];
  /** Teams (group ids) the user is in: the token's `groups` claim. */
  groups?: string[];
  /** Chats the user is in, for the local Graph. */
  chats?: string[];
  /** Entra's overage: no `groups` claim, the API must ask Graph. */
  groupsOverage?: boolean;
}

/** A team id as tests use them; a GUID, like a Microsoft 365 group id, so the local Graph knows it too. */
export const newTeamId = () => crypto.randomUUID();

export const tenantA = 'tenant-a-0001';
export const tenantB = 'tenant-b-0002';

let counter = 0;
/** A fresh user for each call, so tests never share voters by accident. */
export function newUser(tenantId = tenantA, name = 'Tester'): TestUser {
  counter += 1;
  return { userId: `user-${process.pid}-${Date.now().toString(36)}-${counter}`, name, tenantId };
}

export async function tokenFor(user: TestUser): Promise<string> {
  const response = await fetch(`${inject('apiOrigin')}/dev/token`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json' },
    body: JSON.stringify(user),
  });
  if (!response.ok) throw new Error(`dev token failed: ${response.status} ${await response.text()}`);
  return ((await response.json()) as { token: string }).token;
}

export interface ApiResponse<T = any> {
  status: number;
  body: T;
  headers: Headers;
}

/**
 * Every page of a paged read, in order: `readPage` gets the continuation of the page before.
 * Throws on a failed page, and after `maxPages` (a continuation that never ends).
 */
export async function allPages<P extends { continuation: string | null }>(
  what: string,
  readPage: (continuation: string | undefined) => Promise<ApiResponse<P>>,
  maxPages = 100,
): Promise<P[]> {
  const pages: P[] = [];
  let continuation: string | undefined;
  do {
    const response = await readPage(continuation);
    if (response.status !== 200) throw new Error(`${what} answered ${response.status}: ${JSON.stringify(response.body)}`);
    pages.push(response.body);
    continuation = response.body.continuation ?? undefined;
  } while (continuation !== undefined && pages.length < maxPages);
  if (continuation !== undefined) throw new Error(`${what} gave more than ${maxPages} pages`);
  return pages;
}

export async function callApi<T = any>(
  method: string,
  path: string,
  options: { token?: string; body?: unknown; rawBody?: string; headers?: Record<string, string> } = {},
): Promise<ApiResponse<T>> {
  const headers: Record<string, string> = { ...options.headers };
  if (options.token) headers.Authorization = `Bearer ${options.token}`;
  let body: string | undefined = options.rawBody;
  if (options.body !== undefined) {
    headers['Content-Type'] = 'application/json';
    body = JSON.stringify(options.body);
  }
  const response = await fetch(`${inject('apiOrigin')}${path}`, { method, headers, body });
  const text = await response.text();
  return { status: response.status, headers: response.headers, body: text ? JSON.parse(text) : undefined };
}

/**
 * A signed-in user with helpers for the calls a side panel makes. The user is in one team of
 * their own (`teamId`, where `createSession()` starts checks by default) and in `teams`;
 * `memberOf` adds teams as Entra would on the next sign-in: with a new token.
 */
export function participant(tenantId = tenantA, name = 'Tester', roles?: string[], teams: string[] = []) {
  return signedIn({ ...newUser(tenantId, name), roles }, teams);
}

/** A user in more groups than fit into a token: the API learns their teams from Microsoft Graph. */
export function overageParticipant(tenantId = tenantA, name = 'Tester', teams: string[] = []) {
  return signedIn({ ...newUser(tenantId, name), groupsOverage: true }, teams);
}

async function signedIn(person: TestUser, teams: string[]) {
  const ownTeam = newTeamId();
  const user: TestUser = { ...person, groups: [ownTeam, ...teams] };
  let token = await tokenFor(user);
  return {
    user,
    get token() {
      return token;
    },
    teamId: ownTeam,
    async memberOf(...teamIds: string[]) {
      user.groups = [...new Set([...(user.groups ?? []), ...teamIds])];
      token = await tokenFor(user);
    },
    createSession: (body: Record<string, unknown> = {}) =>
      callApi('POST', '/api/sessions', {
        token,
        body: { templateId: 'customer-obsession', teamId: ownTeam, ...body },
      }),
    vote: (sessionId: string, statementId: string, value: unknown) =>
      callApi('PUT', `/api/sessions/${sessionId}/votes/${statementId}`, { token, body: { value } }),
    answer: (sessionId: string, body: Record<string, unknown>) =>
      callApi('POST', `/api/sessions/${sessionId}/answers`, { token, body }),
    results: (sessionId: string, headers?: Record<string, string>) =>
      callApi('GET', `/api/sessions/${sessionId}/results`, { token, headers }),
    /** Answer texts the check may show, a page at a time (`?questionId=&pageSize=&continuation=`). */
    answers: (sessionId: string, query = '') => callApi('GET', `/api/sessions/${sessionId}/answers${query}`, { token }),
    /** Every answer text the check may show, all pages read. */
    async allAnswers(sessionId: string): Promise<AnswersPage['answers']> {
      const pages = await allPages<AnswersPage>(`answers of ${sessionId}`, (continuation) =>
        callApi('GET', `/api/sessions/${sessionId}/answers?${new URLSearchParams({ pageSize: '50', ...(continuation ? { continuation } : {}) })}`, { token }),
      );
      return pages.flatMap((page) => page.answers);
    },
    session: (sessionId: string) => callApi('GET', `/api/sessions/${sessionId}`, { token }),
    /** The team's open actions and register entries the check opens with. */
    review: (sessionId: string) => callApi('GET', `/api/sessions/${sessionId}/review`, { token }),
    close: (sessionId: string) => callApi('POST', `/api/sessions/${sessionId}/close`, { token }),
    join: (sessionId: string) => callApi('POST', `/api/sessions/${sessionId}/join`, { token }),
    reveal: (sessionId: string) => callApi('POST', `/api/sessions/${sessionId}/reveal`, { token }),
    setTimer: (sessionId: string, body: unknown) => callApi('PUT', `/api/sessions/${sessionId}/timer`, { token, body }),
    stopTimer: (sessionId: string) => callApi('DELETE', `/api/sessions/${sessionId}/timer`, { token }),
    participants: (sessionId: string) => callApi('GET', `/api/sessions/${sessionId}/participants`, { token }),
    offerHandover: (sessionId: string, participantId: string) =>
      callApi('POST', `/api/sessions/${sessionId}/handover`, { token, body: { participantId } }),
    acceptHandover: (sessionId: string) => callApi('POST', `/api/sessions/${sessionId}/handover/accept`, { token }),
    createAction: (sessionId: string, body: unknown) => callApi('POST', `/api/sessions/${sessionId}/actions`, { token, body }),
    teamActions: (teamId: string, query = '') =>
      callApi('GET', `/api/teams/${encodeURIComponent(teamId)}/actions${query}`, { token }),
    updateAction: (teamId: string, actionId: string, body: unknown) =>
      callApi('PATCH', `/api/teams/${encodeURIComponent(teamId)}/actions/${actionId}`, { token, body }),
    createRegisterEntry: (sessionId: string, body: unknown) =>
      callApi('POST', `/api/sessions/${sessionId}/register-entries`, { token, body }),
    mergeIntoRegisterEntry: (sessionId: string, entryId: string, answerId: string) =>
      callApi('POST', `/api/sessions/${sessionId}/register-entries/${entryId}/merges`, { token, body: { answerId } }),
    reviewRegisterEntry: (sessionId: string, entryId: string, outcome: string) =>
      callApi('POST', `/api/sessions/${sessionId}/register-entries/${entryId}/review`, { token, body: { outcome } }),
    teamRegisters: (teamId: string, query = '') =>
      callApi('GET', `/api/teams/${encodeURIComponent(teamId)}/registers${query}`, { token }),
    updateRegisterEntry: (teamId: string, entryId: string, body: unknown) =>
      callApi('PATCH', `/api/teams/${encodeURIComponent(teamId)}/registers/${entryId}`, { token, body }),
    teamScores: (teamId: string) => callApi('GET', `/api/teams/${encodeURIComponent(teamId)}/scores`, { token }),
  };
}

export type Participant = Awaited<ReturnType<typeof signedIn>>;

/**
 * A check of a new team, opened by Ava (who facilitates) and joined by Ben and Chen.
 * `session` adds to what the check is created with, e.g. a meeting id made from the team's.
 */
export async function meetingOfThree(session: (teamId: string) => Record<string, unknown> = () => ({})) {
  const teamId = newTeamId();
  const [ava, ben, chen] = await Promise.all([
    participant(undefined, 'Ava Organizer', undefined, [teamId]),
    participant(undefined, 'Ben Participant', undefined, [teamId]),
    participant(undefined, 'Chen Participant', undefined, [teamId]),
  ]);
  const { body: created } = await ava.createSession({ teamId, ...session(teamId) });
  await Promise.all([ben.join(created.id), chen.join(created.id)]);
  return { ava, ben, chen, teamId, sessionId: created.id as string };
}

/** People of one team: each is made a member of `teamId` (a new token each). */
export async function teamOf(teamId: string, ...people: Participant[]): Promise<void> {
  await Promise.all(people.map((person) => person.memberOf(teamId)));
}
