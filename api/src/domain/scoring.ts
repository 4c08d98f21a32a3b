/**
 * Scoring of ratings on a template's scale of 2 to 7 points.
 * A rating r of a scale with p points maps to (r - 1) * 100 / (p - 1), so the lowest rating is
 * 0 and the highest 100 on every scale (on 5 points: 1 → 0, 3 → 50, 5 → 100; on 3 points:
 * 1 → 0, 2 → 50, 3 → 100); a statement's score is the mean.
 */
import { canShowResult, type AnonymityPolicy } from './anonymity.ts';
import type { RatingScale, Template } from './templates.ts';

/** The largest scale has 7 points; each check's own scale says how far its ratings go. */
export const ratingValues = [1, 2, 3, 4, 5, 6, 7] as const;
export type Rating = (typeof ratingValues)[number];

export function isRating(value: unknown, points: number = ratingValues.length): value is Rating {
  return typeof value === 'number' && Number.isInteger(value) && value >= 1 && value <= points;
}

export function ratingToPoints(rating: Rating, points: number): number {
  return ((rating - 1) * 100) / (points - 1);
}

/** Count of ratings per value, index 0 = rating 1; as long as the scale has points. */
export type Distribution = number[];

export function emptyDistribution(points: number): Distribution {
  return Array.from({ length: points }, () => 0);
}

export function distributionOf(ratings: Iterable<Rating>, points: number): Distribution {
  const distribution = emptyDistribution(points);
  for (const rating of ratings) addRating(distribution, rating);
  return distribution;
}

/** A rating outside the scale (never stored, the vote handler refuses it) is left out. */
function addRating(distribution: Distribution, rating: Rating): boolean {
  if (!isRating(rating, distribution.length)) return false;
  distribution[rating - 1] = (distribution[rating - 1] ?? 0) + 1;
  return true;
}

export function votersIn(distribution: Distribution): number {
  return distribution.reduce((sum, count) => sum + count, 0);
}

/** Mean of the 0–100 points, rounded to one decimal; null when nobody rated. The scale is the distribution's length. */
export function scoreOf(distribution: Distribution): number | null {
  const voters = votersIn(distribution);
  if (voters === 0) return null;
  const points = distribution.reduce(
    (sum, count, index) => sum + count * ratingToPoints((index + 1) as Rating, distribution.length),
    0,
  );
  return roundToTenth(points / voters);
}

export function roundToTenth(value: number): number {
  return Math.round(value * 10) / 10;
}

export interface StatementResult {
  id: string;
  voters: number;
  /** null while fewer than the anonymity threshold have rated this statement. */
  score: number | null;
  distribution: Distribution | null;
}

export interface SessionScores {
  /** Distinct people who rated at least one statement. */
  voters: number;
  /** Mean of the statement scores that are shown; null when none is shown. */
  overall: number | null;
  statements: StatementResult[];
}

export interface CastVote {
  voterKey: string;
  statementId: string;
  rating: Rating;
}

/**
 * Scores a session from its votes. Statements below the anonymity threshold show only their
 * voter count, and they do not feed the overall score either: otherwise the overall score
 * would leak the hidden ratings.
 */
export function scoreSession(
  template: Pick<Template, 'statements'> & { scale: Pick<RatingScale, 'points'> },
  votes: Iterable<CastVote>,
  policy: AnonymityPolicy,
): SessionScores {
  const { points } = template.scale;
  const byStatement = new Map<string, Distribution>(
    template.statements.map((statement) => [statement.id, emptyDistribution(points)]),
  );
  const voterKeys = new Set<string>();
  for (const vote of votes) {
    const distribution = byStatement.get(vote.statementId);
    if (!distribution) continue; // a statement not in this check's template version
    if (addRating(distribution, vote.rating)) voterKeys.add(vote.voterKey);
  }
  const statements = template.statements.map((statement) =>
    statementResult(statement.id, byStatement.get(statement.id) ?? emptyDistribution(points), policy),
  );
  return { voters: voterKeys.size, overall: overallOf(statements), statements };
}

export function statementResult(
  id: string,
  distribution: Distribution,
  policy: AnonymityPolicy,
): StatementResult {
  const voters = votersIn(distribution);
  if (!canShowResult(voters, policy)) return { id, voters, score: null, distribution: null };
  return { id, voters, score: scoreOf(distribution), distribution: [...distribution] };
}

export function overallOf(statements: readonly StatementResult[]): number | null {
  const shown = statements.flatMap((statement) => (statement.score === null ? [] : [statement.score]));
  if (shown.length === 0) return null;
  return roundToTenth(shown.reduce((sum, score) => sum + score, 0) / shown.length);
}
