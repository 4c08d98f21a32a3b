/**
 * The team's scores over time: the overall score and each statement's score as lines, one
 * point per closed check. Drawn by Fluent UI's LineChart; the chart is a `region` named by
 * its title, every point has an accessible label with the score and its 95 % interval, and
 * the same numbers are listed per check below the chart for anyone who does not use it.
 */
import { LineChart, ResponsiveContainer, type LineChartPoints } from '@fluentui/react-charts';
import { makeStyles } from '@fluentui/react-components';
import { useMemo } from 'react';
import type { TeamCheckScores } from '../api/client.ts';
import type { TemplateTexts } from '../scores/templateTexts.ts';
import { strings } from '../strings.ts';

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
  const lines = useMemo(() => trendLines(checks, texts), [checks, texts]);
  const formatTick = useMemo(() => tickFormatter(checks), [checks]);
  return (
    <div className={styles.container}>
      <ResponsiveContainer height="100%">
        <LineChart
          data={{ chartTitle: strings.history.scoreChartTitle, lineChartData: lines }}
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

function trendLines(checks: readonly TeamCheckScores[], texts: TemplateTexts): LineChartPoints[] {
  const overall: LineChartPoints = {
    legend: strings.history.overallSeries,
    data: checks.flatMap((check) =>
      check.overall === null
        ? []
        : [point(strings.history.overallSeries, check, check.overall, check.overallInterval)],
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

function point(series: string, check: TeamCheckScores, score: number, interval: TeamCheckScores['overallInterval']) {
  const range = interval ? ` (${strings.scores.range(interval.low, interval.high)})` : '';
  return {
    x: new Date(check.createdAt),
    y: score,
    xAxisCalloutData: strings.scores.formatDate(check.createdAt),
    yAxisCalloutData: `${strings.results.formatScore(score)}${range}`,
    callOutAccessibilityData: {
      ariaLabel: strings.history.chartPoint(series, check.createdAt, score, interval?.low, interval?.high),
    },
  };
}

/** Days on the axis; the time as well when the checks lie within two days (several a day). */
function tickFormatter(checks: readonly TeamCheckScores[]): (date: Date) => string {
  const times = checks.map((check) => Date.parse(check.createdAt));
  const span = times.length > 1 ? Math.max(...times) - Math.min(...times) : Number.POSITIVE_INFINITY;
  return span < 2 * 24 * 60 * 60 * 1000 ? strings.scores.formatShortDateTime : strings.scores.formatShortDate;
}
