/**
 * Typed client for the Customer Pulse API. Every request and response type comes from the
 * zod schemas of the API contract (`@contract`); responses are parsed with those schemas,
 * so a mismatch between tab and API shows up as one clear error instead of odd UI state.
 */
import {
  actionListResponseSchema,
  actionSchema,
  answerRequestSchema,
  answerSchema,
  createActionRequestSchema,
  createSessionRequestSchema,
  errorBodySchema,
  handoverRequestSchema,
  leadershipResponseSchema,
  participantsResponseSchema,
  resultsResponseSchema,
  sessionListResponseSchema,
  sessionResponseSchema,
  setTimerRequestSchema,
  teamScoresResponseSchema,
  teamSharingRequestSchema,
  teamSharingResponseSchema,
  templatesResponseSchema,
  updateActionRequestSchema,
  voteRequestSchema,
  voteResponseSchema,
  type ErrorBody,
} from '@contract';
import type { z } from 'zod';
import { activeLanguage, i18n } from '../i18n/i18n.ts';

export type Action = z.output<typeof actionSchema>;
export type ActionList = z.output<typeof actionListResponseSchema>;
export type ActionStatus = Action['status'];
export type AnswerInput = z.input<typeof answerRequestSchema>;
export type Answer = z.output<typeof answerSchema>;
export type CreateActionInput = z.input<typeof createActionRequestSchema>;
export type CreateSessionInput = z.input<typeof createSessionRequestSchema>;
export type Participants = z.output<typeof participantsResponseSchema>;
export type Rating = z.output<typeof voteRequestSchema>['value'];
export type Results = z.output<typeof resultsResponseSchema>;
export type Session = z.output<typeof sessionResponseSchema>;
export type SessionList = z.output<typeof sessionListResponseSchema>;
export type TeamScores = z.output<typeof teamScoresResponseSchema>;
export type Templates = z.output<typeof templatesResponseSchema>;
export type TeamSharing = z.output<typeof teamSharingResponseSchema>;
export type TeamSharingInput = z.input<typeof teamSharingRequestSchema>;
export type Leadership = z.output<typeof leadershipResponseSchema>;
export type TeamCheckScores = TeamScores['sessions'][number];
export type ScoreTrend = NonNullable<TeamCheckScores['trend']>;

/** Days (`YYYY-MM-DD`, UTC) that limit a team's history; both ends included. */
export interface DateRange {
  readonly from?: string;
  readonly to?: string;
}
export type Vote = z.output<typeof voteResponseSchema>;

/** The contract's error codes, plus failures that never reached or never made sense of the API. */
export type ApiErrorCode = ErrorBody['error']['code'] | 'network' | 'timeout' | 'auth' | 'unexpected_response';

/** An API call that failed; `message` is fit to show to the user. */
export class ApiError extends Error {
  constructor(
    readonly code: ApiErrorCode,
    message: string,
    /** HTTP status, or 0 when no response arrived. */
    readonly status = 0,
    readonly field?: string,
  ) {
    super(message);
    this.name = 'ApiError';
  }
}

/** `If-None-Match` polling: either nothing changed or the new results with their ETag. */
export type ResultsPoll =
  | { readonly changed: false }
  | { readonly changed: true; readonly results: Results; readonly etag: string | undefined };

export interface ApiClientOptions {
  /** Prefix before `/api/...`; empty for the tab's own origin. */
  readonly baseUrl: string;
  /** A bearer token; `refresh` asks for a new one after the API refused the last. */
  readonly getToken: (options: { refresh: boolean }) => Promise<string>;
  readonly timeoutMs?: number;
}

