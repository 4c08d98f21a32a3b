import { describe, expect, it } from 'vitest';
import { anonymityPolicy } from './anonymity.ts';
import { shownTeams } from './leadershipDisclosure.ts';
import { leadershipPage, type LeadershipRow } from './leadershipQuery.ts';
import { quantile, spreadOf, statementSpreads } from './statementSpread.ts';

const policy = anonymityPolicy(3);
const now = new Date('2026-12-03T12:00:00.000Z');

/** A team whose latest check rated statement `a` (and `b`, when given) with these voters and scores. */
function team(teamId: string, a: [number, number | null], shared = true, b?: [number, number | null]) {
  const figure = (id: string, [voters, score]: [number, number | null]) => ({ id, pillarId: 'p1', voters, score, interval: null, trend: null });
  const statements = [figure('a', a), ...(b ? [figure('b', b)] : [])];
  return {
    teamId,
    teamName: `Team ${teamId}`,
    shared,
    checks: 1,
    previous: null,
    latest: { voters: 9, overall: 50, createdAt: '2026-11-30T09:00:00.000Z', statements },
  } satisfies LeadershipRow;
}

describe('quantile (linear between closest ranks)', () => {
  it('gives the quarter points of hand-worked series', () => {
    // 10, 20, 30, 40: positions 0.75, 1.5, 2.25 → 17.5, 25, 32.5.
    expect([0.25, 0.5, 0.75].map((p) => quantile([10, 20, 30, 40], p))).toEqual([17.5, 25, 32.5]);
    // Five values: positions 1, 2, 3 fall on values.
    expect([0.25, 0.5, 0.75].map((p) => quantile([40, 50, 60, 70, 100], p))).toEqual([50, 60, 70]);
    expect(quantile([42], 0.25)).toBe(42);
  });
});

describe('spreadOf', () => {
  it('sorts, and rounds every figure to a tenth', () => {
    // Sorted 33.3, 50, 66.7: quartiles at positions 0.5 and 1.5 → 41.65 → 41.7 and 58.35 → 58.4.
    expect(spreadOf([66.7, 33.3, 50])).toEqual({ teams: 3, min: 33.3, lowerQuartile: 41.7, median: 50, upperQuartile: 58.4, max: 66.7 });
    // Two teams: the median halfway, the quartiles a quarter of the way in from each.
    expect(spreadOf([80, 40])).toEqual({ teams: 2, min: 40, lowerQuartile: 50, median: 60, upperQuartile: 70, max: 80 });
  });

  it('is nulls and no teams when nothing is shown', () => {
    expect(spreadOf([])).toEqual({ teams: 0, min: null, lowerQuartile: null, median: null, upperQuartile: null, max: null });
  });
});

describe('statementSpreads', () => {
  it('counts only shown figures: a statement below the threshold and a team that does not share are not among the teams', () => {
    const rows = [team('1', [5, 40], true, [4, 90]), team('2', [3, 60], true, [2, 10]), team('3', [6, 80]), team('4', [9, 0], false, [9, 0])];
    const spread = statementSpreads(shownTeams(rows, policy), ['a', 'b', 'c'], policy);
    expect(spread.a).toEqual({ teams: 3, min: 40, lowerQuartile: 50, median: 60, upperQuartile: 70, max: 80 });
    // Team 2's "b" had 2 voters, team 4 does not share: only team 1's 90 is left.
    expect(spread.b).toEqual({ teams: 1, min: 90, lowerQuartile: 90, median: 90, upperQuartile: 90, max: 90 });
    expect(spread.c!.teams).toBe(0);
  });

  it('re-asks the threshold, so a figure given unmasked below it is still left out', () => {
    expect(statementSpreads([team('1', [2, 10]), team('2', [4, 70])], ['a'], policy).a!.median).toBe(70);
  });

  it('is the same whatever a hidden figure or a team that does not share says', () => {
    const spreadWith = (hidden: number, other: number) =>
      leadershipPage([team('1', [5, 40]), team('2', [2, hidden]), team('3', [7, 55]), team('4', [9, other], false)], { sort: 'team', direction: 'asc', pageSize: 1 }, { now, policy }).spread;
    expect(spreadWith(0, 0)).toEqual({ a: { teams: 2, min: 40, lowerQuartile: 43.8, median: 47.5, upperQuartile: 51.3, max: 55 } });
    expect(spreadWith(100, 100)).toEqual(spreadWith(0, 0));
  });

  it('follows the filters over every page, not only the one asked for', () => {
    const rows = [team('1', [5, 40]), team('2', [5, 60]), team('3', [5, 80])];
    const first = leadershipPage(rows, { sort: 'team', direction: 'asc', pageSize: 1 }, { now, policy });
    expect(first.teams).toHaveLength(1);
    expect(first.spread.a!.teams).toBe(3);
    expect(leadershipPage(rows, { search: 'Team 3', sort: 'team', direction: 'asc', pageSize: 1 }, { now, policy }).spread.a!.median).toBe(80);
  });
});
