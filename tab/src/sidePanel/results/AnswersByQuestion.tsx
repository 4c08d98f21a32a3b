/**
 * Everyone's answers, without authors, under the question they answer. For the facilitator
 * after reveal, each answer can become an action ("Make action"); answers that did show an
 * "Action" badge. Likewise an answer can go to one of the team's registers ("Keep track of this" (add to a register)),
 * as a new entry or into an existing one; answers that did show which register.
 */
import { Badge, makeStyles, Text, tokens } from '@fluentui/react-components';
import { stackedList } from '../../shared/pageStyles.ts';
import { useEffect, useRef, useState } from 'react';
import { useTranslation } from '../../i18n/useTranslation.ts';
import type { Answer, RegisterKind, Results, Session } from '../../api/client.ts';
import { QuestionAnswers } from '../../check/QuestionAnswers.tsx';
import { MakeActionDialog } from '../actions/MakeActionDialog.tsx';
import type { AnswerActions } from '../actions/useAnswerActions.ts';
import { AddToRegister } from '../registers/AddToRegister.tsx';
import { useAnswerRegisters, type AnswerRegisters } from '../registers/useAnswerRegisters.ts';

const useStyles = makeStyles({
  question: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalXS, minWidth: 0 },
  heading: { margin: 0 },
  list: stackedList(tokens.spacingVerticalXS),
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
  controls: { display: 'flex', flexWrap: 'wrap', alignItems: 'center', gap: tokens.spacingHorizontalS },
  none: { color: tokens.colorNeutralForeground2 },
});

export interface AnswersByQuestionProps {
  readonly sessionId: string;
  readonly questions: Session['questions'];
  /** How many answers each question may show (the results poll's `shownAnswers`). */
  readonly shown: Results['shownAnswers'];
  /** Given to the facilitator once results are revealed: answers can become actions. */
  readonly actions?: AnswerActions;
}

/** Answers read per question, ten at a time. */
const answersPerPage = 10;

export function AnswersByQuestion({ sessionId, questions, shown, actions }: AnswersByQuestionProps) {
  const styles = useStyles();
  const { t } = useTranslation();
  const registers = useAnswerRegisters(actions?.sessionId ?? '', actions?.teamId ?? '', actions !== undefined);
  return (
    <>
      <Text as="h3" size={400} weight="semibold" className={styles.heading}>
        {t('results.answersHeading')}
      </Text>
      {questions.map((question) => (
        <QuestionAnswers
          key={question.id}
          sessionId={sessionId}
          questionId={question.id}
          shown={shown[question.id] ?? 0}
          pageSize={answersPerPage}
          heading={
            <Text as="h4" weight="semibold" className={styles.heading}>
              {question.text}
            </Text>
          }
          noAnswers={t('results.noAnswers')}
          classes={styles}
          moreSize="small"
          renderAnswer={(answer) => (
            <AnswerItem
              answer={answer}
              actions={actions}
              registers={actions && registers}
              defaultRegister={question.register}
            />
          )}
        />
      ))}
    </>
  );
}

function AnswerItem({
  answer,
  actions,
  registers,
  defaultRegister,
}: {
  answer: Answer;
  actions?: AnswerActions;
  registers?: AnswerRegisters;
  defaultRegister?: RegisterKind;
}) {
  const styles = useStyles();
  const { t } = useTranslation();
  const itemRef = useRef<HTMLLIElement>(null);
  const [justMade, setJustMade] = useState(false);
  const [justAdded, setJustAdded] = useState(0);

  // "Make action" gives way to the badge: focus stays on this answer instead of the page.
  useEffect(() => {
    if (justMade) itemRef.current?.focus();
  }, [justMade]);
  // So does "Keep track of this" (add to a register).
  useEffect(() => {
    if (justAdded > 0) itemRef.current?.focus();
  }, [justAdded]);

  const hasAction = actions?.hasAction(answer) ?? false;
  return (
    <li ref={itemRef} tabIndex={justMade || justAdded > 0 ? -1 : undefined} className={styles.answer}>
      <Text className={styles.text}>{answer.text}</Text>
      {(hasAction || actions || registers) && (
        <div className={styles.controls}>
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
          {registers && (
            <AddToRegister
              answer={answer}
              registers={registers}
              defaultRegister={defaultRegister}
              onAdded={() => setJustAdded((count) => count + 1)}
            />
          )}
        </div>
      )}
    </li>
  );
}