export interface ApiClient {
  listTemplates(signal?: AbortSignal): Promise<Templates>;
  createSession(input: CreateSessionInput, signal?: AbortSignal): Promise<Session>;
  listOpenSessions(meetingId: string, signal?: AbortSignal): Promise<SessionList>;
  getSession(sessionId: string, signal?: AbortSignal): Promise<Session>;
  /** Shows the check to the caller and registers them as a participant; once per load. */
  joinSession(sessionId: string, signal?: AbortSignal): Promise<Session>;
  castVote(sessionId: string, statementId: string, value: Rating, signal?: AbortSignal): Promise<Vote>;
  addAnswer(sessionId: string, input: AnswerInput, signal?: AbortSignal): Promise<Answer>;
  closeSession(sessionId: string, signal?: AbortSignal): Promise<Session>;
  revealResults(sessionId: string, signal?: AbortSignal): Promise<Session>;
  /** Starts the countdown, or restarts it with a new length. */
  setTimer(sessionId: string, durationSeconds: number, signal?: AbortSignal): Promise<Session>;
  stopTimer(sessionId: string, signal?: AbortSignal): Promise<Session>;
  listParticipants(sessionId: string, signal?: AbortSignal): Promise<Participants>;
  offerHandover(sessionId: string, participantId: string, signal?: AbortSignal): Promise<Session>;
  acceptHandover(sessionId: string, signal?: AbortSignal): Promise<Session>;
  createAction(sessionId: string, input: CreateActionInput, signal?: AbortSignal): Promise<Action>;
  listActions(teamId: string, status?: ActionStatus, signal?: AbortSignal): Promise<ActionList>;
  updateActionStatus(teamId: string, actionId: string, status: ActionStatus, signal?: AbortSignal): Promise<Action>;
  pollResults(sessionId: string, etag: string | undefined, signal?: AbortSignal): Promise<ResultsPoll>;
  /** One read of a check's results (closed checks are revealed, answers included). */
  getResults(sessionId: string, signal?: AbortSignal): Promise<Results>;
  teamScores(teamId: string, range?: DateRange, signal?: AbortSignal): Promise<TeamScores>;
  /** The same history as CSV, as the API writes it. */
  teamScoresCsv(teamId: string, range?: DateRange, signal?: AbortSignal): Promise<Blob>;
  teamSharing(teamId: string, signal?: AbortSignal): Promise<TeamSharing>;
  setTeamSharing(teamId: string, input: TeamSharingInput, signal?: AbortSignal): Promise<TeamSharing>;
  /** Latest scores of every team of the tenant that opted in; `pillar` keeps only its statements. */
  leadershipScores(pillar?: string, signal?: AbortSignal): Promise<Leadership>;
}

const DEFAULT_TIMEOUT_MS = 20_000;

interface RequestSpec {
  readonly method: 'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE';
  readonly path: string;
  readonly body?: unknown;
  readonly headers?: Record<string, string>;
  readonly signal?: AbortSignal;
}

