/**
 * The API contract: every request and response body as a zod schema. The API validates with
 * these, the tab types its calls with them; nothing is copied by hand between the two.
 */
import { z } from 'zod';
import type { Rating } from '../domain/scoring.ts';
import { id, isoDate, isoDateTime, keySafeId } from './fields.ts';
import { answerMaxLength, answerPageSizeMax, errorCodes, timerMaxSeconds, timerMinSeconds } from './limits.ts';
import { registerEntrySchema } from './registers.ts';
import {
  languageSchema,
  maxScalePoints,
  pillarSchema,
  questionSchema,
  scaleSchema,
  statementSchema,
  templateTextsSchema,
} from './templates.ts';

export * from './fields.ts';
// Plain constants live in limits.ts (no zod, so the tab can use them); exported here as ever.
export { answerMaxLength, answerPageSizeMax, errorCodes, timerMaxSeconds, timerMinSeconds };
export * from './myHistories.ts';
export * from './registers.ts';
export * from './templates.ts';

/** 1 … the scale's points; the vote handler checks the check's own scale (e.g. 1–3). */
export const ratingSchema = z
  .number({ error: `value must be a number from 1 to ${maxScalePoints}` })
  .int(`value must be a whole number from 1 to ${maxScalePoints}`)
  .min(1, `value must be from 1 to ${maxScalePoints}`)
  .max(maxScalePoints, `value must be from 1 to ${maxScalePoints}`)
  .transform((value) => value as Rating);

// ---- errors -------------------------------------------------------------------------------

export const errorBodySchema = z.object({
  error: z.object({
    code: z.enum(errorCodes),
    message: z.string(),
    field: z.string().optional(),
  }),
});
export type ErrorBody = z.infer<typeof errorBodySchema>;

// ---- actions --------------------------------------------------------------------------------

export const actionStatusSchema = z.enum(['open', 'done']);

export const actionSchema = z.object({
  id: z.string(),
  teamId: z.string(),
  text: z.string(),
  questionId: z.string(),
  owner: z.string(),
  dueDate: z.string(),
  status: actionStatusSchema,
  sourceSessionId: z.string(),
  sourceAnswerId: z.string(),
  createdAt: z.string(),
  updatedAt: z.string(),
});
export type ActionDto = z.infer<typeof actionSchema>;

export const createActionRequestSchema = z.object({
  answerId: z.uuid('answerId must be the id of an answer in this check'),
  owner: id('owner', 200),
  dueDate: isoDate('dueDate'),
});
export type CreateActionRequest = z.infer<typeof createActionRequestSchema>;

export const actionParamsSchema = z.object({
  teamId: keySafeId('teamId', 256),
  actionId: z.uuid('actionId must be an action id'),
});
export const updateActionRequestSchema = z.object({ status: actionStatusSchema });
export const listActionsQuerySchema = z.object({ status: actionStatusSchema.optional() });
export const actionListResponseSchema = z.object({ actions: z.array(actionSchema) });
export type ActionListResponse = z.infer<typeof actionListResponseSchema>;

// ---- sessions -----------------------------------------------------------------------------

export const createSessionRequestSchema = z.object({
  templateId: keySafeId('templateId', 64),
  /** Checks run the template's latest version. */
  teamId: keySafeId('teamId', 256),
  teamName: id('teamName', 256).optional(),
  title: id('title', 200).optional(),
  meetingId: id('meetingId', 1024).optional(),
  /** The occurrence of the meeting (its scheduled start, from Teams' meeting details): a recurring series has one meetingId. */
  occurrenceStart: isoDateTime('occurrenceStart').optional(),
});
export type CreateSessionRequest = z.infer<typeof createSessionRequestSchema>;

export const sessionStateSchema = z.enum(['open', 'closed']);

