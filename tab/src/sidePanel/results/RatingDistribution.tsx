/** How a statement's ratings spread over the check's scale: one bar per value, with its count. */
import { makeStyles, ProgressBar, Text, tokens } from '@fluentui/react-components';
import { useTranslation } from '../../i18n/useTranslation.ts';
import type { Results } from '../../api/client.ts';
import type { RatingOption, RatingScale } from '../rating/ratingScale.ts';

type Distribution = NonNullable<Results['statements'][number]['distribution']>;

const useStyles = makeStyles({
  rows: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalXS, margin: 0, padding: 0 },
  row: {
    display: 'grid',
    gridTemplateColumns: '1.75em minmax(0, 1fr) 2.5em',
    alignItems: 'center',
    columnGap: tokens.spacingHorizontalS,
  },
  count: { textAlign: 'end', fontVariantNumeric: 'tabular-nums' },
});

export function RatingDistribution({
  distribution,
  voters,
  scale,
}: {
  distribution: Distribution;
  voters: number;
  scale: RatingScale;
}) {
  const styles = useStyles();
  return (
    <div className={styles.rows}>
      {scale.options.map((option) => (
        <DistributionRow key={option.value} option={option} count={distribution[option.value - 1] ?? 0} voters={voters} />
      ))}
    </div>
  );
}

function DistributionRow({ option, count, voters }: { option: RatingOption; count: number; voters: number }) {
  const styles = useStyles();
  const { t } = useTranslation();
  return (
    <div className={styles.row}>
      {/* The bar's accessible name says all of this row; the symbol and count are for the eye. */}
      <Text aria-hidden>{option.symbol}</Text>
      <ProgressBar
        thickness="large"
        value={count}
        max={Math.max(voters, 1)}
        aria-label={t('results.distributionLabel', { rating: option.name, value: count, voters })}
      />
      <Text aria-hidden className={styles.count}>
        {count}
      </Text>
    </div>
  );
}
