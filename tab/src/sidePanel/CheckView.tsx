/**
 * A started check in the side panel: rate first (the statements are the first screen, also
 * for the facilitator at 320 px), then the facilitator's controls (reveal, timer, hand-over,
 * stage, close), the review of earlier actions and registers, the open questions and the results.
 *
 * State comes from three places: the session this panel joined, the results poll (every
 * 1.5 s, mostly 304s), and a re-read of the session whenever that poll says something
 * changed, since the results' ETag also covers the facilitator's changes. The facilitator's
 * own changes answer with the new session at once.
 */
import {
  Button,
  Divider,
  makeStyles,
  MessageBar,
  MessageBarActions,
  MessageBarBody,
  Text,
  tokens,
} from '@fluentui/react-components';
import { lazy, Suspense, useCallback, useEffect, useMemo, useRef, useState } from 'react';
import { useTranslation } from '../i18n/useTranslation.ts';
import { useApiClient } from '../api/ApiClientContext.tsx';
import { ApiError, messageOf, type Results, type Session } from '../api/client.ts';
import { Countdown } from '../check/Countdown.tsx';
import type { ServerClock } from '../check/serverClock.ts';
import { useLiveCheck } from '../check/useLiveCheck.ts';
import type { TrackSession } from '../check/useSessionUpdates.ts';
import { localizeSession } from '../i18n/templateTexts.ts';
import { usePageStyles } from '../shared/pageStyles.ts';
import { ErrorBar } from '../shared/ErrorBar.tsx';
import { useLoad } from '../shared/useLoad.ts';
import { OpenActionsSection } from './actions/OpenActionsSection.tsx';
import { useAnswerActions } from './actions/useAnswerActions.ts';
import { CheckHeader } from './CheckHeader.tsx';
import { ClosedNotice } from './ClosedNotice.tsx';
import { LanguagePicker } from './LanguagePicker.tsx';
import { HandoverOffer } from './facilitation/HandoverOffer.tsx';
import { RegisterReviewSection } from './registers/RegisterReviewSection.tsx';
import { RatingSection } from './rating/RatingSection.tsx';
import { useMyVotes } from './rating/useMyVotes.ts';

// Loaded after the first screen (the rating form): the facilitator's controls and dialogs,
// and the results with their distributions and answer dialogs.
const FacilitatorControls = lazy(() =>
  import('./facilitation/FacilitatorControls.tsx').then((module) => ({ default: module.FacilitatorControls })),
);
// The open questions come after the ratings: their form follows a moment later, below them.
const QuestionsSection = lazy(() =>
  import('./questions/QuestionsSection.tsx').then((module) => ({ default: module.QuestionsSection })),
);
const ResultsPanel = lazy(() => import('./results/ResultsPanel.tsx').then((module) => ({ default: module.ResultsPanel })));

const useStyles = makeStyles({
  status: {
    display: 'flex',
    flexWrap: 'wrap',
    alignItems: 'baseline',
    justifyContent: 'space-between',
    gap: `${tokens.spacingVerticalXS} ${tokens.spacingHorizontalM}`,
  },
});

export interface CheckViewProps {
  readonly session: Session;
  readonly onSessionChange: (session: Session) => void;
}

