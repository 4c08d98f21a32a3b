/**
 * How many people rated in each closed check, as bars (Fluent UI's VerticalBarChart), with
 * "5 of 6" in each bar's callout and accessible label.
 */
import { ResponsiveContainer, VerticalBarChart, type VerticalBarChartDataPoint } from '@fluentui/react-charts';
import { makeStyles, tokens } from '@fluentui/react-components';
import { useMemo } from 'react';
import type { TeamCheckScores } from '../api/client.ts';
import { strings } from '../strings.ts';

const CHART_HEIGHT = 240;

const useStyles = makeStyles({
  container: { minWidth: 0, width: '100%' },
});

export function ParticipationChart({ checks }: { checks: readonly TeamCheckScores[] }) {
  const styles = useStyles();
  const bars = useMemo(() => {
    const labels = barLabels(checks);
    return checks.map(
      (check, index): VerticalBarChartDataPoint => ({
        x: labels[index] ?? check.id,
        y: check.voters,
        legend: strings.history.participationSeries,
        xAxisCalloutData: strings.scores.formatDate(check.createdAt),
        yAxisCalloutData: strings.history.participation(check.voters, check.participants),
        callOutAccessibilityData: {
          ariaLabel: `${strings.scores.formatDate(check.createdAt)}: ${strings.history.participation(check.voters, check.participants)}`,
        },
      }),
    );
  }, [checks]);
  return (
    <div className={styles.container}>
      <ResponsiveContainer height={CHART_HEIGHT}>
        <VerticalBarChart
          chartTitle={strings.history.participationChartTitle}
          data={bars}
          useSingleColor
          // The theme's brand colour: visible in light, dark and high contrast alike.
          colors={[tokens.colorBrandBackground]}
          hideLegend
          yMinValue={0}
          margins={{ top: 16, bottom: 36, left: 40, right: 16 }}
          hideTickOverlap
        />
      </ResponsiveContainer>
    </div>
  );
}

/** Bars sit on a category axis: labels must be unique, so checks of the same day get their time. */
function barLabels(checks: readonly TeamCheckScores[]): string[] {
  const days = checks.map((check) => strings.scores.formatShortDate(new Date(check.createdAt)));
  const used = new Set<string>();
  return checks.map((check, index) => {
    const day = days[index] ?? '';
    const base =
      days.indexOf(day) === days.lastIndexOf(day) ? day : strings.scores.formatShortDateTime(new Date(check.createdAt));
    let label = base;
    for (let n = 2; used.has(label); n += 1) label = `${base} (${n})`;
    used.add(label);
    return label;
  });
}