export const sessionResponseSchema = z.object({
  id: z.string(),
  state: sessionStateSchema,
  templateId: z.string(),
  /** The template version this check runs: later edits of the template do not change it. */
  templateVersion: z.number().int(),
  teamId: z.string(),
  teamName: z.string().optional(),
  title: z.string(),
  meetingId: z.string().optional(),
  /** The scheduled start of the meeting occurrence the check was started in, when Teams said. */
  occurrenceStart: z.string().optional(),
  createdAt: z.string(),
  closedAt: z.string().optional(),
  /** True for the caller who facilitates: only they may reveal, time, hand over and close. */
  isFacilitator: z.boolean(),
  facilitatorName: z.string().optional(),
  /** Before reveal everyone sees only how many rated, so nobody anchors on others' ratings. */
  revealed: z.boolean(),
  /** The countdown everyone sees; endsAt is server time, serverTime lets clients correct skew. */
  timer: z.object({ endsAt: z.string(), durationSeconds: z.number().int() }).nullable(),
  serverTime: z.string(),
  /** A pending hand-over of the facilitator role; `toMe` tells the caller to accept or not. */
  handover: z.object({ toName: z.string(), toMe: z.boolean() }).nullable(),
  pillars: z.array(pillarSchema),
  statements: z.array(statementSchema),
  questions: z.array(questionSchema),
  scale: scaleSchema,
  /** Languages of a custom template's texts (first = the plain texts) and the others' texts. */
  languages: z.array(languageSchema),
  translations: z.partialRecord(languageSchema, templateTextsSchema),
  /** The caller's own ratings, by statement id; nobody else's are ever sent. */
  myVotes: z.record(z.string(), ratingSchema),
});
export type SessionResponse = z.infer<typeof sessionResponseSchema>;

/**
 * What a check opens with: the team's open actions and register entries from earlier checks.
 * Read once when a panel opens (GET …/review), not with every re-read of the check, and only the
 * most pressing few: the channel tab lists them all.
 */
export const checkReviewResponseSchema = z.object({
  /** Open actions from earlier checks, the earliest due first. */
  openActions: z.array(actionSchema),
  /** Open register entries from earlier checks that this check has not reviewed yet. */
  registerReview: z.array(registerEntrySchema),
  /** How many more of each wait in the channel tab beyond the ones sent. */
  more: z.object({ openActions: z.number().int(), registerReview: z.number().int() }),
});
export type CheckReviewResponse = z.infer<typeof checkReviewResponseSchema>;

export const listSessionsQuerySchema = z.object({
  meetingId: id('meetingId', 1024),
  /** The occurrence the panel runs in; without it, checks of the last hours count as this occurrence's. */
  occurrenceStart: isoDateTime('occurrenceStart').optional(),
  state: sessionStateSchema.optional(),
});
export type ListSessionsQuery = z.infer<typeof listSessionsQuerySchema>;

export const sessionListResponseSchema = z.object({
  /** This occurrence's checks, newest first. */
  sessions: z.array(sessionResponseSchema),
  /** Checks of earlier occurrences of the meeting that nobody closed: offered for closing, never joined. */
  leftOpen: z.array(sessionResponseSchema),
});
export type SessionListResponse = z.infer<typeof sessionListResponseSchema>;

export const sessionIdParamsSchema = z.object({ sessionId: z.uuid('sessionId must be a session id') });

// ---- facilitation -------------------------------------------------------------------------

/** Starts the countdown, or restarts it with a new length (which is how "extend" works). */
export const setTimerRequestSchema = z.object({
  durationSeconds: z
    .number({ error: 'durationSeconds must be a number' })
    .int('durationSeconds must be a whole number')
    .min(timerMinSeconds, `durationSeconds must be at least ${timerMinSeconds}`)
    .max(timerMaxSeconds, `durationSeconds must be at most ${timerMaxSeconds}`),
});
export type SetTimerRequest = z.infer<typeof setTimerRequestSchema>;

