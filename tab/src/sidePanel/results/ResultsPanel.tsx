/**
 * The live results of the check, as everyone in the meeting sees them. Until the
 * facilitator reveals them, only counts: nobody anchors on the others' ratings.
 */
import { makeStyles, MessageBar, MessageBarBody, Spinner, Text, tokens } from '@fluentui/react-components';
import { useId } from 'react';
import { heldBackNotice } from '../../check/heldBackNotice.ts';
import { useTranslation } from '../../i18n/useTranslation.ts';
import type { Results, Session } from '../../api/client.ts';
import { stackedList, usePageStyles } from '../../shared/pageStyles.ts';
import type { AnswerActions } from '../actions/useAnswerActions.ts';
import { useRatingScale } from '../rating/useRatingScale.ts';
import { AnswersByQuestion } from './AnswersByQuestion.tsx';
import { OverallScore } from './OverallScore.tsx';
import { StatementResultCard } from './StatementResultCard.tsx';
import type { LiveResults } from './useResults.ts';

const useStyles = makeStyles({
  counts: stackedList(tokens.spacingVerticalS),
  count: {
    display: 'flex',
    flexDirection: 'column',
    gap: tokens.spacingVerticalXXS,
    padding: `${tokens.spacingVerticalXS} ${tokens.spacingHorizontalS}`,
    borderLeft: `${tokens.strokeWidthThick} solid ${tokens.colorNeutralStroke2}`,
  },
  secondary: { color: tokens.colorNeutralForeground2 },
});

export interface ResultsPanelProps {
  readonly session: Session;
  readonly live: LiveResults;
  /** The facilitator's way to turn revealed answers into actions. */
  readonly answerActions?: AnswerActions;
}

export function ResultsPanel({ session, live, answerActions }: ResultsPanelProps) {
  const styles = usePageStyles();
  const { t } = useTranslation();
  const headingId = useId();
  const { results, error } = live;
  const scale = useRatingScale(session);
  return (
    <section className={styles.section} aria-labelledby={headingId}>
      <Text as="h2" id={headingId} size={400} weight="semibold" className={styles.heading}>
        {t('results.heading')}
      </Text>
      {error && (
        <MessageBar intent="warning" layout="multiline">
          <MessageBarBody>{t('results.loadFailed', { reason: error })}</MessageBarBody>
        </MessageBar>
      )}
      {!results ? (
        !error && <Spinner size="small" label={t('common.loading')} />
      ) : !results.revealed ? (
        <UnrevealedCounts session={session} results={results} />
      ) : (
        <>
          <OverallScore overall={results.overall} voters={results.voters} />
          <HeldBack text={heldBackNotice(results, 'ratings', t)} />
          {session.statements.map((statement) => (
            <StatementResultCard
              key={statement.id}
              statementText={statement.text}
              result={results.statements.find((result) => result.id === statement.id)}
              anonymityThreshold={results.anonymityThreshold}
              scale={scale}
            />
          ))}
          <HeldBack text={heldBackNotice(results, 'answers', t)} />
          <AnswersByQuestion sessionId={session.id} questions={session.questions} shown={results.shownAnswers} actions={answerActions} />
        </>
      )}
    </section>
  );
}

/** Before reveal: how many rated each statement and how many answers there are, nothing more. */
function UnrevealedCounts({ session, results }: { session: Session; results: Results }) {
  const page = usePageStyles();
  const styles = useStyles();
  const { t } = useTranslation();
  return (
    <>
      <Text as="p" className={page.heading}>
        {t('results.notRevealed')}
      </Text>
      <ul className={styles.counts}>
        {session.statements.map((statement) => {
          const voters = results.statements.find((result) => result.id === statement.id)?.voters ?? 0;
          return (
            <li key={statement.id} className={styles.count}>
              <Text>{statement.text}</Text>
              <Text size={200} weight="semibold">
                {t('results.statementVoters', { count: voters })}
              </Text>
            </li>
          );
        })}
      </ul>
      <Text className={styles.secondary}>{t('results.answerCount', { count: results.answerCount })}</Text>
    </>
  );
}

/** Ratings or answers the publication rule holds back, said without whose or how many. */
function HeldBack({ text }: { readonly text: string | undefined }) {
  if (!text) return null;
  return (
    <MessageBar intent="info" layout="multiline">
      <MessageBarBody>{text}</MessageBarBody>
    </MessageBar>
  );
}
