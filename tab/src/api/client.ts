/**
 * Typed client for the Customer Pulse API. Every request and response type comes from the
 * zod schemas of the API contract (`@contract`), as *types* only: zod never runs in the tab,
 * so it stays out of the side panel's first load. The API validates every request (a 400
 * names the field) and its responses are our own, so they are only checked to be JSON
 * objects; anything else is an `unexpected_response`.
 */
import type {
  actionListResponseSchema,
  actionSchema,
  answerRequestSchema,
  answerSchema,
  answersPageSchema,
  checkReviewResponseSchema,
  listAnswersQuerySchema,
  createActionRequestSchema,
  createSessionRequestSchema,
  handoverRequestSchema,
  leadershipQuerySchema,
  leadershipResponseSchema,
  organisationTrendQuerySchema,
  organisationTrendResponseSchema,
  myHistoriesResponseSchema,
  participantsResponseSchema,
  resultsResponseSchema,
  sessionListResponseSchema,
  sessionResponseSchema,
  setTimerRequestSchema,
  teamScoresResponseSchema,
  teamSharingRequestSchema,
  teamSharingResponseSchema,
  templatesResponseSchema,
  templateSummarySchema,
  listTemplatesQuerySchema,
  templateDefinitionResponseSchema,
  createTemplateRequestSchema,
  updateTemplateRequestSchema,
  templateSchema,
  registerEntrySchema,
  registerListResponseSchema,
  createRegisterEntryRequestSchema,
  mergeRegisterEntryRequestSchema,
  registerReviewRequestSchema,
  updateRegisterEntryRequestSchema,
  listRegisterQuerySchema,
  listSessionsQuerySchema,
  updateActionRequestSchema,
  voteRequestSchema,
  voteResponseSchema,
  ErrorBody,
} from '@contract';
import { errorCodes } from '@contract/limits';
import type { z } from 'zod';
import { activeLanguage, i18n } from '../i18n/i18n.ts';

