/**
 * Scoring of ratings on the 5-point 👎…👍 scale.
 * A rating r maps to (r - 1) * 25, so 1 → 0, 3 → 50, 5 → 100; a statement's score is the mean.
 */
import { canShowResult, type AnonymityPolicy } from './anonymity.ts';
import type { Template } from './templates.ts';

export const ratingValues = [1, 2, 3, 4, 5] as const;
export type Rating = (typeof ratingValues)[number];

export function isRating(value: unknown): value is Rating {
  return typeof value === 'number' && (ratingValues as readonly number[]).includes(value);
}

export function ratingToPoints(rating: Rating): number {
  return (rating - 1) * 25;
}

/** Count of ratings per value, index 0 = rating 1 … index 4 = rating 5. */
export type Distribution = [number, number, number, number, number];

export function emptyDistribution(): Distribution {
  return [0, 0, 0, 0, 0];
}

export function distributionOf(ratings: Iterable<Rating>): Distribution {
  const distribution = emptyDistribution();
  for (const rating of ratings) addRating(distribution, rating);
  return distribution;
}

function addRating(distribution: Distribution, rating: Rating): void {
  distribution[rating - 1] = (distribution[rating - 1] ?? 0) + 1;
}

export function votersIn(distribution: Distribution): number {
  return distribution.reduce((sum, count) => sum + count, 0);
}

/** Mean of the 0–100 points, rounded to one decimal; null when nobody rated. */
export function scoreOf(distribution: Distribution): number | null {
  const voters = votersIn(distribution);
  if (voters === 0) return null;
  const points = distribution.reduce(
    (sum, count, index) => sum + count * ratingToPoints((index + 1) as Rating),
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
  template: Pick<Template, 'statements'>,
  votes: Iterable<CastVote>,
  policy: AnonymityPolicy,
): SessionScores {
  const byStatement = new Map<string, Distribution>(
    template.statements.map((statement) => [statement.id, emptyDistribution()]),
  );
  const voterKeys = new Set<string>();
  for (const vote of votes) {
    const distribution = byStatement.get(vote.statementId);
    if (!distribution) continue; // a statement no longer in the template
    addRating(distribution, vote.rating);
    voterKeys.add(vote.voterKey);
  }
  const statements = template.statements.map((statement) =>
    statementResult(statement.id, byStatement.get(statement.id) ?? emptyDistribution(), policy),
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
  return { id, voters, score: scoreOf(distribution), distribution: [...distribution] as Distribution };
}

export function overallOf(statements: readonly StatementResult[]): number | null {
  const shown = statements.flatMap((statement) => (statement.score === null ? [] : [statement.score]));
  if (shown.length === 0) return null;
  return roundToTenth(shown.reduce((sum, score) => sum + score, 0) / shown.length);
}
