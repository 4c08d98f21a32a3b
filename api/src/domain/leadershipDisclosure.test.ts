import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { anonymityPolicy } from './anonymity.ts';
import { groupAggregates, shownTeams } from './leadershipDisclosure.ts';
import { leadershipPage, type LeadershipQuery, type LeadershipRow, type SortKey } from './leadershipQuery.ts';

const policy = anonymityPolicy(3);
const now = new Date('2026-12-03T12:00:00.000Z');
const statementIds = ['a', 'b', 'c'];

function team(teamId: string, shared: boolean, unit: string | undefined, figures: [number, number | null][], createdAt = '2026-11-30T09:00:00.000Z'): LeadershipRow {
  const statements = figures.map(([voters, score], index) => ({ id: statementIds[index]!, pillarId: index < 2 ? 'p1' : 'p2', voters, score, interval: null, trend: null }));
  const voters = Math.max(...figures.map(([v]) => v));
  return { teamId, teamName: `Team ${teamId}`, shared, unit, checks: 1, previous: null, latest: { voters, overall: 50, createdAt, statements } };
}

describe('shownTeams', () => {
  it('lists only teams that share and hides every figure fewer than the threshold rated', () => {
    const shown = shownTeams([team('1', true, 'Sales', [[5, 60], [2, 90], [3, 40]]), team('2', false, 'Sales', [[9, 70], [9, 70], [9, 70]])], policy);
    expect(shown.map((row) => row.teamId)).toEqual(['1']);
    expect(shown[0]!.latest!.statements.map((s) => s.score)).toEqual([60, null, 40]);
  });
});

describe('groupAggregates', () => {
  it('pools shown figures only, weighted by voters, and says how many teams it left out', () => {
    const teams = shownTeams(
      [team('1', true, 'Sales', [[4, 60], [2, 10], [3, 40]]), team('2', true, 'Sales', [[6, 80], [5, 70], [3, 50]]), team('3', false, 'Sales', [[9, 0], [9, 0], [9, 0]])],
      policy,
    );
    const [sales] = groupAggregates(teams, statementIds, policy);
    expect(sales!.teams).toBe(2);
    expect(sales!.statements.a).toEqual({ score: 72, teams: 2, voters: 10, leftOut: 0, withheld: null });
    // Team 1's "b" (2 voters) is hidden: the group's "b" is team 2's alone, never 2 × 10 + 5 × 70 over 7.
    expect(sales!.statements.b).toEqual({ score: 70, teams: 1, voters: 5, leftOut: 1, withheld: null });
  });

  it('withholds a group figure with nothing shown to pool', () => {
    const [group] = groupAggregates(shownTeams([team('1', true, 'Ops', [[2, 60], [2, 60], [2, 60]])], policy), statementIds, policy);
    expect(group!.statements.a).toEqual({ score: null, teams: 0, voters: 0, leftOut: 1, withheld: 'nothing-shown' });
  });
});

/** Random teams: voters 0–8 per statement (below 3 is hidden), random sharing and units. */
const teamsArbitrary = fc.array(
  fc.record({
    shared: fc.boolean(),
    unit: fc.constantFrom(undefined, 'Sales', 'Ops', 'R&D'),
    name: fc.constantFrom('Alpha', 'Beta', 'Gamma', 'Delta', 'Alpine'),
    stale: fc.boolean(),
    figures: fc.tuple(
      ...statementIds.map(() => fc.tuple(fc.integer({ min: 0, max: 8 }), fc.integer({ min: 0, max: 1000 }).map((n) => n / 10))),
    ),
  }),
  { minLength: 1, maxLength: 8 },
);

const queryArbitrary: fc.Arbitrary<LeadershipQuery> = fc.record({
  pillar: fc.constantFrom(undefined, 'p1', 'p2'),
  statement: fc.constantFrom(undefined, 'a', 'c'),
  search: fc.constantFrom(undefined, 'al', 'beta', 'x'),
  coverage: fc.constantFrom(undefined, 'stale' as const),
  sort: fc.constantFrom('team' as const, 'overall' as const, 'statement:a' as const, 'unit' as const),
  direction: fc.constantFrom('asc' as const, 'desc' as const),
  groupBy: fc.constantFrom(undefined, 'unit' as const),
  pageSize: fc.integer({ min: 1, max: 10 }),
});

type GeneratedTeam = typeof teamsArbitrary extends fc.Arbitrary<infer T> ? T : never;

function rowsOf(generated: GeneratedTeam): LeadershipRow[] {
  return generated.map((t, index) => ({
    ...team(String(index), t.shared, t.unit, t.figures.map(([voters, score]) => [voters, score]), t.stale ? '2026-08-01T09:00:00.000Z' : '2026-11-30T09:00:00.000Z'),
    teamName: `${t.name} ${index}`,
  }));
}

/** Everything a leader can read for these queries: every page of each, with the groups and the spread per statement. */
function everythingShown(rows: LeadershipRow[], queries: LeadershipQuery[]): string {
  return JSON.stringify(
    queries.map((query) => {
      const pages = [];
      let after: SortKey | undefined;
      do {
        const page = leadershipPage(rows, query, { now, policy, after });
        pages.push(page);
        after = page.after ?? undefined;
      } while (after);
      return pages;
    }),
  );
}