export type Action = z.output<typeof actionSchema>;
export type ActionList = z.output<typeof actionListResponseSchema>;
export type ActionStatus = Action['status'];
export type AnswerInput = z.input<typeof answerRequestSchema>;
export type Answer = z.output<typeof answerSchema>;
export type AnswersPage = z.output<typeof answersPageSchema>;
export type AnswersQuery = Omit<z.input<typeof listAnswersQuerySchema>, 'pageSize'> & { pageSize?: number };
export type CheckReview = z.output<typeof checkReviewResponseSchema>;
export type CreateActionInput = z.input<typeof createActionRequestSchema>;
export type CreateSessionInput = z.input<typeof createSessionRequestSchema>;
export type Participants = z.output<typeof participantsResponseSchema>;
export type Rating = z.output<typeof voteRequestSchema>['value'];
export type Results = z.output<typeof resultsResponseSchema>;
export type Session = z.output<typeof sessionResponseSchema>;
export type SessionList = z.output<typeof sessionListResponseSchema>;
/** A meeting occurrence whose open checks to list: always the open ones. */
export type MeetingSessionsQuery = Omit<z.input<typeof listSessionsQuerySchema>, 'state'>;
export type TeamScores = z.output<typeof teamScoresResponseSchema>;
/** One page of template summaries; `continuation` (null on the last page) reads the next. */
export type Templates = z.output<typeof templatesResponseSchema>;
export type TemplateSummary = z.output<typeof templateSummarySchema>;
export type TemplatePageQuery = Pick<z.input<typeof listTemplatesQuerySchema>, 'pageSize' | 'continuation'>;
export type Template = z.output<typeof templateSchema>;
export type TemplateDefinition = z.output<typeof templateDefinitionResponseSchema>;
export type CreateTemplateInput = z.input<typeof createTemplateRequestSchema>;
export type UpdateTemplateInput = z.input<typeof updateTemplateRequestSchema>;
export type RegisterEntry = z.output<typeof registerEntrySchema>;
export type RegisterKind = RegisterEntry['register'];
export type RegisterStatus = RegisterEntry['status'];
export type RegisterList = z.output<typeof registerListResponseSchema>;
export type RegisterQuery = z.input<typeof listRegisterQuerySchema>;
export type CreateRegisterEntryInput = z.input<typeof createRegisterEntryRequestSchema>;
export type RegisterReviewOutcome = z.input<typeof registerReviewRequestSchema>['outcome'];
export type UpdateRegisterEntryInput = z.input<typeof updateRegisterEntryRequestSchema>;
export type TeamSharing = z.output<typeof teamSharingResponseSchema>;
export type TeamSharingInput = z.input<typeof teamSharingRequestSchema>;
export type Leadership = z.output<typeof leadershipResponseSchema>;
/** What GET /api/scores takes: filters, order, grouping and the page (all optional). */
export type LeadershipQueryInput = Omit<z.input<typeof leadershipQuerySchema>, 'pageSize'> & { pageSize?: number };
export type LeadershipGroup = NonNullable<Leadership['groups']>[number];
export type OrganisationTrend = z.output<typeof organisationTrendResponseSchema>;
export type OrganisationTrendQueryInput = z.input<typeof organisationTrendQuerySchema>;
/** The personal app's "Your teams": the caller's teams and meeting chats that have checks, newest first. */
export type MyHistories = z.output<typeof myHistoriesResponseSchema>;
export type MyHistory = MyHistories['histories'][number];
export type TeamCheckScores = TeamScores['sessions'][number];
export type ScoreTrend = NonNullable<TeamCheckScores['trend']>;
export type CheckWindowTrends = NonNullable<TeamScores['windowTrends']>;
export type WindowTrend = NonNullable<CheckWindowTrends['overall']>;

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
  /**
   * Summaries of the built-in and tenant templates, plus the team's own when `teamId` is given;
   * latest versions, a page at a time (`page.continuation` from the page before).
   */
  listTemplates(signal?: AbortSignal, teamId?: string, page?: TemplatePageQuery): Promise<Templates>;
  /** A custom template with all its languages, as the editor needs it. */
  /** `teamId` names the team a team's own template belongs to; without it only the tenant's are found. */
  getTemplateDefinition(templateId: string, teamId: string | undefined, signal?: AbortSignal): Promise<TemplateDefinition>;
  /** One version of a template as checks show it (e.g. the version a past check ran). */
  getTemplateVersion(templateId: string, version: number, teamId?: string, signal?: AbortSignal): Promise<Template>;
  createTemplate(input: CreateTemplateInput, signal?: AbortSignal): Promise<TemplateDefinition>;
  /** Saves a new version; 409 when someone saved a newer one since `baseVersion`. */
  updateTemplate(templateId: string, input: UpdateTemplateInput, signal?: AbortSignal): Promise<TemplateDefinition>;
  createRegisterEntry(sessionId: string, input: CreateRegisterEntryInput, signal?: AbortSignal): Promise<RegisterEntry>;
  mergeIntoRegisterEntry(sessionId: string, entryId: string, answerId: string, signal?: AbortSignal): Promise<RegisterEntry>;
  reviewRegisterEntry(sessionId: string, entryId: string, outcome: RegisterReviewOutcome, signal?: AbortSignal): Promise<RegisterEntry>;
  listRegisters(teamId: string, query?: RegisterQuery, signal?: AbortSignal): Promise<RegisterList>;
  updateRegisterEntry(teamId: string, entryId: string, input: UpdateRegisterEntryInput, signal?: AbortSignal): Promise<RegisterEntry>;
  createSession(input: CreateSessionInput, signal?: AbortSignal): Promise<Session>;
  listOpenSessions(query: MeetingSessionsQuery, signal?: AbortSignal): Promise<SessionList>;
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
  /** One read of a check's results (closed checks are revealed); answer texts come from listAnswers. */
  getResults(sessionId: string, signal?: AbortSignal): Promise<Results>;
  /** A page of the answers the check may show, of one question or all. */
  listAnswers(sessionId: string, query: AnswersQuery, signal?: AbortSignal): Promise<AnswersPage>;
  /** The team's open actions and register entries a check opens with. */
  getCheckReview(sessionId: string, signal?: AbortSignal): Promise<CheckReview>;
  teamScores(teamId: string, range?: DateRange, signal?: AbortSignal): Promise<TeamScores>;
  /** The same history as CSV, as the API writes it. */
  teamScoresCsv(teamId: string, range?: DateRange, signal?: AbortSignal): Promise<Blob>;
  teamSharing(teamId: string, signal?: AbortSignal): Promise<TeamSharing>;
  setTeamSharing(teamId: string, input: TeamSharingInput, signal?: AbortSignal): Promise<TeamSharing>;
  /** One page of the latest scores of the tenant's teams that opted in, filtered, ordered and grouped as asked. */
  leadershipScores(query?: LeadershipQueryInput, signal?: AbortSignal): Promise<Leadership>;
  /** The organisation's trend by month over the teams the same filters give (GET /api/scores/trend). */
  organisationTrend(query?: OrganisationTrendQueryInput, signal?: AbortSignal): Promise<OrganisationTrend>;
  organisationTrendCsv(query?: OrganisationTrendQueryInput, signal?: AbortSignal): Promise<Blob>;
  /** The caller's teams and meeting chats that have checks (GET /api/me/histories). */
  myHistories(signal?: AbortSignal): Promise<MyHistories>;
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

  /** Sends `spec` and reads the response body as `T` (the contract's type for this call). */
  async function request<T>(spec: RequestSpec): Promise<T> {
    const response = await send(spec);
    if (!response.ok) throw await errorFrom(response);
    return parseBody<T>(response);
  }

  return {
    listTemplates: (signal, teamId, page) => {
      const params = new URLSearchParams();
      if (teamId) params.set('teamId', teamId);
      if (page?.pageSize !== undefined) params.set('pageSize', String(page.pageSize));
      if (page?.continuation) params.set('continuation', page.continuation);
      const search = params.toString();
      return request<Templates>({ method: 'GET', path: `/api/templates${search ? `?${search}` : ''}`, signal });
    },

    getTemplateDefinition: (templateId, teamId, signal) =>
      request<TemplateDefinition>({
        method: 'GET',
        path: `/api/templates/${segment(templateId)}/definition${teamId ? `?${new URLSearchParams({ teamId })}` : ''}`,
        signal,
      }),

    getTemplateVersion: (templateId, version, teamId, signal) =>
      request<Template>({
        method: 'GET',
        path: `/api/templates/${segment(templateId)}?${new URLSearchParams({ version: String(version), ...(teamId ? { teamId } : {}) })}`,
        signal,
      }),

    createTemplate: (input, signal) =>
      request<TemplateDefinition>({ method: 'POST', path: '/api/templates', body: input, signal }),

    updateTemplate: (templateId, input, signal) =>
      request<TemplateDefinition>({
        method: 'PUT',
        path: `/api/templates/${segment(templateId)}`,
        body: input,
        signal,
      }),

    createRegisterEntry: (sessionId, input, signal) =>
      request<RegisterEntry>({
        method: 'POST',
        path: `/api/sessions/${segment(sessionId)}/register-entries`,
        body: input,
        signal,
      }),

    mergeIntoRegisterEntry: (sessionId, entryId, answerId, signal) =>
      request<RegisterEntry>({
        method: 'POST',
        path: `/api/sessions/${segment(sessionId)}/register-entries/${segment(entryId)}/merges`,
        body: { answerId } satisfies z.input<typeof mergeRegisterEntryRequestSchema>,
        signal,
      }),

    reviewRegisterEntry: (sessionId, entryId, outcome, signal) =>
      request<RegisterEntry>({
        method: 'POST',
        path: `/api/sessions/${segment(sessionId)}/register-entries/${segment(entryId)}/review`,
        body: { outcome } satisfies z.input<typeof registerReviewRequestSchema>,
        signal,
      }),

    listRegisters: (teamId, query, signal) => {
      const params = new URLSearchParams();
      if (query?.register) params.set('register', query.register);
      if (query?.status) params.set('status', query.status);
      const search = params.toString();
      return request<RegisterList>({
        method: 'GET',
        path: `/api/teams/${segment(teamId)}/registers${search ? `?${search}` : ''}`,
        signal,
      });
    },

    updateRegisterEntry: (teamId, entryId, input, signal) =>
      request<RegisterEntry>({
        method: 'PATCH',
        path: `/api/teams/${segment(teamId)}/registers/${segment(entryId)}`,
        body: input,
        signal,
      }),

    createSession: (input, signal) =>
      request<Session>({ method: 'POST', path: '/api/sessions', body: input, signal }),

    listOpenSessions: ({ meetingId, occurrenceStart }, signal) =>
      request<SessionList>({
        method: 'GET',
        path: `/api/sessions?${new URLSearchParams({ meetingId, state: 'open', ...(occurrenceStart ? { occurrenceStart } : {}) })}`,
        signal,
      }),

    getSession: (sessionId, signal) =>
      request<Session>({ method: 'GET', path: `/api/sessions/${segment(sessionId)}`, signal }),

    joinSession: (sessionId, signal) =>
      request<Session>({ method: 'POST', path: `/api/sessions/${segment(sessionId)}/join`, signal }),

    castVote: (sessionId, statementId, value, signal) =>
      request<Vote>({
        method: 'PUT',
        path: `/api/sessions/${segment(sessionId)}/votes/${segment(statementId)}`,
        body: { value } satisfies z.input<typeof voteRequestSchema>,
        signal,
      }),

    addAnswer: (sessionId, input, signal) =>
      request<Answer>({
        method: 'POST',
        path: `/api/sessions/${segment(sessionId)}/answers`,
        body: input,
        signal,
      }),

    listAnswers: (sessionId, { questionId, pageSize, continuation }, signal) =>
      request<AnswersPage>({
        method: 'GET',
        path: `/api/sessions/${segment(sessionId)}/answers?${new URLSearchParams({
          ...(questionId ? { questionId } : {}),
          ...(pageSize ? { pageSize: String(pageSize) } : {}),
          ...(continuation ? { continuation } : {}),
        })}`,
        signal,
      }),

    getCheckReview: (sessionId, signal) =>
      request<CheckReview>({ method: 'GET', path: `/api/sessions/${segment(sessionId)}/review`, signal }),

    closeSession: (sessionId, signal) =>
      request<Session>({ method: 'POST', path: `/api/sessions/${segment(sessionId)}/close`, signal }),

    revealResults: (sessionId, signal) =>
      request<Session>({ method: 'POST', path: `/api/sessions/${segment(sessionId)}/reveal`, signal }),

    setTimer: (sessionId, durationSeconds, signal) =>
      request<Session>({
        method: 'PUT',
        path: `/api/sessions/${segment(sessionId)}/timer`,
        body: { durationSeconds } satisfies z.input<typeof setTimerRequestSchema>,
        signal,
      }),

    stopTimer: (sessionId, signal) =>
      request<Session>({ method: 'DELETE', path: `/api/sessions/${segment(sessionId)}/timer`, signal }),

    listParticipants: (sessionId, signal) =>
      request<Participants>({ method: 'GET', path: `/api/sessions/${segment(sessionId)}/participants`, signal }),

    offerHandover: (sessionId, participantId, signal) =>
      request<Session>({
        method: 'POST',
        path: `/api/sessions/${segment(sessionId)}/handover`,
        body: { participantId } satisfies z.input<typeof handoverRequestSchema>,
        signal,
      }),

    acceptHandover: (sessionId, signal) =>
      request<Session>({ method: 'POST', path: `/api/sessions/${segment(sessionId)}/handover/accept`, signal }),

    createAction: (sessionId, input, signal) =>
      request<Action>({
        method: 'POST',
        path: `/api/sessions/${segment(sessionId)}/actions`,
        body: input,
        signal,
      }),

    listActions: (teamId, status, signal) =>
      request<ActionList>({
        method: 'GET',
        path: `/api/teams/${segment(teamId)}/actions${status ? `?${new URLSearchParams({ status })}` : ''}`,
        signal,
      }),

    updateActionStatus: (teamId, actionId, status, signal) =>
      request<Action>({
        method: 'PATCH',
        path: `/api/teams/${segment(teamId)}/actions/${segment(actionId)}`,
        body: { status } satisfies z.input<typeof updateActionRequestSchema>,
        signal,
      }),

    async pollResults(sessionId, etag, signal) {
      const response = await send({
        method: 'GET',
        path: `/api/sessions/${segment(sessionId)}/results`,
        headers: etag ? { 'If-None-Match': etag } : {},
        signal,
      });
      if (response.status === 304) return { changed: false };
      if (!response.ok) throw await errorFrom(response);
      const results = await parseBody<Results>(response);
      return { changed: true, results, etag: response.headers.get('ETag') ?? undefined };
    },

    getResults: (sessionId, signal) =>
      request<Results>({ method: 'GET', path: `/api/sessions/${segment(sessionId)}/results`, signal }),

    async teamScores(teamId, range, signal) {
      try {
        return await request<TeamScores>({
          method: 'GET',
          path: `/api/teams/${segment(teamId)}/scores${rangeQuery(range)}`,
          signal,
        });
      } catch (error) {
        // The API knows a team only by its checks: a team without any has an empty history.
        if (error instanceof ApiError && error.status === 404) return { teamId, sessions: [], windowTrends: null };
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
      request<TeamSharing>({ method: 'GET', path: `/api/teams/${segment(teamId)}/sharing`, signal }),

    setTeamSharing: (teamId, input, signal) =>
      request<TeamSharing>({
        method: 'PUT',
        path: `/api/teams/${segment(teamId)}/sharing`,
        body: input,
        signal,
      }),

    myHistories: (signal) => request<MyHistories>({ method: 'GET', path: '/api/me/histories', signal }),

    leadershipScores: (query = {}, signal) => request<Leadership>({ method: 'GET', path: `/api/scores${queryString(query)}`, signal }),

    organisationTrend: (query = {}, signal) =>
      request<OrganisationTrend>({ method: 'GET', path: `/api/scores/trend${queryString(query)}`, signal }),

    async organisationTrendCsv(query = {}, signal) {
      const response = await send({
        method: 'GET',
        path: `/api/scores/trend${queryString({ ...query, format: 'csv' })}`,
        headers: { Accept: 'text/csv' },
        signal,
      });
      if (!response.ok) throw await errorFrom(response);
      return response.blob();
    },
  };
}

/**
 * The body of a successful response. The API is ours and answers with the contract's types, so
 * only the cheap part is checked: JSON that is an object (every response body is one).
 */
async function parseBody<T>(response: Response): Promise<T> {
  let json: unknown;
  try {
    json = await response.json();
  } catch {
    json = undefined;
  }
  if (!isObject(json)) throw new ApiError('unexpected_response', i18n.t('errors.unexpectedResponse'), response.status);
  return json as T;
}

/** The contract's `{ error: { code, message } }`, or a generic message when a proxy answered. */
async function errorFrom(response: Response): Promise<ApiError> {
  let json: unknown;
  try {
    json = await response.json();
  } catch {
    json = undefined;
  }
  if (isErrorBody(json)) {
    const { code, message, field } = json.error;
    return new ApiError(code, reasonFor(code, message), response.status, field);
  }
  return new ApiError('unexpected_response', i18n.t('errors.httpStatus', { status: response.status }), response.status);
}

function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

const knownErrorCodes: ReadonlySet<string> = new Set(errorCodes);

/** The contract's error body (errorBodySchema), checked by hand: a known code, a message, maybe a field. */
function isErrorBody(value: unknown): value is ErrorBody {
  if (!isObject(value) || !isObject(value.error)) return false;
  const { code, message, field } = value.error;
  return (
    typeof code === 'string' &&
    knownErrorCodes.has(code) &&
    typeof message === 'string' &&
    (field === undefined || typeof field === 'string')
  );
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
  unavailable: 'errors.codes.unavailable',
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

/** `?name=value&…` of the parts given (none: the empty string). */
function queryString(query: Record<string, string | number | undefined>): string {
  const params = new URLSearchParams(
    Object.entries(query).flatMap(([name, value]) => (value === undefined || value === '' ? [] : [[name, String(value)]])),
  );
  return params.size ? `?${params}` : '';
}
