import { describe, expect, it } from 'vitest';
import { heatMapCells, type HeatMapTeam } from './heatMapCells.ts';
import { heatMapCsvRows, heatMapTableRows } from './heatMapExport.ts';

const team = (teamId: string, statements: { id: string; score: number | null; interval?: { low: number; high: number } | null }[] | null) =>
  ({
    teamId,
    name: `Team ${teamId}`,
    checks: 1,
    latest: statements && { statements: statements.map((statement) => ({ pillarId: 'p', voters: 4, interval: null, trend: null, ...statement })) },
    previous: null,
    windowTrends: null,
  }) as unknown as HeatMapTeam;

const teams = [
  team('a', [{ id: 'contact', score: 72.5, interval: { low: 64.4, high: 80.6 } }, { id: 'trust', score: null, interval: null }]),
  team('b', [{ id: 'trust', score: 40 }]),
  team('c', null),
];
const cells = heatMapCells(teams, ['contact', 'trust'], String);

describe('the heat map as a table', () => {
  it('keeps every loaded team in order, each with its cells by statement', () => {
    const rows = heatMapTableRows(teams, cells);
    expect(rows.map((row) => [row.teamId, row.checked, [...row.cells.keys()]])).toEqual([
      ['a', true, ['contact', 'trust']],
      ['b', true, ['trust']],
      // No closed check: the row is there, without cells.
      ['c', false, []],
    ]);
    expect(rows[0]!.cells.get('contact')!.text).toBe('72.5 ±8.1');
  });
});

describe('the heat map as CSV', () => {
  it('writes a row per cell with its interval, and a hidden figure only as withheld', () => {
    expect(heatMapCsvRows(cells, (id) => id.toUpperCase())).toEqual([
      ['team_id', 'team', 'statement_id', 'statement', 'score', 'score_low', 'score_high', 'plus_minus', 'withheld'],
      ['a', 'Team a', 'contact', 'CONTACT', 72.5, 64.4, 80.6, 8.1, ''],
      ['a', 'Team a', 'trust', 'TRUST', '', '', '', '', 'below-threshold'],
      ['b', 'Team b', 'trust', 'TRUST', 40, '', '', '', ''],
    ]);
  });
});
