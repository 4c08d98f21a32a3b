/**
 * How far apart the teams are on each statement, for the leadership view: over every team
 * that matches the filters (not only the page), the lowest and highest team score, the
 * quartiles and the median of the teams' latest figures.
 *
 * Only shown figures count, the rule of every aggregate of the view
 * (domain/leadershipDisclosure.ts): a team that does not share is not among the teams at all,
 * and a statement fewer than the threshold rated has no score to count. Every number here is
 * then one shown team figure (the minimum, the maximum, a median of an odd count) or a
 * weighted mean of two of them, so the spread tells nothing a leader could not read off the
 * grid's pages, and nothing about a hidden figure.
 *
 * Each team counts once, whatever its size: the spread is of teams, not of people (a group's
 * pooled figure is the one weighted by voters).
 */
import { canShowResult, type AnonymityPolicy } from './anonymity.ts';
import type { TeamFigures } from './leadershipDisclosure.ts';
import { roundToTenth } from './scoring.ts';

export interface StatementSpread {
  /** Teams with a shown figure for the statement. */
  teams: number;
  /** All null when no team has a shown figure. */
  min: number | null;
  lowerQuartile: number | null;
  median: number | null;
  upperQuartile: number | null;
  max: number | null;
}

/**
 * Per statement of `statementIds`, the spread of the teams' latest shown figures. Give it
 * shown teams only (`shownTeams`, then any filters); it re-asks the threshold of each figure.
 */
export function statementSpreads(
  teams: readonly TeamFigures[],
  statementIds: readonly string[],
  policy: AnonymityPolicy,
): Record<string, StatementSpread> {
  // One pass, O(teams × statements): every page asks it of all matching teams, 2,000 in a large company.
  const scores = new Map(statementIds.map((id) => [id, [] as number[]]));
  for (const team of teams) {
    for (const statement of team.latest?.statements ?? []) {
      if (statement.score !== null && canShowResult(statement.voters, policy)) scores.get(statement.id)?.push(statement.score);
    }
  }
  return Object.fromEntries(statementIds.map((id) => [id, spreadOf(scores.get(id)!)]));
}

/** Min, quartiles, median and max of some scores (any order), each rounded to a tenth. */
export function spreadOf(scores: readonly number[]): StatementSpread {
  if (scores.length === 0) return { teams: 0, min: null, lowerQuartile: null, median: null, upperQuartile: null, max: null };
  const sorted = [...scores].sort((a, b) => a - b);
  return {
    teams: sorted.length,
    min: roundToTenth(sorted[0]!),
    lowerQuartile: roundToTenth(quantile(sorted, 0.25)),
    median: roundToTenth(quantile(sorted, 0.5)),
    upperQuartile: roundToTenth(quantile(sorted, 0.75)),
    max: roundToTenth(sorted[sorted.length - 1]!),
  };
}

/**
 * The p-quantile of sorted values by linear interpolation between the closest ranks: position
 * (n − 1) × p, counted from 0, between the two values around it (Hyndman and Fan's type 7, the
 * default of R and NumPy and Excel's QUARTILE.INC). Chosen because it needs no convention for
 * small n (one value is all its quartiles; two give the quarter points between them) and a
 * leader's spreadsheet gives the same numbers from the CSV.
 */
export function quantile(sorted: readonly number[], p: number): number {
  const position = (sorted.length - 1) * p;
  const below = Math.floor(position);
  const above = Math.min(below + 1, sorted.length - 1);
  return sorted[below]! + (sorted[above]! - sorted[below]!) * (position - below);
}