export const participantSchema = z.object({
  /** Opaque id, only good for handing the facilitator role to this person in this session. */
  participantId: z.string(),
  name: z.string(),
  isFacilitator: z.boolean(),
});
export const participantsResponseSchema = z.object({ participants: z.array(participantSchema) });
export type ParticipantsResponse = z.infer<typeof participantsResponseSchema>;

export const handoverRequestSchema = z.object({ participantId: keySafeId('participantId', 128) });
export type HandoverRequest = z.infer<typeof handoverRequestSchema>;

// ---- votes and answers --------------------------------------------------------------------

export const voteParamsSchema = sessionIdParamsSchema.extend({ statementId: keySafeId('statementId', 64) });

export const voteRequestSchema = z.object({ value: ratingSchema });
export type VoteRequest = z.infer<typeof voteRequestSchema>;

export const voteResponseSchema = z.object({ statementId: z.string(), value: ratingSchema });
export type VoteResponse = z.infer<typeof voteResponseSchema>;

export const answerRequestSchema = z.object({
  questionId: keySafeId('questionId', 64),
  text: z
    .string({ error: 'text must be a string' })
    .trim()
    .min(1, 'text must not be empty')
    .max(answerMaxLength, `text must be at most ${answerMaxLength} characters`),
  /** Chosen by the client so that a retried POST stores the answer once. */
  answerId: z.uuid('answerId must be a UUID').optional(),
});
export type AnswerRequest = z.infer<typeof answerRequestSchema>;

export const answerSchema = z.object({
  id: z.string(),
  questionId: z.string(),
  text: z.string(),
  createdAt: z.string(),
});
export type AnswerDto = z.infer<typeof answerSchema>;

export const listAnswersQuerySchema = z.object({
  questionId: keySafeId('questionId', 64).optional(),
  pageSize: z.coerce
    .number({ error: 'pageSize must be a whole number' })
    .int('pageSize must be a whole number')
    .min(1, 'pageSize must be at least 1')
    .max(answerPageSizeMax, `pageSize must be at most ${answerPageSizeMax}`)
    .default(10),
  /** The `continuation` of the page before: the answers after it follow. */
  continuation: keySafeId('continuation', 64).optional(),
});
export type ListAnswersQuery = z.infer<typeof listAnswersQuerySchema>;

/** A page of the answers a check may show, without authors, all with the check's time. */
export const answersPageSchema = z.object({
  answers: z.array(answerSchema),
  /** Null on the last page. */
  continuation: z.string().nullable(),
});
export type AnswersPage = z.infer<typeof answersPageSchema>;

// ---- results and history ------------------------------------------------------------------

/** Count per rating value, index 0 = rating 1; as long as the check's scale has points. */
export const distributionSchema = z.array(z.number().int());

export const statementResultSchema = z.object({
  id: z.string(),
  voters: z.number().int(),
  score: z.number().nullable(),
  distribution: distributionSchema.nullable(),
});
export type StatementResultDto = z.infer<typeof statementResultSchema>;

export const resultsResponseSchema = z.object({
  sessionId: z.string(),
  state: sessionStateSchema,
  /** Until the facilitator reveals, scores, distributions and answers are withheld. */
  revealed: z.boolean(),
  /** People who opened this check; `voters` of them rated at least one statement. */
  participants: z.number().int(),
  /** Distinct voters needed before a statement's result is shown. */
  anonymityThreshold: z.number().int(),
  voters: z.number().int(),
  overall: z.number().nullable(),
  statements: z.array(statementResultSchema),
  /**
   * After the reveal, ratings added, changed or erased wait until enough people's changes
   * explain the difference (domain/publication.ts); true while some wait. Never says whose.
   */
  newerRatingsWaiting: z.boolean(),
  /** Answers sent after the reveal wait until at least the threshold of them can appear together. */
  newerAnswersWaiting: z.boolean(),
  /**
   * How many answers may be shown, per question id (none before the reveal). Their texts are
   * paged from GET …/answers, so a results poll stays small however much was written.
   */
  shownAnswers: z.record(z.string(), z.number().int()),
  /** How many answers exist, also before reveal when their texts are withheld. */
  answerCount: z.number().int(),
});
export type ResultsResponse = z.infer<typeof resultsResponseSchema>;

