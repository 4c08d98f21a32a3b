/**
 * How many people rated in each closed check, as bars (Fluent UI's VerticalBarChart), with
 * "5 of 6" in each bar's callout and accessible label.
 */
import { ResponsiveContainer, VerticalBarChart, type VerticalBarChartDataPoint } from '@fluentui/react-charts';
import { makeStyles, tokens } from '@fluentui/react-components';
import { useMemo } from 'react';
import { useTranslation } from '../i18n/useTranslation.ts';
import type { TeamCheckScores } from '../api/client.ts';
import type { Formatters } from '../i18n/format.ts';
import { useFormat } from '../i18n/useFormat.ts';

const CHART_HEIGHT = 240;

const useStyles = makeStyles({
  container: { minWidth: 0, width: '100%' },
});

export function ParticipationChart({ checks }: { checks: readonly TeamCheckScores[] }) {
  const styles = useStyles();
  const { t } = useTranslation();
  const format = useFormat();
  const bars = useMemo(() => {
    const labels = barLabels(checks, format);
    return checks.map((check, index): VerticalBarChartDataPoint => {
      const rated = t('history.participation', { voters: check.voters, count: check.participants });
      return {
        x: labels[index] ?? check.id,
        y: check.voters,
        legend: t('history.participationSeries'),
        xAxisCalloutData: format.checkDate(check.createdAt),
        yAxisCalloutData: rated,
        callOutAccessibilityData: { ariaLabel: `${format.checkDate(check.createdAt)}: ${rated}` },
      };
    });
  }, [checks, t, format]);
  return (
    <div className={styles.container}>
      <ResponsiveContainer height={CHART_HEIGHT}>
        <VerticalBarChart
          chartTitle={t('history.participationChartTitle')}
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
function barLabels(checks: readonly TeamCheckScores[], format: Formatters): string[] {
  const days = checks.map((check) => format.shortDate(new Date(check.createdAt)));
  const used = new Set<string>();
  return checks.map((check, index) => {
    const day = days[index] ?? '';
    const base =
      days.indexOf(day) === days.lastIndexOf(day) ? day : format.shortDateTime(new Date(check.createdAt));
    let label = base;
    for (let n = 2; used.has(label); n += 1) label = `${base} (${n})`;
    used.add(label);
    return label;
  });
}
