/**
 * The team's scores over time: the overall score and each statement's score as lines, one
 * point per closed check. Drawn by Fluent UI's LineChart; the chart is a `region` named by
 * its title, every point has an accessible label with the score and its 95 % interval, and
 * the same numbers are listed per check below the chart for anyone who does not use it.
 */
import { LineChart, ResponsiveContainer, type LineChartPoints } from '@fluentui/react-charts';
import { makeStyles } from '@fluentui/react-components';
import type { Translate } from '../i18n/translator.ts';
import { useMemo } from 'react';
import { useTranslation } from '../i18n/useTranslation.ts';
import type { TeamCheckScores } from '../api/client.ts';
import type { Formatters } from '../i18n/format.ts';
import { useFormat } from '../i18n/useFormat.ts';
import type { TemplateTexts } from '../scores/templateTexts.ts';

const useStyles = makeStyles({
  // The chart measures its container: it must be allowed to shrink with the tab.
  // Legends take their share of the height; in a narrow tab they wrap to several lines, so
  // the box grows there to leave the lines room.
  container: {
    minWidth: 0,
    width: '100%',
    height: '360px',
    '@media (max-width: 480px)': { height: '520px' },
  },
  // Legends are statements: keep their sentence case, and let them wrap in a narrow tab.
  legendRoot: { whiteSpace: 'normal' },
  legend: { textTransform: 'none', whiteSpace: 'normal', textAlign: 'start', maxWidth: '100%' },
  legendText: { overflowWrap: 'anywhere' },
});

export interface ScoreTrendChartProps {
  /** Closed checks, oldest first. */
  readonly checks: readonly TeamCheckScores[];
  readonly texts: TemplateTexts;
}

export function ScoreTrendChart({ checks, texts }: ScoreTrendChartProps) {
  const styles = useStyles();
  const { t } = useTranslation();
  const format = useFormat();
  const lines = useMemo(() => trendLines(checks, texts, t, format), [checks, texts, t, format]);
  const formatTick = useMemo(() => tickFormatter(checks, format), [checks, format]);
  return (
    <div className={styles.container}>
      <ResponsiveContainer height="100%">
        <LineChart
          data={{ chartTitle: t('history.scoreChartTitle'), lineChartData: lines }}
          yMinValue={0}
          yMaxValue={100}
          yAxisTickCount={5}
          xAxisTickCount={4}
          margins={{ top: 16, bottom: 36, left: 40, right: 16 }}
          customDateTimeFormatter={formatTick}
          useUTC={false}
          enabledLegendsWrapLines
          legendProps={{
            allowFocusOnLegends: true,
            styles: { root: styles.legendRoot, legend: styles.legend, text: styles.legendText },
          }}
        />
      </ResponsiveContainer>
    </div>
  );
}

function trendLines(
  checks: readonly TeamCheckScores[],
  texts: TemplateTexts,
  t: Translate,
  format: Formatters,
): LineChartPoints[] {
  const point = pointMaker(t, format);
  const overallSeries = t('history.overallSeries');
  const overall: LineChartPoints = {
    legend: overallSeries,
    data: checks.flatMap((check) =>
      check.overall === null ? [] : [point(overallSeries, check, check.overall, check.overallInterval)],
    ),
    lineOptions: { strokeWidth: 4 },
  };
  const statementIds = texts.statementOrder(checks.flatMap((check) => check.statements.map((s) => s.id)));
  const statements = statementIds.map((id): LineChartPoints => {
    const legend = texts.statement(id);
    return {
      legend,
      data: checks.flatMap((check) => {
        const statement = check.statements.find((s) => s.id === id);
        return statement?.score == null ? [] : [point(legend, check, statement.score, statement.interval)];
      }),
    };
  });
  return [overall, ...statements].filter((line) => line.data.length > 0);
}

function pointMaker(t: Translate, format: Formatters) {
  return (series: string, check: TeamCheckScores, score: number, interval: TeamCheckScores['overallInterval']) => {
    const date = check.createdAt;
    const range = interval ? ` (${t('scores.range', { low: interval.low, high: interval.high })})` : '';
    return {
      x: new Date(date),
      y: score,
      xAxisCalloutData: format.checkDate(date),
      yAxisCalloutData: `${format.score(score)}${range}`,
      callOutAccessibilityData: {
        ariaLabel: interval
          ? t('history.chartPointWithInterval', { series, date, score, low: interval.low, high: interval.high })
          : t('history.chartPoint', { series, date, score }),
      },
    };
  };
}

/** Days on the axis; the time as well when the checks lie within two days (several a day). */
function tickFormatter(checks: readonly TeamCheckScores[], format: Formatters): (date: Date) => string {
  const times = checks.map((check) => Date.parse(check.createdAt));
  const span = times.length > 1 ? Math.max(...times) - Math.min(...times) : Number.POSITIVE_INFINITY;
  return span < 2 * 24 * 60 * 60 * 1000 ? format.shortDateTime : format.shortDate;
}