export const teamIdParamsSchema = z.object({ teamId: keySafeId('teamId', 256) });

export const scoreIntervalSchema = z.object({ low: z.number(), high: z.number() });
export const trendSchema = z.enum(['up', 'down', 'within-noise']);

export const historyStatementSchema = z.object({
  id: z.string(),
  pillarId: z.string(),
  voters: z.number().int(),
  score: z.number().nullable(),
  /** 95 % interval of the score (Student's t on the ratings); null while hidden. */
  interval: scoreIntervalSchema.nullable(),
  /** Against the team's previous check; null for the first check or a hidden score. */
  trend: trendSchema.nullable(),
});

export const teamSessionScoresSchema = z.object({
  id: z.string(),
  title: z.string(),
  templateId: z.string(),
  templateVersion: z.number().int(),
  state: sessionStateSchema,
  createdAt: z.string(),
  closedAt: z.string().optional(),
  /**
   * The earlier check the trends compare with: the team's previous check of the same
   * template. Only statements both had (by id) are compared; `templateChanged` says when
   * the template's statements differ between the two, so some were not compared.
   */
  comparedWith: z
    .object({
      sessionId: z.string(),
      templateVersion: z.number().int(),
      sameStatements: z.array(z.string()),
      templateChanged: z.boolean(),
    })
    .nullable(),
  participants: z.number().int(),
  voters: z.number().int(),
  overall: z.number().nullable(),
  overallInterval: scoreIntervalSchema.nullable(),
  /** Ratings of this check that are counted but not shown: publishing them would tell whose they are. */
  unpublishedRatings: z.number().int(),
  trend: trendSchema.nullable(),
  statements: z.array(historyStatementSchema),
});
export type TeamSessionScores = z.infer<typeof teamSessionScoresSchema>;

export const teamScoresQuerySchema = z.object({
  /** Checks started on or after this day (UTC). */
  from: isoDate('from').optional(),
  /** Checks started on or before this day (UTC). */
  to: isoDate('to').optional(),
  format: z.enum(['json', 'csv']).optional(),
});

/** A trend over the team's last closed checks (domain/uncertainty.ts: a line through 6 to 10 of them). */
export const windowTrendSchema = z.object({
  /** "up" or "down" only when the interval of the change excludes 0. */
  trend: trendSchema,
  /** When the window's first check was. */
  since: z.string(),
  checks: z.number().int(),
  /** The line's change from the window's first check to its latest, in points. */
  change: z.number(),
  /** 95 % interval of the change (may be negative). */
  interval: scoreIntervalSchema,
});

/** The window trends of a team's latest closed check, from published scores only. */
export const checkWindowTrendsSchema = z.object({
  /** The latest closed check of the team: the window ends with it. */
  sessionId: z.string(),
  /** Null with fewer than six checks of its template, or no statement every one of them showed. */
  overall: windowTrendSchema.nullable(),
  /** The statements the overall trend is over: those every check of the window showed. */
  overallStatements: z.array(z.string()),
  /** By statement id of the latest check; null where too few checks showed it. */
  statements: z.record(z.string(), windowTrendSchema.nullable()),
});

export const teamScoresResponseSchema = z.object({
  teamId: z.string(),
  teamName: z.string().optional(),
  sessions: z.array(teamSessionScoresSchema),
  /** Over the team's latest checks, whatever the days asked for; null before its first closed check. */
  windowTrends: checkWindowTrendsSchema.nullable(),
});
export type TeamScoresResponse = z.infer<typeof teamScoresResponseSchema>;

// ---- leadership view --------------------------------------------------------------------------

