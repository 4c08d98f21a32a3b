/**
 * A check as the team's history keeps it: scores with their noise, computed once when the
 * check closes, so reading five years of history never rescans votes.
 */
import type { AnonymityPolicy } from './anonymity.ts';
import { ratingToPoints, roundToTenth, scoreSession, type CastVote, type Distribution } from './scoring.ts';
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
  state: Session['state'];
  createdAt: string;
  closedAt?: string;
  participants: number;
  voters: number;
  overall: number | null;
  overallInterval: ScoreInterval | null;
  statements: StatementSummary[];
}

export function summarizeCheck(
  session: Session,
  template: Template,
  votes: readonly CastVote[],
  participants: number,
  policy: AnonymityPolicy,
): CheckSummary {
  const scores = scoreSession(template, votes, policy);
  const pillarOf = new Map(template.statements.map((statement) => [statement.id, statement.pillarId]));
  const shown = new Set(scores.statements.filter((s) => s.score !== null).map((s) => s.id));
  return {
    sessionId: session.id,
    title: session.title,
    templateId: session.templateId,
    state: session.state,
    createdAt: session.createdAt,
    closedAt: session.closedAt,
    participants: Math.max(participants, scores.voters),
    voters: scores.voters,
    overall: scores.overall,
    overallInterval: scores.overall === null ? null : meanInterval(voterMeans(votes, shown), scores.overall),
    statements: scores.statements.map((statement) => ({
      ...statement,
      pillarId: pillarOf.get(statement.id) ?? '',
      interval: statement.distribution ? distributionInterval(statement.distribution) : null,
    })),
  };
}

/** Each voter's mean points over the statements that are shown. */
function voterMeans(votes: readonly CastVote[], shownStatements: ReadonlySet<string>): number[] {
  const byVoter = new Map<string, number[]>();
  for (const vote of votes) {
    if (!shownStatements.has(vote.statementId)) continue;
    const points = byVoter.get(vote.voterKey) ?? [];
    points.push(ratingToPoints(vote.rating));
    byVoter.set(vote.voterKey, points);
  }
  return [...byVoter.values()].map((points) => roundToTenth(points.reduce((a, b) => a + b, 0) / points.length));
}

export interface CheckTrends {
  overall: Trend | null;
  statements: Record<string, Trend | null>;
}

/** Trends of a check against the check before it (by statement id: only the same statement compares). */
export function trendsAgainst(previous: CheckSummary | undefined, current: CheckSummary): CheckTrends {
  if (!previous) return { overall: null, statements: {} };
  const before = new Map(previous.statements.map((statement) => [statement.id, statement]));
  return {
    overall: trendBetween(
      { score: previous.overall, interval: previous.overallInterval },
      { score: current.overall, interval: current.overallInterval },
    ),
    statements: Object.fromEntries(
      current.statements.map((statement) => {
        const earlier = before.get(statement.id);
        return [statement.id, earlier ? trendBetween(earlier, statement) : null];
      }),
    ),
  };
}
