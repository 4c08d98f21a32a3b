/**
 * One statement's result: score, number of ratings and their spread, or, below the
 * anonymity threshold, only the count and why the rest stays hidden.
 */
import { Badge, makeStyles, Text, tokens } from '@fluentui/react-components';
import { StaticCard } from '../../shared/StaticCard.tsx';
import { useTranslation } from '../../i18n/useTranslation.ts';
import type { Results } from '../../api/client.ts';
import type { RatingScale } from '../rating/ratingScale.ts';
import { RatingDistribution } from './RatingDistribution.tsx';

type StatementResult = Results['statements'][number];

const useStyles = makeStyles({
  card: { gap: tokens.spacingVerticalS },
  heading: { margin: 0 },
  summary: { display: 'flex', alignItems: 'center', gap: tokens.spacingHorizontalS, flexWrap: 'wrap' },
  hidden: { color: tokens.colorNeutralForeground2 },
});

export interface StatementResultCardProps {
  readonly statementText: string;
  readonly result: StatementResult | undefined;
  readonly anonymityThreshold: number;
  /** The check's scale: one bar per value. */
  readonly scale: RatingScale;
}

export function StatementResultCard({ statementText, result, anonymityThreshold, scale }: StatementResultCardProps) {
  const styles = useStyles();
  const { t } = useTranslation();
  const voters = result?.voters ?? 0;
  const score = result?.score ?? null;
  const distribution = result?.distribution ?? null;
  return (
    <StaticCard className={styles.card}>
      <Text as="h3" weight="semibold" className={styles.heading}>
        {statementText}
      </Text>
      <div className={styles.summary}>
        {score !== null && (
          <Badge appearance="filled" color="brand" size="large">
            {t('results.statementScore', { score })}
          </Badge>
        )}
        <Text>{t('results.statementVoters', { count: voters })}</Text>
      </div>
      {score === null || distribution === null ? (
        <Text className={styles.hidden}>{t('results.hidden', { count: anonymityThreshold })}</Text>
      ) : (
        <RatingDistribution distribution={distribution} voters={voters} scale={scale} />
      )}
    </StaticCard>
  );
}