export function createApiClient(options: ApiClientOptions): ApiClient {
  const baseUrl = options.baseUrl.replace(/\/+$/, '');
  const timeoutMs = options.timeoutMs ?? DEFAULT_TIMEOUT_MS;

  async function send(spec: RequestSpec): Promise<Response> {
    let response = await sendOnce(spec, false);
    // A refused token may simply be stale (revoked, clock skew): one retry with a fresh one.
    if (response.status === 401) response = await sendOnce(spec, true);
    return response;
  }

  async function sendOnce(spec: RequestSpec, refreshToken: boolean): Promise<Response> {
    let token: string;
    try {
      token = await options.getToken({ refresh: refreshToken });
    } catch (error) {
      throw new ApiError('auth', i18n.t('errors.signIn', { reason: messageOf(error) }));
    }
    const timeout = AbortSignal.timeout(timeoutMs);
    try {
      return await fetch(`${baseUrl}${spec.path}`, {
        method: spec.method,
        headers: {
          Accept: 'application/json',
          Authorization: `Bearer ${token}`,
          ...(spec.body === undefined ? {} : { 'Content-Type': 'application/json' }),
          ...spec.headers,
        },
        body: spec.body === undefined ? undefined : JSON.stringify(spec.body),
        // Results are polled with If-None-Match; no-store hands us the server's 304 as is.
        cache: 'no-store',
        signal: spec.signal ? AbortSignal.any([spec.signal, timeout]) : timeout,
      });
    } catch (error) {
      // The caller's own abort (unmount, newer request) is not an error to report.
      if (spec.signal?.aborted) throw error;
      if (timeout.aborted) throw new ApiError('timeout', i18n.t('errors.timeout'));
      throw new ApiError('network', i18n.t('errors.network'));
    }
  }

  async function request<S extends z.ZodType>(spec: RequestSpec, schema: S): Promise<z.output<S>> {
    const response = await send(spec);
    if (!response.ok) throw await errorFrom(response);
    return parseBody(response, schema);
  }

  return {
    listTemplates: (signal) => request({ method: 'GET', path: '/api/templates', signal }, templatesResponseSchema),

    createSession: (input, signal) =>
      request(
        { method: 'POST', path: '/api/sessions', body: validRequest(createSessionRequestSchema, input), signal },
        sessionResponseSchema,
      ),

    listOpenSessions: (meetingId, signal) =>
      request(
        { method: 'GET', path: `/api/sessions?${new URLSearchParams({ meetingId, state: 'open' })}`, signal },
        sessionListResponseSchema,
      ),

    getSession: (sessionId, signal) =>
      request({ method: 'GET', path: `/api/sessions/${segment(sessionId)}`, signal }, sessionResponseSchema),

    joinSession: (sessionId, signal) =>
      request({ method: 'POST', path: `/api/sessions/${segment(sessionId)}/join`, signal }, sessionResponseSchema),

    castVote: (sessionId, statementId, value, signal) =>
      request(
        {
          method: 'PUT',
          path: `/api/sessions/${segment(sessionId)}/votes/${segment(statementId)}`,
          body: validRequest(voteRequestSchema, { value }),
          signal,
        },
        voteResponseSchema,
      ),

    addAnswer: (sessionId, input, signal) =>
      request(
        {
          method: 'POST',
          path: `/api/sessions/${segment(sessionId)}/answers`,
          body: validRequest(answerRequestSchema, input),
          signal,
        },
        answerSchema,
      ),

    closeSession: (sessionId, signal) =>
      request({ method: 'POST', path: `/api/sessions/${segment(sessionId)}/close`, signal }, sessionResponseSchema),

    revealResults: (sessionId, signal) =>
      request({ method: 'POST', path: `/api/sessions/${segment(sessionId)}/reveal`, signal }, sessionResponseSchema),

    setTimer: (sessionId, durationSeconds, signal) =>
      request(
        {
          method: 'PUT',
          path: `/api/sessions/${segment(sessionId)}/timer`,
          body: validRequest(setTimerRequestSchema, { durationSeconds }),
          signal,
        },
        sessionResponseSchema,
      ),

    stopTimer: (sessionId, signal) =>
      request({ method: 'DELETE', path: `/api/sessions/${segment(sessionId)}/timer`, signal }, sessionResponseSchema),

    listParticipants: (sessionId, signal) =>
      request(
        { method: 'GET', path: `/api/sessions/${segment(sessionId)}/participants`, signal },
        participantsResponseSchema,
      ),

    offerHandover: (sessionId, participantId, signal) =>
      request(
        {
          method: 'POST',
          path: `/api/sessions/${segment(sessionId)}/handover`,
          body: validRequest(handoverRequestSchema, { participantId }),
          signal,
        },
        sessionResponseSchema,
      ),

    acceptHandover: (sessionId, signal) =>
      request(
        { method: 'POST', path: `/api/sessions/${segment(sessionId)}/handover/accept`, signal },
        sessionResponseSchema,
      ),

    createAction: (sessionId, input, signal) =>
      request(
        {
          method: 'POST',
          path: `/api/sessions/${segment(sessionId)}/actions`,
          body: validRequest(createActionRequestSchema, input),
          signal,
        },
        actionSchema,
      ),

    listActions: (teamId, status, signal) =>
      request(
        {
          method: 'GET',
          path: `/api/teams/${segment(teamId)}/actions${status ? `?${new URLSearchParams({ status })}` : ''}`,
          signal,
        },
        actionListResponseSchema,
      ),

    updateActionStatus: (teamId, actionId, status, signal) =>
      request(
        {
          method: 'PATCH',
          path: `/api/teams/${segment(teamId)}/actions/${segment(actionId)}`,
          body: validRequest(updateActionRequestSchema, { status }),
          signal,
        },
        actionSchema,
      ),

    async pollResults(sessionId, etag, signal) {
      const response = await send({
        method: 'GET',
        path: `/api/sessions/${segment(sessionId)}/results`,
        headers: etag ? { 'If-None-Match': etag } : {},
        signal,
      });
      if (response.status === 304) return { changed: false };
      if (!response.ok) throw await errorFrom(response);
      const results = await parseBody(response, resultsResponseSchema);
      return { changed: true, results, etag: response.headers.get('ETag') ?? undefined };
    },

    getResults: (sessionId, signal) =>
      request({ method: 'GET', path: `/api/sessions/${segment(sessionId)}/results`, signal }, resultsResponseSchema),

    async teamScores(teamId, range, signal) {
      try {
        return await request(
          { method: 'GET', path: `/api/teams/${segment(teamId)}/scores${rangeQuery(range)}`, signal },
          teamScoresResponseSchema,
        );
      } catch (error) {
        // The API knows a team only by its checks: a team without any has an empty history.
        if (error instanceof ApiError && error.status === 404) return { teamId, sessions: [] };
        throw error;
      }
    },

    async teamScoresCsv(teamId, range, signal) {
      const response = await send({
        method: 'GET',
        path: `/api/teams/${segment(teamId)}/scores${rangeQuery(range, { format: 'csv' })}`,
        headers: { Accept: 'text/csv' },
        signal,
      });
      if (!response.ok) throw await errorFrom(response);
      return response.blob();
    },

    teamSharing: (teamId, signal) =>
      request({ method: 'GET', path: `/api/teams/${segment(teamId)}/sharing`, signal }, teamSharingResponseSchema),

    setTeamSharing: (teamId, input, signal) =>
      request(
        {
          method: 'PUT',
          path: `/api/teams/${segment(teamId)}/sharing`,
          body: validRequest(teamSharingRequestSchema, input),
          signal,
        },
        teamSharingResponseSchema,
      ),

    leadershipScores: (pillar, signal) =>
      request(
        { method: 'GET', path: `/api/scores${pillar ? `?${new URLSearchParams({ pillar })}` : ''}`, signal },
        leadershipResponseSchema,
      ),
  };
}

