/**
 * The loaded teams × statements as a heat map (Fluent's HeatMapChart): a leader sees at a
 * glance where the teams stand, and each cell also says its score and noise in text
 * (heatMapCells.ts), so nothing depends on colour. "Show as table" puts the same cells in a
 * table (HeatMapTable.tsx), the grid below holds them too, for sorting, and the CSV has them
 * with their intervals; the chart scrolls sideways in its own box at 320 px.
 */
import { HeatMapChart, type HeatMapChartData } from '@fluentui/react-charts';
import { makeStyles, Text, tokens } from '@fluentui/react-components';
import { useMemo } from 'react';
import { useFormat } from '../i18n/useFormat.ts';
import { useTranslation } from '../i18n/useTranslation.ts';
import type { TemplateTexts } from '../scores/templateTexts.ts';
import { ExportButton } from '../history/ExportButton.tsx';
import { csvBlob, csvFileName } from '../history/csvDownload.ts';
import { ChartOrTable } from '../shared/ChartOrTable.tsx';
import { heatMapCells, hiddenValue, type HeatMapTeam } from './heatMapCells.ts';
import { heatMapCsvRows, heatMapTableRows } from './heatMapExport.ts';
import { HeatMapTable } from './HeatMapTable.tsx';
import { LeadershipSection } from './LeadershipSection.tsx';

const useStyles = makeStyles({
  note: { margin: 0, color: tokens.colorNeutralForeground2, maxWidth: '60rem' },
  scroller: { overflowX: 'auto', maxWidth: '100%' },
});

// Light tints that dark cell text reads on in every theme (the chart takes hex colours, not tokens):
// hidden grey, then red through amber to green over 0–100.
const hiddenColour = '#d6d6d6';
const domain = [hiddenValue, -0.5, 0, 50, 100];
const range = [hiddenColour, hiddenColour, '#f4b6b8', '#fbe3a6', '#b5e0bf'];

/** A team's name as the axis has room for; the grid below has it whole. */
const shortName = (name: string) => (name.length > 24 ? `${name.slice(0, 23)}…` : name);

export interface LeadershipHeatMapProps {
  readonly teams: readonly HeatMapTeam[];
  readonly statementIds: readonly string[];
  readonly texts: TemplateTexts;
}

export function LeadershipHeatMap({ teams, statementIds, texts }: LeadershipHeatMapProps) {
  const styles = useStyles();
  const { t } = useTranslation();
  const format = useFormat();
  const ordered = useMemo(() => texts.statementOrder(statementIds), [texts, statementIds]);
  const cells = useMemo(() => heatMapCells(teams, ordered, format.score), [teams, ordered, format]);
  const tableRows = useMemo(() => heatMapTableRows(teams, cells), [teams, cells]);
  const data = useMemo((): HeatMapChartData[] => {
    const point = (cell: (typeof cells)[number]) => ({
      x: cell.x,
      y: cell.y,
      value: cell.value,
      rectText: cell.text,
      descriptionMessage: texts.statement(cell.statementId),
      callOutAccessibilityData: {
        ariaLabel:
          cell.score === null
            ? t('leadership.heatCellHidden', { team: cell.teamName, statement: texts.statement(cell.statementId) })
            : t('leadership.heatCell', { team: cell.teamName, statement: texts.statement(cell.statementId), text: cell.text }),
      },
    });
    // One series in the grid's order: the chart lays its axes out in the order it meets the
    // points, so a series per colour bucket would shuffle the columns. The colour of each cell
    // comes from its own score through the scale; the note says what the colours mean.
    return [{ legend: t('leadership.heatLegend'), value: 50, data: cells.map(point) }];
  }, [cells, t, texts]);
  if (cells.length === 0) return null;
  // Wide enough for a statement's column to hold "72.5 ±8.1"; the box scrolls in a side panel.
  const width = Math.max(320, 190 + ordered.length * 110);
  return (
    <LeadershipSection heading={t('leadership.heatHeading')} intro={t('leadership.heatNote')}>
      <ChartOrTable
        switchLabel={t('leadership.showAsTable')}
        table={<HeatMapTable rows={tableRows} statementIds={ordered} texts={texts} />}
        chart={
          <>
            <div className={styles.scroller}>
              {/* The chart takes its container's width, whatever its `width` says: the box inside is
                  at least as wide as the columns need, so in a side panel the scroller scrolls
                  rather than the cells' texts run into each other. */}
              <div style={{ minWidth: width }}>
                <HeatMapChart
                  chartTitle={t('leadership.heatHeading')}
                  data={data}
                  domainValuesForColorScale={domain}
                  rangeValuesForColorScale={range}
                  width={width}
                  height={Math.max(200, 80 + teams.length * 36)}
                  xAxisStringFormatter={(key) => `${t('leadership.heatStatement', { number: Number(key.slice(1)) + 1 })}`}
                  yAxisStringFormatter={(key) => shortName(teams[Number(key.slice(1))]?.name ?? key)}
                  margins={{ left: 170, right: 8, top: 8, bottom: 32 }}
                  hideLegend
                  legendProps={{ allowFocusOnLegends: true }}
                />
              </div>
            </div>
            <ol className={styles.note}>
              {ordered.map((id, index) => (
                <li key={id}>
                  <Text size={200}>
                    {t('leadership.heatStatement', { number: index + 1 })}: {texts.statement(id)}
                  </Text>
                </li>
              ))}
            </ol>
          </>
        }
      />
      <ExportButton
        fetchCsv={async () => csvBlob(heatMapCsvRows(cells, (id) => texts.statement(id)))}
        fileName={csvFileName('teams-by-statement')}
      />
    </LeadershipSection>
  );
}