export function CheckView({ session, onSessionChange }: CheckViewProps) {
  const styles = usePageStyles();
  const { t } = useTranslation();
  const api = useApiClient();
  const { clock, track, live, closed } = useLiveCheck(session, onSessionChange);
  const revealed = session.revealed || live.results?.revealed === true;
  const { refresh } = live;
  const myVotes = useMyVotes(session, refresh);
  const join = useJoin(session.id, track);
  const answerActions = useAnswerActions(session.id, session.teamId, session.isFacilitator && revealed);
  const [tookOver, setTookOver] = useState(false);
  // Ids stay the API's; only the texts shown are in this person's language.
  const localized = useMemo(() => localizeSession(t, session), [t, session]);
  // Read once when the panel opens: re-reads of the check (after every vote) leave it out.
  const review = useLoad((signal) => api.getCheckReview(session.id, signal), session.id);

  const close = useCallback(async () => {
    try {
      await track(() => api.closeSession(session.id));
    } catch (error) {
      // 409 also means "closed already" (by another tab of ours): if so, that is success.
      if (!(error instanceof ApiError && error.code === 'conflict')) throw error;
      const current = await track(() => api.getSession(session.id));
      if (current.state !== 'closed') throw error;
    }
  }, [api, session.id, track]);

  const acceptedHandover = useCallback(() => {
    setTookOver(true);
    refresh();
  }, [refresh]);

  return (
    <main className={styles.page}>
      <LanguagePicker />
      <CheckHeader
        title={localized.title}
        createdAt={session.createdAt}
        closed={closed}
        isFacilitator={session.isFacilitator}
        facilitatorName={session.facilitatorName}
      />
      <LiveStatus session={session} results={live.results} clock={clock} closed={closed} />
      {join.error && (
        <MessageBar intent="warning" layout="multiline">
          <MessageBarBody>{t('join.failed', { reason: join.error })}</MessageBarBody>
          <MessageBarActions>
            <Button onClick={join.retry}>{t('common.retry')}</Button>
          </MessageBarActions>
        </MessageBar>
      )}
      {session.handover?.toMe && !closed && (
        <HandoverOffer
          sessionId={session.id}
          facilitatorName={session.facilitatorName}
          track={track}
          onAccepted={acceptedHandover}
        />
      )}
      {closed ? (
        // A closed check is its results: no forms left to fill in, nothing left to review.
        <ClosedNotice />
      ) : (
        <>
          <RatingSection statements={localized.statements} session={session} myVotes={myVotes} />
          {/* After the statements, never above them: at 320 px the rating is the first screen for everyone. */}
          {session.isFacilitator && (
            <Suspense fallback={null}>
              <FacilitatorControls
                session={session}
                clock={clock}
                revealed={revealed}
                track={track}
                onChanged={refresh}
                onClose={close}
                focusOnMount={tookOver}
              />
            </Suspense>
          )}
          {review.state.status === 'failed' && (
            <ErrorBar error={t('review.loadFailed', { reason: review.state.message })} onRetry={review.reload} />
          )}
          {review.state.status === 'loaded' && (
            <>
              <OpenActionsSection
                teamId={session.teamId}
                actions={review.state.data.openActions}
                more={review.state.data.more.openActions}
              />
              <RegisterReviewSection
                session={session}
                entries={review.state.data.registerReview}
                more={review.state.data.more.registerReview}
              />
            </>
          )}
          <Divider />
          <Suspense fallback={null}>
            <QuestionsSection
              sessionId={session.id}
              questions={localized.questions}
              onAnswerAdded={refresh}
              onRefused={refresh}
            />
          </Suspense>
          <Divider />
        </>
      )}
      <Suspense fallback={null}>
        <ResultsPanel
          session={localized}
          live={live}
          answerActions={session.isFacilitator && revealed ? answerActions : undefined}
        />
      </Suspense>
    </main>
  );
}

/** Who rated so far and the facilitator's timer, at the top where everyone looks. */
function LiveStatus({
  session,
  results,
  clock,
  closed,
}: {
  session: Session;
  results: Results | undefined;
  clock: ServerClock;
  closed: boolean;
}) {
  const styles = useStyles();
  const { t } = useTranslation();
  if (!results && !session.timer) return null;
  return (
    <div className={styles.status}>
      {results && (
        <Text weight="semibold">
          {t('results.participation', { count: results.voters, participants: results.participants })}
        </Text>
      )}
      {session.timer && !closed && <Countdown timer={session.timer} clock={clock} />}
    </div>
  );
}

/**
 * Joins the check once per page load, which counts the caller as a participant ("7 of 9
 * have rated") and makes them someone the role can be handed to. React's development
 * double-mount shares the one request.
 */
function useJoin(sessionId: string, track: TrackSession): { error?: string; retry(): void } {
  const api = useApiClient();
  const [attempt, setAttempt] = useState(0);
  const [error, setError] = useState<string>();
  const request = useRef<{ attempt: number; done: Promise<unknown> } | undefined>(undefined);

  useEffect(() => {
    if (request.current?.attempt !== attempt) {
      request.current = { attempt, done: track(() => api.joinSession(sessionId)) };
    }
    let current = true;
    request.current.done.then(
      () => current && setError(undefined),
      (failure: unknown) => current && setError(messageOf(failure)),
    );
    return () => {
      current = false;
    };
  }, [api, attempt, sessionId, track]);

  const retry = useCallback(() => setAttempt((count) => count + 1), []);
  return { error, retry };
}