export const teamSharingRequestSchema = z.object({
  shared: z.boolean({ error: 'shared must be true or false' }),
  teamName: id('teamName', 256).optional(),
});
export const teamSharingResponseSchema = z.object({
  teamId: z.string(),
  teamName: z.string().optional(),
  shared: z.boolean(),
});
export type TeamSharingResponse = z.infer<typeof teamSharingResponseSchema>;

/** Columns GET /api/scores sorts by; a statement's column is `statement:<id>`. */
export const leadershipSortColumns = ['team', 'unit', 'overall', 'trend', 'rated', 'latest', 'checks'] as const;
export const leadershipPageSizeMax = 100;

export const leadershipQuerySchema = z.object({
  pillar: keySafeId('pillar', 64).optional(),
  statement: keySafeId('statement', 64).optional(),
  /** Part of a team's name; case and accents are ignored. */
  search: id('search', 100).optional(),
  /** `stale`: only teams with no check in the last `staleAfterDays` days (or none at all). */
  coverage: z.enum(['stale'], { error: 'coverage must be stale' }).optional(),
  sort: z
    .string()
    .refine((sort) => (leadershipSortColumns as readonly string[]).includes(sort) || /^statement:[^/\\#?|\u0000-\u001f]{1,64}$/.test(sort), {
      error: `sort must be one of ${leadershipSortColumns.join(', ')} or statement:<id>`,
    })
    .default('team'),
  direction: z.enum(['asc', 'desc'], { error: 'direction must be asc or desc' }).default('asc'),
  /** `unit`: teams ordered by the organisational unit an admin gave them, with each unit's figures. */
  groupBy: z.enum(['unit'], { error: 'groupBy must be unit' }).optional(),
  pageSize: z.coerce.number({ error: 'pageSize must be a number' }).int('pageSize must be a whole number').min(1).max(leadershipPageSizeMax).default(25),
  /** The `continuation` of the page before, with the same filters and order. */
  continuation: keySafeId('continuation', 1000).optional(),
});
export type LeadershipQuery = z.infer<typeof leadershipQuerySchema>;

export const leadershipTeamSchema = z.object({
  teamId: z.string(),
  teamName: z.string().optional(),
  /** The organisational unit an admin tagged the team with. */
  unit: z.string().optional(),
  checks: z.number().int(),
  latest: teamSessionScoresSchema.nullable(),
  previous: teamSessionScoresSchema.nullable(),
  /** The latest check's trends over the team's last checks (statements of the pillar asked for). */
  windowTrends: checkWindowTrendsSchema.nullable(),
});

/** A group's figure: pooled only from shown figures of shown teams (domain/leadershipDisclosure.ts). */
export const leadershipGroupFigureSchema = z.object({
  score: z.number().nullable(),
  teams: z.number().int(),
  voters: z.number().int(),
  /** Teams of the group whose figure here is hidden below the threshold, so not pooled. */
  leftOut: z.number().int(),
  withheld: z.enum(['nothing-shown', 'below-threshold']).nullable(),
});
export const leadershipGroupSchema = z.object({
  unit: z.string().nullable(),
  teams: z.number().int(),
  overall: leadershipGroupFigureSchema,
  statements: z.record(z.string(), leadershipGroupFigureSchema),
});
export type LeadershipGroup = z.infer<typeof leadershipGroupSchema>;

/** The spread of team scores on one statement, from shown figures only (domain/statementSpread.ts). */
export const leadershipSpreadSchema = z.object({
  /** Teams with a shown figure for the statement; the figures below are null when none. */
  teams: z.number().int(),
  min: z.number().nullable(),
  /** Quartiles by linear interpolation between closest ranks (Excel's QUARTILE.INC). */
  lowerQuartile: z.number().nullable(),
  median: z.number().nullable(),
  upperQuartile: z.number().nullable(),
  max: z.number().nullable(),
});
export type LeadershipSpread = z.infer<typeof leadershipSpreadSchema>;

