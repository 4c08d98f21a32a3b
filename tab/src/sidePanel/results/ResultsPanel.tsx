/** The live results of the check, as everyone in the meeting sees them. */
import { MessageBar, MessageBarBody, Spinner, Text } from '@fluentui/react-components';
import { useId } from 'react';
import type { Session } from '../../api/client.ts';
import { usePageStyles } from '../../shared/pageStyles.ts';
import { strings } from '../../strings.ts';
import { AnswersByQuestion } from './AnswersByQuestion.tsx';
import { OverallScore } from './OverallScore.tsx';
import { StatementResultCard } from './StatementResultCard.tsx';
import type { LiveResults } from './useResults.ts';

export interface ResultsPanelProps {
  readonly session: Session;
  readonly live: LiveResults;
}

export function ResultsPanel({ session, live }: ResultsPanelProps) {
  const styles = usePageStyles();
  const headingId = useId();
  const { results, error } = live;
  return (
    <section className={styles.section} aria-labelledby={headingId}>
      <Text as="h2" id={headingId} size={400} weight="semibold" className={styles.heading}>
        {strings.results.heading}
      </Text>
      {error && (
        <MessageBar intent="warning" layout="multiline">
          <MessageBarBody>{strings.results.loadFailed(error)}</MessageBarBody>
        </MessageBar>
      )}
      {!results ? (
        !error && <Spinner size="small" label={strings.common.loading} />
      ) : (
        <>
          <OverallScore overall={results.overall} voters={results.voters} />
          {session.statements.map((statement) => (
            <StatementResultCard
              key={statement.id}
              statementText={statement.text}
              result={results.statements.find((result) => result.id === statement.id)}
              anonymityThreshold={results.anonymityThreshold}
            />
          ))}
          <AnswersByQuestion questions={session.questions} answers={results.answers} />
        </>
      )}
    </section>
  );
}
