/**
 * The spread of team scores per statement (GET /api/scores `spread`) as the leadership view
 * shows it: in the statements' template order, each with where its marks sit on the 0–100
 * bar, and as the rows of its CSV. Pure, so the view's numbers are tested here.
 */
import type { Leadership } from '../api/client.ts';
import type { TemplateTexts } from '../scores/templateTexts.ts';

export type Spread = Leadership['spread'][string];

/** A spread every figure of which is known: at least one team has a shown figure. */
export type ShownSpread = { readonly [K in keyof Spread]: NonNullable<Spread[K]> };

export interface StatementSpreadRow {
  readonly statementId: string;
  readonly statement: string;
  readonly spread: Spread;
}

/** The statements of the columns, in template order, each with its spread (no team when the API has none). */
export function statementSpreadRows(spread: Leadership['spread'], statementIds: readonly string[], texts: TemplateTexts): StatementSpreadRow[] {
  return texts.statementOrder(statementIds).map((statementId) => ({
    statementId,
    statement: texts.statement(statementId),
    spread: spread[statementId] ?? noSpread,
  }));
}

const noSpread: Spread = { teams: 0, min: null, lowerQuartile: null, median: null, upperQuartile: null, max: null };

export function isShown(spread: Spread): spread is ShownSpread {
  return spread.teams > 0 && spread.min !== null && spread.max !== null;
}

/** The bar's marks as percentages of its width: the whisker from min to max, the box over the middle half. */
export interface SpreadMarks {
  readonly whiskerStart: number;
  readonly whiskerWidth: number;
  readonly boxStart: number;
  readonly boxWidth: number;
  readonly median: number;
}

/** Scores are 0–100, so a score is its own percentage; clamped, so a mark never leaves the bar. */
export function spreadMarks(spread: ShownSpread): SpreadMarks {
  const at = (score: number) => Math.min(100, Math.max(0, score));
  return {
    whiskerStart: at(spread.min),
    whiskerWidth: at(spread.max) - at(spread.min),
    boxStart: at(spread.lowerQuartile),
    boxWidth: at(spread.upperQuartile) - at(spread.lowerQuartile),
    median: at(spread.median),
  };
}

const csvColumns = ['statement_id', 'statement', 'teams', 'min', 'lower_quartile', 'median', 'upper_quartile', 'max'] as const;

/** One row per statement; a statement no team shows has 0 teams and empty figures, as the API's CSVs leave a withheld score. */
export function spreadCsvRows(rows: readonly StatementSpreadRow[]): (string | number)[][] {
  return [
    [...csvColumns],
    ...rows.map(({ statementId, statement, spread }) => [
      statementId,
      statement,
      spread.teams,
      spread.min ?? '',
      spread.lowerQuartile ?? '',
      spread.median ?? '',
      spread.upperQuartile ?? '',
      spread.max ?? '',
    ]),
  ];
}
