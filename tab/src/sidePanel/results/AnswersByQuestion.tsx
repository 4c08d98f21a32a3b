/**
 * Everyone's answers, without authors, under the question they answer. For the facilitator
 * after reveal, each answer can become an action ("Make action"); answers that did show an
 * "Action" badge.
 */
import { Badge, makeStyles, Text, tokens } from '@fluentui/react-components';
import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Answer, Results, Session } from '../../api/client.ts';
import { MakeActionDialog } from '../actions/MakeActionDialog.tsx';
import type { AnswerActions } from '../actions/useAnswerActions.ts';

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
    display: 'flex',
    flexDirection: 'column',
    alignItems: 'flex-start',
    gap: tokens.spacingVerticalXS,
    padding: `${tokens.spacingVerticalXS} ${tokens.spacingHorizontalS}`,
    borderLeft: `${tokens.strokeWidthThick} solid ${tokens.colorNeutralStroke2}`,
    minWidth: 0,
  },
  text: { whiteSpace: 'pre-wrap', maxWidth: '100%' },
  none: { color: tokens.colorNeutralForeground2 },
});

export interface AnswersByQuestionProps {
  readonly questions: Session['questions'];
  readonly answers: Results['answers'];
  /** Given to the facilitator once results are revealed: answers can become actions. */
  readonly actions?: AnswerActions;
}

export function AnswersByQuestion({ questions, answers, actions }: AnswersByQuestionProps) {
  const styles = useStyles();
  const { t } = useTranslation();
  // Oldest first, so that new answers arrive at the end instead of pushing others down.
  const ordered = [...answers].sort((a, b) => a.createdAt.localeCompare(b.createdAt));
  return (
    <>
      <Text as="h3" size={400} weight="semibold" className={styles.heading}>
        {t('results.answersHeading')}
      </Text>
      {questions.map((question) => {
        const forQuestion = ordered.filter((answer) => answer.questionId === question.id);
        return (
          <div key={question.id} className={styles.question}>
            <Text as="h4" weight="semibold" className={styles.heading}>
              {question.text}
            </Text>
            {forQuestion.length === 0 ? (
              <Text className={styles.none}>{t('results.noAnswers')}</Text>
            ) : (
              // A plain list: answers are text to read, not items to navigate or select, which
              // is what Fluent's List (arrow-key navigation) is for.
              <ul className={styles.list}>
                {forQuestion.map((answer) => (
                  <AnswerItem key={answer.id} answer={answer} actions={actions} />
                ))}
              </ul>
            )}
          </div>
        );
      })}
    </>
  );
}

function AnswerItem({ answer, actions }: { answer: Answer; actions?: AnswerActions }) {
  const styles = useStyles();
  const { t } = useTranslation();
  const itemRef = useRef<HTMLLIElement>(null);
  const [justMade, setJustMade] = useState(false);

  // "Make action" gives way to the badge: focus stays on this answer instead of the page.
  useEffect(() => {
    if (justMade) itemRef.current?.focus();
  }, [justMade]);

  const hasAction = actions?.hasAction(answer) ?? false;
  return (
    <li ref={itemRef} tabIndex={justMade ? -1 : undefined} className={styles.answer}>
      <Text className={styles.text}>{answer.text}</Text>
      {hasAction ? (
        <Badge appearance="tint" color="brand">
          {t('makeAction.badge')}
        </Badge>
      ) : (
        actions && (
          <MakeActionDialog
            answerText={answer.text}
            onSave={async (owner, dueDate) => {
              await actions.create(answer, owner, dueDate);
              setJustMade(true);
            }}
          />
        )
      )}
    </li>
  );
}
