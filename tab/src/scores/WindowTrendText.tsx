/**
 * A trend over the team's last checks (the API's `windowTrends`) in words: "Rising since
 * Sep 14, 2026: +19.7, beyond noise", "Within noise over the last 10 checks", with the change's
 * 95 % interval on a second line. The words carry the meaning; arrow and colour only repeat it,
 * so it reads the same without colour or in high contrast. Text that wraps: fits 320 px.
 */
import { makeStyles, mergeClasses, Text, tokens } from '@fluentui/react-components';
import type { WindowTrend } from '../api/client.ts';
import { useTranslation } from '../i18n/useTranslation.ts';

/** How many checks a window trend needs: the API's `windowChecksMin` (domain/uncertainty.ts). */
export const WINDOW_CHECKS_MIN = 6;

const useStyles = makeStyles({
  root: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalXXS, minWidth: 0, overflowWrap: 'anywhere' },
  up: { color: tokens.colorStatusSuccessForeground1 },
  down: { color: tokens.colorStatusDangerForeground1 },
  'within-noise': {},
  secondary: { color: tokens.colorNeutralForeground2 },
});

/** Visible arrows are decoration; the sentence after them carries the meaning. */
const arrowOf = { up: '↗', down: '↘', 'within-noise': '≈' } as const;

export interface WindowTrendTextProps {
  readonly trend: WindowTrend | null | undefined;
  /** Say that there are too few checks yet, rather than nothing. */
  readonly showNone?: boolean;
  /** The change's interval on a second line. */
  readonly showInterval?: boolean;
  readonly className?: string;
}

export function WindowTrendText({ trend, showNone = false, showInterval = true, className }: WindowTrendTextProps) {
  const styles = useStyles();
  const { t } = useTranslation();
  if (!trend) {
    return showNone ? (
      <Text size={200} className={mergeClasses(styles.secondary, className)}>
        {t('windowTrend.none', { count: WINDOW_CHECKS_MIN })}
      </Text>
    ) : null;
  }
  const sentence =
    trend.trend === 'within-noise'
      ? t('windowTrend.within-noise', { count: trend.checks })
      : t(trend.trend === 'up' ? 'windowTrend.up' : 'windowTrend.down', { date: trend.since, change: trend.change });
  return (
    <span className={mergeClasses(styles.root, className)}>
      <Text size={200} weight="semibold" className={styles[trend.trend]}>
        <span aria-hidden="true">{arrowOf[trend.trend]}</span> {sentence}
      </Text>
      {showInterval && (
        <Text size={200} className={styles.secondary}>
          {t('windowTrend.interval', { change: trend.change, low: trend.interval.low, high: trend.interval.high })}
        </Text>
      )}
    </span>
  );
}
