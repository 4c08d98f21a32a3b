import { describe, expect, it } from 'vitest';
import { heatMapCells, hiddenValue, type HeatMapTeam } from './heatMapCells.ts';

const team = (name: string, statements: { id: string; score: number | null; interval?: { low: number; high: number } | null }[]) =>
  ({
    teamId: name,
    name,
    checks: 1,
    latest: { statements: statements.map((statement) => ({ pillarId: 'p', voters: 4, interval: null, trend: null, ...statement })) },
    previous: null,
    windowTrends: null,
  }) as unknown as HeatMapTeam;

describe('heat map cells', () => {
  it('read the score and its noise as text, and a hidden figure as a dash of its own colour', () => {
    const cells = heatMapCells(
      [team('Atlas', [{ id: 'contact', score: 72.5, interval: { low: 64.4, high: 80.6 } }, { id: 'trust', score: null }]), team('Beacon', [{ id: 'trust', score: 40 }])],
      ['contact', 'trust'],
      (value) => String(value),
    );
    expect(cells.map(({ x, y, text, value }) => [y, x, text, value])).toEqual([
      ['t0000', 's000', '72.5 ±8.1', 72.5],
      ['t0000', 's001', '–', hiddenValue],
      // Beacon's check did not ask the first statement: no cell rather than a hidden one.
      ['t0001', 's001', '40', 40],
    ]);
  });
});
