/** The revealed answers on the stage, in columns by question, without authors. */
import { makeStyles, Text, tokens } from '@fluentui/react-components';
import { stackedList } from '../shared/pageStyles.ts';
import { useId } from 'react';
import { useTranslation } from '../i18n/useTranslation.ts';
import type { Results, Session } from '../api/client.ts';
import { ShowMoreAnswers } from '../check/ShowMoreAnswers.tsx';
import { useShownAnswers } from '../check/useShownAnswers.ts';

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
          <StageQuestionAnswers key={question.id} sessionId={sessionId} question={question} shown={shown[question.id] ?? 0} />
        ))}
      </div>
    </section>
  );
}

function StageQuestionAnswers({ sessionId, question, shown }: { sessionId: string; question: Session['questions'][number]; shown: number }) {
  const styles = useStyles();
  const { t } = useTranslation();
  const answers = useShownAnswers(sessionId, question.id, shown, answersPerPage);
  const read = answers.state.status === 'loaded' ? answers.state.data : [];
  return (
    <div className={styles.question}>
      <Text as="h3" weight="semibold" className={styles.questionText}>
        {question.text}
      </Text>
      {shown === 0 ? (
        <Text className={styles.none}>{t('results.noAnswers')}</Text>
      ) : (
        <ul className={styles.list}>
          {read.map((answer) => (
            <li key={answer.id} className={styles.answer}>
              {answer.text}
            </li>
          ))}
        </ul>
      )}
      <ShowMoreAnswers answers={answers} />
    </div>
  );
}
