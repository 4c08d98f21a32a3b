import { describe, expect, it } from 'vitest';
import type { TemplateTexts } from '../scores/templateTexts.ts';
import { isShown, spreadCsvRows, spreadMarks, statementSpreadRows, type ShownSpread } from './statementSpreads.ts';

/** Texts that know two statements, in the order trust, contact. */
const texts = {
  statement: (id: string) => ({ trust: 'We keep our promises', contact: 'We talk to customers' })[id] ?? id,
  statementOrder: (ids: Iterable<string>) => ['trust', 'contact'].filter((id) => [...ids].includes(id)),
} as unknown as TemplateTexts;

const spread: ShownSpread = { teams: 4, min: 35, lowerQuartile: 50, median: 62.5, upperQuartile: 70, max: 90 };

describe('statement spread rows', () => {
  it('follow the template order, and a statement the API gave no spread has no team', () => {
    const rows = statementSpreadRows({ contact: spread }, ['contact', 'trust'], texts);
    expect(rows.map((row) => [row.statementId, row.statement, row.spread.teams])).toEqual([
      ['trust', 'We keep our promises', 0],
      ['contact', 'We talk to customers', 4],
    ]);
    expect(isShown(rows[0]!.spread)).toBe(false);
    expect(isShown(rows[1]!.spread)).toBe(true);
  });

  it('place the marks on the 0–100 bar as percentages', () => {
    expect(spreadMarks(spread)).toEqual({ whiskerStart: 35, whiskerWidth: 55, boxStart: 50, boxWidth: 20, median: 62.5 });
  });

  it('write one CSV row per statement, with empty figures where no team shows one', () => {
    expect(spreadCsvRows(statementSpreadRows({ contact: spread }, ['contact', 'trust'], texts))).toEqual([
      ['statement_id', 'statement', 'teams', 'min', 'lower_quartile', 'median', 'upper_quartile', 'max'],
      ['trust', 'We keep our promises', 0, '', '', '', '', ''],
      ['contact', 'We talk to customers', 4, 35, 50, 62.5, 70, 90],
    ]);
  });
});
