/** The revealed answers on the stage, in columns by question, without authors. */
import { makeStyles, Text, tokens } from '@fluentui/react-components';
import { stackedList } from '../shared/pageStyles.ts';
import { useId } from 'react';
import { useTranslation } from '../i18n/useTranslation.ts';
import type { Results, Session } from '../api/client.ts';

const useStyles = makeStyles({
  section: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalM, minWidth: 0 },
  heading: { margin: 0, fontSize: tokens.fontSizeBase600, lineHeight: tokens.lineHeightBase600 },
  questions: {
    display: 'grid',
    gridTemplateColumns: 'repeat(auto-fit, minmax(16rem, 1fr))',
    gap: tokens.spacingHorizontalL,
  },
  question: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalS, minWidth: 0 },
  questionText: { margin: 0, fontSize: tokens.fontSizeBase400, lineHeight: tokens.lineHeightBase400 },
  list: stackedList(tokens.spacingVerticalS),
  answer: {
    padding: `${tokens.spacingVerticalS} ${tokens.spacingHorizontalM}`,
    borderLeft: `${tokens.strokeWidthThicker} solid ${tokens.colorBrandStroke1}`,
    backgroundColor: tokens.colorNeutralBackground2,
    fontSize: tokens.fontSizeBase400,
    lineHeight: tokens.lineHeightBase400,
    whiteSpace: 'pre-wrap',
  },
  none: { color: tokens.colorNeutralForeground2, fontSize: tokens.fontSizeBase400 },
});

export interface StageAnswersProps {
  readonly questions: Session['questions'];
  readonly answers: Results['answers'];
}

export function StageAnswers({ questions, answers }: StageAnswersProps) {
  const styles = useStyles();
  const { t } = useTranslation();
  const headingId = useId();
  const ordered = [...answers].sort((a, b) => a.createdAt.localeCompare(b.createdAt));
  return (
    <section className={styles.section} aria-labelledby={headingId}>
      <Text as="h2" id={headingId} weight="semibold" className={styles.heading}>
        {t('stage.answersHeading')}
      </Text>
      <div className={styles.questions}>
        {questions.map((question) => {
          const forQuestion = ordered.filter((answer) => answer.questionId === question.id);
          return (
            <div key={question.id} className={styles.question}>
              <Text as="h3" weight="semibold" className={styles.questionText}>
                {question.text}
              </Text>
              {forQuestion.length === 0 ? (
                <Text className={styles.none}>{t('results.noAnswers')}</Text>
              ) : (
                <ul className={styles.list}>
                  {forQuestion.map((answer) => (
                    <li key={answer.id} className={styles.answer}>
                      {answer.text}
                    </li>
                  ))}
                </ul>
              )}
            </div>
          );
        })}
      </div>
    </section>
  );
}
