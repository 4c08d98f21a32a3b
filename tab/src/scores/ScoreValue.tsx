/**
 * A 0–100 score with its 95 % interval under it, or why it is hidden. The interval is
 * part of the number, not a footnote: with few people rating, it is as wide as the news.
 */
import { makeStyles, mergeClasses, Text, tokens } from '@fluentui/react-components';
import { useTranslation } from '../i18n/useTranslation.ts';
import type { TeamCheckScores } from '../api/client.ts';

type Interval = TeamCheckScores['overallInterval'];

const useStyles = makeStyles({
  root: { display: 'flex', flexDirection: 'column', minWidth: 0 },
  secondary: { color: tokens.colorNeutralForeground2 },
});

export interface ScoreValueProps {
  readonly score: number | null;
  readonly interval: Interval;
  readonly size?: 'large' | 'medium' | 'small';
  readonly className?: string;
}

export function ScoreValue({ score, interval, size = 'medium', className }: ScoreValueProps) {
  const styles = useStyles();
  const { t } = useTranslation();
  if (score === null) {
    return (
      <Text size={200} className={mergeClasses(styles.secondary, className)}>
        {t('scores.hidden')}
      </Text>
    );
  }
  return (
    <span className={mergeClasses(styles.root, className)}>
      <Text size={size === 'large' ? 700 : size === 'medium' ? 400 : 300} weight="semibold">
        {t('scores.outOf', { score })}
      </Text>
      <Text size={200} className={styles.secondary}>
        {interval ? t('scores.interval', { low: interval.low, high: interval.high }) : t('scores.noInterval')}
      </Text>
    </span>
  );
}
