/** The check at a glance: the overall 0–100 score and how many people rated. */
import { Card, makeStyles, Text, tokens } from '@fluentui/react-components';
import type { Results } from '../../api/client.ts';
import { strings } from '../../strings.ts';

const useStyles = makeStyles({
  card: { gap: tokens.spacingVerticalXS },
  score: { display: 'flex', alignItems: 'baseline', gap: tokens.spacingHorizontalS, flexWrap: 'wrap' },
});

export function OverallScore({ overall, voters }: Pick<Results, 'overall' | 'voters'>) {
  const styles = useStyles();
  return (
    <Card className={styles.card}>
      <Text weight="semibold">{strings.results.overallLabel}</Text>
      {overall === null ? (
        <Text>{strings.results.overallHidden}</Text>
      ) : (
        <div className={styles.score}>
          <Text size={800} weight="bold">
            {strings.results.formatScore(overall)}
          </Text>
          <Text size={400}>{strings.results.overallOutOf}</Text>
        </div>
      )}
      <Text>{strings.results.peopleRated(voters)}</Text>
    </Card>
  );
}
