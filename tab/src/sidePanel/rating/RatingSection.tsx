/** The three statements of the check, each rated on the 👎…👍 scale. */
import { Text } from '@fluentui/react-components';
import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import type { Session } from '../../api/client.ts';
import { usePageStyles } from '../../shared/pageStyles.ts';
import { StatementRating } from './StatementRating.tsx';
import type { MyVotes } from './useMyVotes.ts';

export interface RatingSectionProps {
  readonly statements: Session['statements'];
  readonly myVotes: MyVotes;
  readonly closed: boolean;
}

export function RatingSection({ statements, myVotes, closed }: RatingSectionProps) {
  const styles = usePageStyles();
  const { t } = useTranslation();
  const headingId = useId();
  return (
    <section className={styles.section} aria-labelledby={headingId}>
      <Text as="h2" id={headingId} size={400} weight="semibold" className={styles.heading}>
        {t('rating.heading')}
      </Text>
      <Text as="p" className={styles.heading}>
        {t('rating.intro')}
      </Text>
      <Text as="p" size={200} className={styles.heading}>
        {t('rating.scaleHint')}
      </Text>
      {statements.map((statement) => (
        <StatementRating
          key={statement.id}
          statementText={statement.text}
          value={myVotes.votes[statement.id]}
          disabled={closed}
          error={myVotes.errors[statement.id]}
          onRate={(value) => myVotes.rate(statement.id, value)}
          onDismissError={() => myVotes.dismissError(statement.id)}
        />
      ))}
    </section>
  );
}
