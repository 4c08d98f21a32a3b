/**
 * The heat map's cells as its table and its CSV show them: the loaded teams in the grid's
 * order, each with its cell per statement. A hidden figure stays hidden in both: no score, no
 * interval, only that it is withheld, as the API's CSVs say of a withheld figure.
 */
import type { HeatMapCell, HeatMapTeam } from './heatMapCells.ts';

export interface HeatMapTableRow {
  readonly teamId: string;
  readonly name: string;
  /** The team has a closed check; without one it has no cells. */
  readonly checked: boolean;
  /** By statement id; a statement its latest check did not ask has none. */
  readonly cells: ReadonlyMap<string, HeatMapCell>;
}

export function heatMapTableRows(teams: readonly HeatMapTeam[], cells: readonly HeatMapCell[]): HeatMapTableRow[] {
  const byTeam = new Map<string, Map<string, HeatMapCell>>();
  for (const cell of cells) {
    const own = byTeam.get(cell.teamId) ?? new Map<string, HeatMapCell>();
    byTeam.set(cell.teamId, own.set(cell.statementId, cell));
  }
  return teams.map((team) => ({
    teamId: team.teamId,
    name: team.name,
    checked: team.latest !== null,
    cells: byTeam.get(team.teamId) ?? new Map(),
  }));
}

const csvColumns = ['team_id', 'team', 'statement_id', 'statement', 'score', 'score_low', 'score_high', 'plus_minus', 'withheld'] as const;

/** One row per cell; `plus_minus` is half the interval, the "±" the cell shows. */
export function heatMapCsvRows(cells: readonly HeatMapCell[], statementText: (id: string) => string): (string | number)[][] {
  return [
    [...csvColumns],
    ...cells.map((cell) => [
      cell.teamId,
      cell.teamName,
      cell.statementId,
      statementText(cell.statementId),
      cell.score ?? '',
      cell.interval?.low ?? '',
      cell.interval?.high ?? '',
      cell.noise ?? '',
      cell.score === null ? 'below-threshold' : '',
    ]),
  ];
}
