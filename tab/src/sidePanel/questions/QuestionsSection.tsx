/** The check's open questions, answered anonymously. */
import { Text } from '@fluentui/react-components';
import { useId } from 'react';
import { useTranslation } from '../../i18n/useTranslation.ts';
import type { Session } from '../../api/client.ts';
import { usePageStyles } from '../../shared/pageStyles.ts';
import { OpenQuestionForm } from './OpenQuestionForm.tsx';

export interface QuestionsSectionProps {
  readonly sessionId: string;
  readonly questions: Session['questions'];
  readonly onAnswerAdded: () => void;
  readonly onRefused: () => void;
}

export function QuestionsSection({ sessionId, questions, onAnswerAdded, onRefused }: QuestionsSectionProps) {
  const styles = usePageStyles();
  const { t } = useTranslation();
  const headingId = useId();
  return (
    <section className={styles.section} aria-labelledby={headingId}>
      <Text as="h2" id={headingId} size={400} weight="semibold" className={styles.heading}>
        {t('questions.heading')}
      </Text>
      <Text as="p" className={styles.heading}>
        {t('questions.anonymous')}
      </Text>
      {questions.map((question) => (
        <OpenQuestionForm
          key={question.id}
          sessionId={sessionId}
          questionId={question.id}
          questionText={question.text}
          onAdded={onAnswerAdded}
          onRefused={onRefused}
        />
      ))}
    </section>
  );
}
