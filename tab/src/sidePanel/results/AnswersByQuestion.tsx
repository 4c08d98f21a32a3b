/** Everyone's answers, without authors, under the question they answer. */
import { makeStyles, Text, tokens } from '@fluentui/react-components';
import type { Results, Session } from '../../api/client.ts';
import { strings } from '../../strings.ts';

const useStyles = makeStyles({
  question: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalXS, minWidth: 0 },
  heading: { margin: 0 },
  list: {
    display: 'flex',
    flexDirection: 'column',
    gap: tokens.spacingVerticalXS,
    margin: 0,
    padding: 0,
    listStyleType: 'none',
  },
  answer: {
    padding: `${tokens.spacingVerticalXS} ${tokens.spacingHorizontalS}`,
    borderLeft: `${tokens.strokeWidthThick} solid ${tokens.colorNeutralStroke2}`,
    whiteSpace: 'pre-wrap',
  },
  none: { color: tokens.colorNeutralForeground2 },
});

export interface AnswersByQuestionProps {
  readonly questions: Session['questions'];
  readonly answers: Results['answers'];
}

export function AnswersByQuestion({ questions, answers }: AnswersByQuestionProps) {
  const styles = useStyles();
  // Oldest first, so that new answers arrive at the end instead of pushing others down.
  const ordered = [...answers].sort((a, b) => a.createdAt.localeCompare(b.createdAt));
  return (
    <>
      <Text as="h3" size={400} weight="semibold" className={styles.heading}>
        {strings.results.answersHeading}
      </Text>
      {questions.map((question) => {
        const forQuestion = ordered.filter((answer) => answer.questionId === question.id);
        return (
          <div key={question.id} className={styles.question}>
            <Text as="h4" weight="semibold" className={styles.heading}>
              {question.text}
            </Text>
            {forQuestion.length === 0 ? (
              <Text className={styles.none}>{strings.results.noAnswers}</Text>
            ) : (
              // A plain list: answers are text to read, not items to navigate or select, which
              // is what Fluent's List (arrow-key navigation) is for.
              <ul className={styles.list}>
                {forQuestion.map((answer) => (
                  <li key={answer.id} className={styles.answer}>
                    <Text>{answer.text}</Text>
                  </li>
                ))}
              </ul>
            )}
          </div>
        );
      })}
    </>
  );
}
