/** The check's statements, each rated on the check's own scale (👎…👍, 🔴🟡🟢 or 1…n). */
import { Text } from '@fluentui/react-components';
import { useId } from 'react';
import { useTranslation } from '../../i18n/useTranslation.ts';
import type { Session } from '../../api/client.ts';
import { usePageStyles } from '../../shared/pageStyles.ts';
import type { RatingScale } from './ratingScale.ts';
import { StatementRating } from './StatementRating.tsx';
import type { MyVotes } from './useMyVotes.ts';
import { useRatingScale } from './useRatingScale.ts';

export interface RatingSectionProps {
  readonly statements: Session['statements'];
  /** The check's template and scale: which values, symbols and labels to offer. */
  readonly session: Pick<Session, 'templateId' | 'scale' | 'translations'>;
  readonly myVotes: MyVotes;
}

export function RatingSection({ statements, session, myVotes }: RatingSectionProps) {
  const styles = usePageStyles();
  const { t } = useTranslation();
  const headingId = useId();
  const scale = useRatingScale(session);
  const hint = scale.classic
    ? t('rating.scaleHint')
    : scaleHint(scale, (low, high) => t('rating.scaleHintRange', { low, high }));
  return (
    <section className={styles.section} aria-labelledby={headingId}>
      <Text as="h2" id={headingId} size={400} weight="semibold" className={styles.heading}>
        {t('rating.heading')}
      </Text>
      <Text as="p" className={styles.heading}>
        {t('rating.intro')}
      </Text>
      {hint && (
        <Text as="p" size={200} className={styles.heading}>
          {hint}
        </Text>
      )}
      {statements.map((statement) => (
        <StatementRating
          key={statement.id}
          statementText={statement.text}
          scale={scale}
          value={myVotes.votes[statement.id]}
          error={myVotes.errors[statement.id]}
          onRate={(value) => myVotes.rate(statement.id, value)}
          onDismissError={() => myVotes.dismissError(statement.id)}
        />
      ))}
    </section>
  );
}

/** "🔴 Poor … 🟢 Great" from the scale's ends; nothing when the ends have no labels. */
function scaleHint(scale: RatingScale, range: (low: string, high: string) => string): string {
  const low = scale.options[0];
  const high = scale.options[scale.options.length - 1];
  if (!low?.label || !high?.label) return '';
  return range(`${low.symbol} ${low.label}`, `${high.symbol} ${high.label}`);
}
