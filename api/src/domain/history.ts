/**
 * A check as the team's history keeps it: scores with their noise, computed once when the
 * check closes, so reading five years of history never rescans votes.
 */
import type { AnonymityPolicy } from './anonymity.ts';
import { ratingToPoints, roundToTenth, scoreSession, type CastVote, type Distribution, type SessionScores } from './scoring.ts';
import type { Session } from './session.ts';
import type { Template } from './templates.ts';
import { distributionInterval, meanInterval, trendBetween, type ScoreInterval, type Trend } from './uncertainty.ts';

export interface StatementSummary {
  id: string;
  pillarId: string;
  voters: number;
  score: number | null;
  interval: ScoreInterval | null;
  distribution: Distribution | null;
}

export interface CheckSummary {
  sessionId: string;
  title: string;
  templateId: string;
  /** The template version the check ran; summaries written before versions existed read as 1. */
  templateVersion: number;
  state: Session['state'];
  createdAt: string;
  closedAt?: string;
  participants: number;
  voters: number;
  overall: number | null;
  overallInterval: ScoreInterval | null;
  statements: StatementSummary[];
  /** Ratings that could not be published without telling someone's (domain/publication.ts). */
  unpublishedRatings?: number;
}

export function summarizeCheck(
  session: Session,
  template: Template,
  votes: readonly CastVote[],
  participants: number,
  policy: AnonymityPolicy,
): CheckSummary {
  const scores = scoreSession(template, votes, policy);
  const shown = new Set(scores.statements.filter((s) => s.score !== null).map((s) => s.id));
  const overallInterval =
    scores.overall === null ? null : meanInterval(voterMeans(votes, shown, template.scale.points), scores.overall);
  return summaryOf(session, template, scores, participants, overallInterval);
}

/**
 * The summary of a check whose latest ratings are not all published (domain/publication.ts):
 * only the published distributions count. Without the votes behind them the overall interval
 * is the conservative one of `overallOver`, and the held-back ratings are counted, not shown.
 */
export function summarizePublished(
  session: Session,
  template: Template,
  scores: SessionScores,
  participants: number,
  unpublishedRatings: number,
): CheckSummary {
  const summary = summaryOf(session, template, scores, participants, null);
  const { interval } = overallOver(summary, summary.statements.map((statement) => statement.id));
  return { ...summary, overallInterval: interval, unpublishedRatings };
}

function summaryOf(
  session: Session,
  template: Template,
  scores: SessionScores,
  participants: number,
  overallInterval: ScoreInterval | null,
): CheckSummary {
  const pillarOf = new Map(template.statements.map((statement) => [statement.id, statement.pillarId]));
  return {
    sessionId: session.id,
    title: session.title,
    templateId: session.templateId,
    templateVersion: session.templateVersion,
    state: session.state,
    createdAt: session.createdAt,
    closedAt: session.closedAt,
    participants: Math.max(participants, scores.voters),
    voters: scores.voters,
    overall: scores.overall,
    overallInterval,
    statements: scores.statements.map((statement) => ({
      ...statement,
      pillarId: pillarOf.get(statement.id) ?? '',
      interval: statement.distribution ? distributionInterval(statement.distribution) : null,
    })),
  };
}

/** Each voter's mean points over the statements that are shown. */
function voterMeans(votes: readonly CastVote[], shownStatements: ReadonlySet<string>, scalePoints: number): number[] {
  const byVoter = new Map<string, number[]>();
  for (const vote of votes) {
    if (!shownStatements.has(vote.statementId)) continue;
    const points = byVoter.get(vote.voterKey) ?? [];
    points.push(ratingToPoints(vote.rating, scalePoints));
    byVoter.set(vote.voterKey, points);
  }
  return [...byVoter.values()].map((points) => roundToTenth(points.reduce((a, b) => a + b, 0) / points.length));
}

export interface CheckTrends {
  overall: Trend | null;
  statements: Record<string, Trend | null>;
  /** What the trends compare with; null for the team's first check of the template. */
  comparedWith: {
    sessionId: string;
    templateVersion: number;
    /** Statements both checks had (by id): only these have trends. */
    sameStatements: string[];
    /** The two checks' statements differ, so the overall trend is over `sameStatements` only. */
    templateChanged: boolean;
  } | null;
}

export const noTrends: CheckTrends = { overall: null, statements: {}, comparedWith: null };

/**
 * Trends of a check against an earlier one of the same template. Only the same statement (by
 * id) compares: a statement added or dropped by a template edit has no trend. When the
 * statements differ, the overall trend compares the two checks' scores over the shared
 * statements only, so a dropped weak statement does not read as an improvement.
 */
export function trendsAgainst(previous: CheckSummary | undefined, current: CheckSummary): CheckTrends {
  if (!previous) return noTrends;
  const before = new Map(previous.statements.map((statement) => [statement.id, statement]));
  const sameStatements = current.statements.filter((statement) => before.has(statement.id)).map((statement) => statement.id);
  const templateChanged = sameStatements.length !== current.statements.length || sameStatements.length !== before.size;
  const overall = templateChanged
    ? trendBetween(overallOver(previous, sameStatements), overallOver(current, sameStatements))
    : trendBetween(
        { score: previous.overall, interval: previous.overallInterval },
        { score: current.overall, interval: current.overallInterval },
      );
  return {
    overall,
    statements: Object.fromEntries(
      current.statements.map((statement) => {
        const earlier = before.get(statement.id);
        return [statement.id, earlier ? trendBetween(earlier, statement) : null];
      }),
    ),
    comparedWith: { sessionId: previous.sessionId, templateVersion: previous.templateVersion, sameStatements, templateChanged },
  };
}

/**
 * A check's overall score over some of its statements: the mean of those shown. Summaries
 * keep no votes, so the voter-level interval cannot be recomputed for the subset; its
 * half-width is taken as the mean of the statements' half-widths, which is never narrower
 * than the true one (the spread of a mean is at most the mean of the spreads), so a trend
 * it calls real is real.
 */
export function overallOver(
  summary: CheckSummary,
  statementIds: readonly string[],
): { score: number | null; interval: ScoreInterval | null } {
  const ids = new Set(statementIds);
  const shown = summary.statements.filter((statement) => ids.has(statement.id) && statement.score !== null);
  if (shown.length === 0) return { score: null, interval: null };
  const mean = (values: number[]) => values.reduce((sum, value) => sum + value, 0) / values.length;
  const score = roundToTenth(mean(shown.map((statement) => statement.score!)));
  const halfWidth = mean(shown.map(({ interval }) => (interval ? (interval.high - interval.low) / 2 : 0)));
  return {
    score,
    interval: { low: roundToTenth(Math.max(0, score - halfWidth)), high: roundToTenth(Math.min(100, score + halfWidth)) },
  };
}