/** Refuses a request the API would refuse anyway, with the same message, before sending it. */
function validRequest<S extends z.ZodType>(schema: S, input: z.input<S>): z.output<S> {
  const result = schema.safeParse(input);
  if (result.success) return result.data;
  const issue = result.error.issues[0];
  const field = issue?.path.join('.') || undefined;
  throw new ApiError('invalid_request', reasonFor('invalid_request', issue?.message), 400, field);
}

async function parseBody<S extends z.ZodType>(response: Response, schema: S): Promise<z.output<S>> {
  let json: unknown;
  try {
    json = await response.json();
  } catch {
    throw new ApiError('unexpected_response', i18n.t('errors.unexpectedResponse'), response.status);
  }
  const parsed = schema.safeParse(json);
  if (!parsed.success) throw new ApiError('unexpected_response', i18n.t('errors.unexpectedResponse'), response.status);
  return parsed.data;
}

/** The contract's `{ error: { code, message } }`, or a generic message when a proxy answered. */
async function errorFrom(response: Response): Promise<ApiError> {
  let json: unknown;
  try {
    json = await response.json();
  } catch {
    json = undefined;
  }
  const parsed = errorBodySchema.safeParse(json);
  if (parsed.success) {
    const { code, message, field } = parsed.data.error;
    return new ApiError(code, reasonFor(code, message), response.status, field);
  }
  return new ApiError('unexpected_response', i18n.t('errors.httpStatus', { status: response.status }), response.status);
}

/** `?from=&to=` (and any extra parameters), or nothing when there is nothing to send. */
function rangeQuery(range: DateRange | undefined, extra: Record<string, string> = {}): string {
  const params = new URLSearchParams(extra);
  if (range?.from) params.set('from', range.from);
  if (range?.to) params.set('to', range.to);
  const query = params.toString();
  return query ? `?${query}` : '';
}

function segment(value: string): string {
  return encodeURIComponent(value);
}

/** A user-facing message for anything a call may throw. */
export function messageOf(error: unknown): string {
  if (error instanceof Error && error.message) return error.message;
  return i18n.t('errors.unknown');
}

/** Every error code's message, for the languages the API does not speak. */
const codeMessageKeys = {
  invalid_request: 'errors.codes.invalid_request',
  unauthorized: 'errors.codes.unauthorized',
  forbidden: 'errors.codes.forbidden',
  not_found: 'errors.codes.not_found',
  conflict: 'errors.codes.conflict',
  payload_too_large: 'errors.codes.payload_too_large',
  rate_limited: 'errors.codes.rate_limited',
  internal: 'errors.codes.internal',
} as const satisfies Record<ErrorBody['error']['code'], string>;

/**
 * Why the API refused, in the language shown. The API (and the contract's validation) says it
 * in English, in more detail: English readers get that; other languages get the code's message.
 */
function reasonFor(code: ErrorBody['error']['code'], apiMessage: string | undefined): string {
  if (apiMessage && activeLanguage() === 'en') return apiMessage;
  return i18n.t(codeMessageKeys[code]);
}