describe('no subtraction (property)', () => {
  it('changing any hidden figure changes nothing shown, under any filters and groupings together', () => {
    fc.assert(
      fc.property(
        teamsArbitrary,
        fc.array(queryArbitrary, { minLength: 1, maxLength: 4 }),
        fc.integer({ min: 0, max: 1000 }).map((n) => n / 10),
        (generated, queries, other) => {
          const rows = rowsOf(generated);
          const before = everythingShown(rows, queries);
          // Every hidden figure: all of a team that does not share, and a statement fewer than 3 rated.
          rows.forEach((row, t) => {
            row.latest!.statements.forEach((statement, s) => {
              if (row.shared && statement.voters >= policy.threshold) return;
              const changed = rows.map((r) => structuredClone(r));
              changed[t]!.latest!.statements[s]!.score = other;
              if (!row.shared) {
                changed[t]!.latest!.statements[s]!.voters = (statement.voters + 3) % 9;
                changed[t]!.latest!.overall = other;
              }
              expect(everythingShown(changed, queries)).toBe(before);
            });
          });
        },
      ),
      { numRuns: 150 },
    );
  });

  it('a group figure is the voter-weighted mean of its shown teams’ shown figures, so group minus teams is never a hidden one', () => {
    fc.assert(
      fc.property(teamsArbitrary, (generated) => {
        const rows = shownTeams(rowsOf(generated), policy);
        for (const group of groupAggregates(rows, statementIds, policy)) {
          for (const id of statementIds) {
            const members = rows.filter((row) => (row.unit ?? null) === group.unit);
            const figures = members.map((row) => row.latest!.statements.find((s) => s.id === id)!).filter((s) => s.score !== null);
            const voters = figures.reduce((sum, s) => sum + s.voters, 0);
            const figure = group.statements[id]!;
            expect(figure.voters).toBe(voters);
            expect(figure.leftOut).toBe(members.length - figures.length);
            // Shown to a tenth: the rounding is the only difference.
            if (figures.length > 0) expect(Math.abs(figure.score! - figures.reduce((sum, s) => sum + s.score! * s.voters, 0) / voters)).toBeLessThanOrEqual(0.05 + 1e-9);
          }
        }
      }),
    );
  });

  it('a team’s statement below the threshold leaves its group’s figure as it is, whatever it was', () => {
    const rows = rowsOf([{ shared: true, unit: 'Sales', name: 'Alpha', stale: false, figures: [[2, 10], [5, 50], [5, 50]] }]);
    const shown = everythingShown(rows, [{ sort: 'team', direction: 'asc', groupBy: 'unit', pageSize: 5 }]);
    rows[0]!.latest!.statements[0]!.score = 90;
    expect(everythingShown(rows, [{ sort: 'team', direction: 'asc', groupBy: 'unit', pageSize: 5 }])).toBe(shown);
  });
});

describe('leadershipPage', () => {
  const rows = Array.from({ length: 7 }, (_, index) => ({ ...team(String(index), true, index % 2 ? 'Ops' : 'Sales', [[5, 10 * index], [5, 50], [5, 50]]), teamName: `Team ${String.fromCharCode(71 - index)}` }));

  it('pages every matching team once, in order, with the total on every page', () => {
    const seen: string[] = [];
    let after: SortKey | undefined;
    do {
      const page = leadershipPage(rows, { sort: 'statement:a', direction: 'desc', pageSize: 3 }, { now, policy, after });
      expect(page.total).toBe(7);
      seen.push(...page.teams.map((row) => row.teamId));
      after = page.after ?? undefined;
    } while (after);
    expect(seen).toEqual(['6', '5', '4', '3', '2', '1', '0']);
  });

  it('groups by unit first, searches names without case or accents, and finds teams without a recent check', () => {
    const grouped = leadershipPage(rows, { sort: 'team', direction: 'asc', groupBy: 'unit', pageSize: 10 }, { now, policy });
    expect(grouped.teams.map((row) => row.unit)).toEqual(['Ops', 'Ops', 'Ops', 'Sales', 'Sales', 'Sales', 'Sales']);
    expect(grouped.groups!.map((group) => [group.unit, group.teams])).toEqual([['Ops', 3], ['Sales', 4]]);
    const searched = leadershipPage([{ ...rows[0]!, teamName: 'Équipe Nord' }, ...rows.slice(1)], { search: 'equipe', sort: 'team', direction: 'asc', pageSize: 10 }, { now, policy });
    expect(searched.teams.map((row) => row.teamName)).toEqual(['Équipe Nord']);
    const stale = [{ ...rows[0]!, latest: { ...rows[0]!.latest!, createdAt: '2026-09-01T09:00:00.000Z' } }, { ...rows[1]!, latest: null }, ...rows.slice(2)];
    expect(leadershipPage(stale, { coverage: 'stale', sort: 'team', direction: 'asc', pageSize: 10 }, { now, policy }).teams.map((row) => row.teamId).sort()).toEqual(['0', '1']);
  });
});
