/**
 * A started check in the side panel: rate, answer, watch the results; the facilitator can
 * close it. Whether it is closed comes from the session itself (our own close) or from the
 * results poll (someone else's close).
 */
import { Divider } from '@fluentui/react-components';
import { useCallback, useEffect } from 'react';
import { useApiClient } from '../api/ApiClientContext.tsx';
import { ApiError, type Session } from '../api/client.ts';
import { usePageStyles } from '../shared/pageStyles.ts';
import { CheckHeader } from './CheckHeader.tsx';
import { ClosedNotice } from './ClosedNotice.tsx';
import { QuestionsSection } from './questions/QuestionsSection.tsx';
import { RatingSection } from './rating/RatingSection.tsx';
import { useMyVotes } from './rating/useMyVotes.ts';
import { ResultsPanel } from './results/ResultsPanel.tsx';
import { useResults } from './results/useResults.ts';

export interface CheckViewProps {
  readonly session: Session;
  readonly onSessionChange: (session: Session) => void;
}

export function CheckView({ session, onSessionChange }: CheckViewProps) {
  const styles = usePageStyles();
  const api = useApiClient();
  const sessionClosed = session.state === 'closed';
  const live = useResults(session.id, !sessionClosed);
  const closed = sessionClosed || live.results?.state === 'closed';
  const { refresh } = live;
  const myVotes = useMyVotes(session, refresh);

  // Once the poll says closed, the session follows, which ends the polling.
  useEffect(() => {
    if (closed && !sessionClosed) onSessionChange({ ...session, state: 'closed' });
  }, [closed, sessionClosed, session, onSessionChange]);

  const close = useCallback(async () => {
    try {
      onSessionChange(await api.closeSession(session.id));
    } catch (error) {
      // 409 also means "closed already" (by another tab of ours): if so, that is success.
      if (!(error instanceof ApiError && error.code === 'conflict')) throw error;
      const current = await api.getSession(session.id);
      if (current.state !== 'closed') throw error;
      onSessionChange(current);
    }
  }, [api, onSessionChange, session.id]);

  return (
    <main className={styles.page}>
      <CheckHeader title={session.title} closed={closed} isFacilitator={session.isFacilitator} onClose={close} />
      {closed && <ClosedNotice />}
      <RatingSection statements={session.statements} myVotes={myVotes} closed={closed} />
      <Divider />
      <QuestionsSection
        sessionId={session.id}
        questions={session.questions}
        closed={closed}
        onAnswerAdded={refresh}
        onRefused={refresh}
      />
      <Divider />
      <ResultsPanel session={session} live={live} />
    </main>
  );
}
