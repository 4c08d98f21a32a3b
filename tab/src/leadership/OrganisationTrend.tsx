/**
 * The organisation's trend by month (GET /api/scores/trend): the overall and each statement as
 * lines over the last twelve months, with the same figures in a table for anyone who does not
 * use the chart, and as CSV. The same teams as the grid: it follows the filters but not the
 * paging, so the trend is of every matching team, not of the rows loaded so far.
 */
import { LineChart, ResponsiveContainer, type LineChartPoints } from '@fluentui/react-charts';
import { Button, makeStyles, MessageBar, MessageBarActions, MessageBarBody, Spinner, Text } from '@fluentui/react-components';
import { useMemo } from 'react';
import type { OrganisationTrend as Trend, OrganisationTrendQueryInput } from '../api/client.ts';
import { useApiClient } from '../api/ApiClientContext.tsx';
import { ExportButton } from '../history/ExportButton.tsx';
import { csvFileName } from '../history/csvDownload.ts';
import type { Formatters } from '../i18n/format.ts';
import type { Translate } from '../i18n/translator.ts';
import { useFormat } from '../i18n/useFormat.ts';
import { useTranslation } from '../i18n/useTranslation.ts';
import type { TemplateTexts } from '../scores/templateTexts.ts';
import { useLoad } from '../shared/useLoad.ts';
import { GroupFigureTable, type GroupFigure } from './GroupFigureTable.tsx';
import { LeadershipSection } from './LeadershipSection.tsx';

const useStyles = makeStyles({
  // The chart measures its container; legends wrap in a narrow panel, so the box grows there.
  chart: { minWidth: 0, width: '100%', height: '320px', '@media (max-width: 480px)': { height: '460px' } },
  legendRoot: { whiteSpace: 'normal' },
  legend: { textTransform: 'none', whiteSpace: 'normal', textAlign: 'start', maxWidth: '100%' },
});

export interface OrganisationTrendProps {
  readonly query: OrganisationTrendQueryInput;
  readonly texts: TemplateTexts;
  readonly pillarSelected: boolean;
}

export function OrganisationTrend({ query, texts, pillarSelected }: OrganisationTrendProps) {
  const styles = useStyles();
  const { t } = useTranslation();
  const format = useFormat();
  const api = useApiClient();
  const trend = useLoad((signal) => api.organisationTrend(query, signal), JSON.stringify(query));
  const data = trend.state.status === 'loaded' ? trend.state.data : undefined;
  const lines = useMemo(() => (data ? trendLines(data, texts, pillarSelected, t, format) : []), [data, texts, pillarSelected, t, format]);
  const rows = useMemo(
    () =>
      [...(data?.months ?? [])].reverse().map((month) => ({
        key: month.month,
        name: format.month(month.month),
        detail: t('leadership.teamsInGroup', { count: month.teams }),
        overall: month.overall,
        statements: month.statements,
      })),
    [data, format, t],
  );
  const anyShown = lines.length > 0;

  return (
    <LeadershipSection heading={t('leadership.trendHeading')} intro={t('leadership.trendIntro')}>
      {trend.state.status === 'loading' && <Spinner size="small" label={t('common.loading')} />}
      {trend.state.status === 'failed' && (
        <MessageBar intent="error" layout="multiline">
          <MessageBarBody>{t('leadership.loadFailed', { reason: trend.state.message })}</MessageBarBody>
          <MessageBarActions>
            <Button onClick={trend.reload}>{t('common.retry')}</Button>
          </MessageBarActions>
        </MessageBar>
      )}
      {data && !anyShown && <Text>{t('leadership.trendNone')}</Text>}
      {data && anyShown && (
        <>
          <div className={styles.chart}>
            <ResponsiveContainer height="100%">
              <LineChart
                data={{ chartTitle: t('leadership.trendChartTitle'), lineChartData: lines }}
                yMinValue={0}
                yMaxValue={100}
                yAxisTickCount={5}
                xAxisTickCount={4}
                margins={{ top: 16, bottom: 36, left: 40, right: 16 }}
                customDateTimeFormatter={(date) => format.month(date.toISOString().slice(0, 7))}
                useUTC
                enabledLegendsWrapLines
                legendProps={{ allowFocusOnLegends: true, styles: { root: styles.legendRoot, legend: styles.legend } }}
              />
            </ResponsiveContainer>
          </div>
          <GroupFigureTable
            label={t('leadership.trendTableLabel')}
            nameColumn={t('leadership.monthColumn')}
            rows={rows}
            statementIds={data.statementIds}
            texts={texts}
            pillarSelected={pillarSelected}
          />
        </>
      )}
      {data && <ExportButton fetchCsv={() => api.organisationTrendCsv(query)} fileName={csvFileName('organisation-by-month')} />}
    </LeadershipSection>
  );
}

/** The overall (unless a pillar is picked, as in the grid) and each statement: months with a shown figure only. */
function trendLines(trend: Trend, texts: TemplateTexts, pillarSelected: boolean, t: Translate, format: Formatters): LineChartPoints[] {
  const line = (legend: string, figureOf: (month: Trend['months'][number]) => GroupFigure | undefined): LineChartPoints => ({
    legend,
    data: trend.months.flatMap((month) => {
      const score = figureOf(month)?.score;
      if (score === null || score === undefined) return [];
      const label = format.month(month.month);
      return [
        {
          x: new Date(`${month.month}-01T00:00:00.000Z`),
          y: score,
          xAxisCalloutData: label,
          yAxisCalloutData: format.score(score),
          callOutAccessibilityData: { ariaLabel: t('leadership.trendPoint', { series: legend, month: label, score: format.score(score) }) },
        },
      ];
    }),
  });
  const overall = pillarSelected ? [] : [{ ...line(t('history.overallSeries'), (month) => month.overall), lineOptions: { strokeWidth: 4 } }];
  const statements = texts.statementOrder(trend.statementIds).map((id) => line(texts.statement(id), (month) => month.statements[id]));
  return [...overall, ...statements].filter((points) => points.data.length > 0);
}
