/** The revealed answers on the stage, in columns by question, without authors. */
import { makeStyles, Text, tokens } from '@fluentui/react-components';
import { stackedList } from '../shared/pageStyles.ts';
import { useId } from 'react';
import { useTranslation } from '../i18n/useTranslation.ts';
import type { Results, Session } from '../api/client.ts';
import { QuestionAnswers } from '../check/QuestionAnswers.tsx';

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
  readonly sessionId: string;
  readonly questions: Session['questions'];
  readonly shown: Results['shownAnswers'];
}

/** A few per question at a time: the stage is read from across a room. */
const answersPerPage = 4;

export function StageAnswers({ sessionId, questions, shown }: StageAnswersProps) {
  const styles = useStyles();
  const { t } = useTranslation();
  const headingId = useId();
  return (
    <section className={styles.section} aria-labelledby={headingId}>
      <Text as="h2" id={headingId} weight="semibold" className={styles.heading}>
        {t('stage.answersHeading')}
      </Text>
      <div className={styles.questions}>
        {questions.map((question) => (
          <QuestionAnswers
            key={question.id}
            sessionId={sessionId}
            questionId={question.id}
            shown={shown[question.id] ?? 0}
            pageSize={answersPerPage}
            heading={
              <Text as="h3" weight="semibold" className={styles.questionText}>
                {question.text}
              </Text>
            }
            noAnswers={t('results.noAnswers')}
            classes={styles}
            renderAnswer={(answer) => <li className={styles.answer}>{answer.text}</li>}
          />
        ))}
      </div>
    </section>
  );
}
