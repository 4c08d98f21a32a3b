/**
 * The leadership heat map's cells: one per team and statement of the loaded rows, its colour
 * from the score and its text the score with its noise (± half its 95 % interval), so the
 * value and how sure it is read without colour. A hidden figure is its own grey bucket with a
 * dash, never a colour that could be taken for a score.
 */
import type { NamedTeam } from './namedTeams.ts';

export type HeatMapTeam = NamedTeam;

export interface HeatMapCell {
  /** Row and column keys, `t<index>` and `s<index>`, so the chart keeps the grid's order. */
  readonly x: string;
  readonly y: string;
  /** The score, or -1 for a hidden figure (its own colour). */
  readonly value: number;
  /** What the cell shows: "72.5 ±8.1", or "–" when hidden. */
  readonly text: string;
  readonly score: number | null;
  /** The score's 95 % interval, for the CSV; null when hidden or not known. */
  readonly interval: { readonly low: number; readonly high: number } | null;
  readonly noise: number | null;
  readonly teamId: string;
  readonly teamName: string;
  readonly statementId: string;
}

export const hiddenValue = -1;

export function heatMapCells(
  teams: readonly HeatMapTeam[],
  statementIds: readonly string[],
  formatScore: (value: number) => string,
): HeatMapCell[] {
  return teams.flatMap((team, row) =>
    statementIds.flatMap((statementId, column) => {
      const statement = team.latest?.statements.find((candidate) => candidate.id === statementId);
      if (!statement) return []; // the team's latest check did not ask it: no cell, as in the grid
      const score = statement.score;
      const noise = score !== null && statement.interval ? Math.round(((statement.interval.high - statement.interval.low) / 2) * 10) / 10 : null;
      return [
        {
          x: `s${String(column).padStart(3, '0')}`,
          y: `t${String(row).padStart(4, '0')}`,
          value: score ?? hiddenValue,
          text: score === null ? '–' : noise === null ? formatScore(score) : `${formatScore(score)} ±${formatScore(noise)}`,
          score,
          interval: score === null ? null : (statement.interval ?? null),
          noise,
          teamId: team.teamId,
          teamName: team.name,
          statementId,
        },
      ];
    }),
  );
}
