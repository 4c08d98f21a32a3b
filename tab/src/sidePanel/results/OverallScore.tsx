/** The check at a glance: the overall 0–100 score and how many people rated. */
import { makeStyles, Text, tokens } from '@fluentui/react-components';
import { StaticCard } from '../../shared/StaticCard.tsx';
import { useTranslation } from '../../i18n/useTranslation.ts';
import type { Results } from '../../api/client.ts';
import { useFormat } from '../../i18n/useFormat.ts';

const useStyles = makeStyles({
  card: { gap: tokens.spacingVerticalXS },
  score: { display: 'flex', alignItems: 'baseline', gap: tokens.spacingHorizontalS, flexWrap: 'wrap' },
});

export function OverallScore({ overall, voters }: Pick<Results, 'overall' | 'voters'>) {
  const styles = useStyles();
  const { t } = useTranslation();
  const format = useFormat();
  return (
    <StaticCard className={styles.card}>
      <Text weight="semibold">{t('results.overallLabel')}</Text>
      {overall === null ? (
        <Text>{t('results.overallHidden')}</Text>
      ) : (
        <div className={styles.score}>
          <Text size={800} weight="bold">
            {format.score(overall)}
          </Text>
          <Text size={400}>{t('results.overallOutOf')}</Text>
        </div>
      )}
      <Text>{t('results.peopleRated', { count: voters })}</Text>
    </StaticCard>
  );
}