export const leadershipResponseSchema = z.object({
  /** One page of the teams that share and match the filters. */
  teams: z.array(leadershipTeamSchema),
  /** How many teams match, over all pages. */
  total: z.number().int(),
  continuation: z.string().nullable(),
  /** The statements the matching teams show, over all pages: the grid's columns. */
  statementIds: z.array(z.string()),
  /** Figures per organisational unit over all matching teams, when `groupBy=unit`; else null. */
  groups: z.array(leadershipGroupSchema).nullable(),
  /** Per statement of `statementIds`, the spread of the matching teams' scores over all pages. */
  spread: z.record(z.string(), leadershipSpreadSchema),
  staleAfterDays: z.number().int(),
});
export type LeadershipResponse = z.infer<typeof leadershipResponseSchema>;

/** The organisation's trend by month: the same teams as the grid with the same filters. */
export const organisationTrendQuerySchema = leadershipQuerySchema
  .pick({ pillar: true, statement: true, search: true, coverage: true })
  .extend({ format: z.enum(['json', 'csv'], { error: 'format must be json or csv' }).optional() });
export type OrganisationTrendQuery = z.infer<typeof organisationTrendQuerySchema>;

export const organisationMonthSchema = z.object({
  /** `YYYY-MM`, UTC. */
  month: z.string(),
  /** Teams with a published figure that month. */
  teams: z.number().int(),
  overall: leadershipGroupFigureSchema,
  statements: z.record(z.string(), leadershipGroupFigureSchema),
});
export type OrganisationMonth = z.infer<typeof organisationMonthSchema>;

export const organisationTrendResponseSchema = z.object({
  /** The last twelve months, oldest first, the current one included. */
  months: z.array(organisationMonthSchema),
  /** The statements the matching teams show. */
  statementIds: z.array(z.string()),
  /** Teams that match the filters. */
  teams: z.number().int(),
});
export type OrganisationTrendResponse = z.infer<typeof organisationTrendResponseSchema>;

/** An admin tags a team with its organisational unit (null removes it). */
export const teamUnitRequestSchema = z.object({ unit: keySafeId('unit', 100).nullable() });
export const teamUnitResponseSchema = z.object({ teamId: z.string(), unit: z.string().nullable() });
export type TeamUnitResponse = z.infer<typeof teamUnitResponseSchema>;

export const healthResponseSchema = z.object({ status: z.literal('ok') });

// ---- local development identity -----------------------------------------------------------

// ---- erasure --------------------------------------------------------------------------------

export const userIdParamsSchema = z.object({ userId: keySafeId('userId', 128) });

export const erasureResponseSchema = z.object({
  deleted: z.object({
    sessions: z.number().int(),
    votes: z.number().int(),
    answers: z.number().int(),
    participants: z.number().int(),
    actions: z.number().int(),
    summaries: z.number().int(),
    registerEntries: z.number().int(),
    templates: z.number().int(),
  }),
});
export type ErasureResponse = z.infer<typeof erasureResponseSchema>;

export const devTokenRequestSchema = z.object({
  userId: keySafeId('userId'),
  name: id('name', 200),
  tenantId: keySafeId('tenantId'),
  /** App roles to put in the token, e.g. CustomerPulse.Admin, to try admin features locally. */
  roles: z.array(id('roles', 64)).max(10).optional(),
  /** Team (Microsoft 365 group) ids the user is in: the token's `groups` claim, as Entra emits it. */
  groups: z.array(keySafeId('groups', 256)).max(500).optional(),
  /** Chat ids the user is in: not in the token (Entra has no such claim), only the local Graph's members lists. */
  chats: z.array(keySafeId('chats', 256)).max(100).optional(),
  /** Leave the groups out as Entra does past 200 groups (`_claim_names`), so the API must ask Graph. */
  groupsOverage: z.boolean().optional(),
});
export type DevTokenRequest = z.infer<typeof devTokenRequestSchema>;

export const devTokenResponseSchema = z.object({ token: z.string() });
