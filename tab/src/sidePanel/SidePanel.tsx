/**
 * The meeting side panel: the meeting's open check, or the way to start one. Only the side
 * panel layout exists so far; the stage and channel views will get siblings of this folder.
 */
import { Button, MessageBar, MessageBarActions, MessageBarBody } from '@fluentui/react-components';
import { lazy, Suspense } from 'react';
import { useTranslation } from '../i18n/useTranslation.ts';
import { LoadBoundary } from '../app/LoadBoundary.tsx';
import { useReportFirstScreen } from '../app/useReportFirstScreen.ts';
import { PageSpinner } from '../shared/PageSpinner.tsx';
import { usePageStyles } from '../shared/pageStyles.ts';
import type { MeetingScope } from '../teams/meetingScope.ts';
import { CheckView } from './CheckView.tsx';
import { LeftOpenChecks } from './LeftOpenChecks.tsx';
import { useMeetingDetails } from '../shared/useMeetingDetails.ts';
import { useOpenSession, type CheckScope } from './useOpenSession.ts';

// The way to start a check (with its template picker) only shows where none is open yet:
// loaded then, so a panel joining an open check does not download it.
const StartCheck = lazy(() => import('./StartCheck.tsx').then((module) => ({ default: module.StartCheck })));

export function SidePanel({ scope }: { scope: MeetingScope }) {
  const { meetingId } = scope;
  if (!meetingId) return <NotInMeeting />;
  return <OccurrenceCheck scope={{ meetingId, teamId: scope.teamId, teamName: scope.teamName }} />;
}

/**
 * A recurring series keeps one meetingId: which occurrence runs is asked of Teams first. A
 * meeting without a team files its checks under its chat, named by the meeting's title.
 */
function OccurrenceCheck({ scope }: { scope: Omit<CheckScope, 'occurrenceStart'> }) {
  const details = useMeetingDetails();
  if (!details) return <PageSpinner />;
  return <MeetingCheck scope={{ ...scope, teamName: scope.teamName ?? details.title, occurrenceStart: details.scheduledStart }} />;
}

function MeetingCheck({ scope }: { scope: CheckScope }) {
  const styles = usePageStyles();
  const { t } = useTranslation();
  const { state, starting, startError, start, retry, replaceSession, templates, templateId, chooseTemplate, leftOpen, closeLeftOpen } =
    useOpenSession(scope);
  useReportFirstScreen(state.status !== 'loading');
  const leftOpenChecks = leftOpen.length > 0 && (
    <div className={styles.page}>
      <LeftOpenChecks sessions={leftOpen} onClose={closeLeftOpen} />
    </div>
  );

  switch (state.status) {
    case 'loading':
      return <PageSpinner />;
    case 'failed':
      return (
        <main className={styles.page}>
          <MessageBar intent="error" layout="multiline">
            <MessageBarBody>{t('start.loadFailed', { reason: state.message })}</MessageBarBody>
            <MessageBarActions>
              <Button onClick={retry}>{t('common.retry')}</Button>
            </MessageBarActions>
          </MessageBar>
        </main>
      );
    case 'none':
      return (
        <LoadBoundary>
          {leftOpenChecks}
          <Suspense
            fallback={<PageSpinner />}
          >
            <StartCheck
              canStart={scope.teamId !== undefined}
              starting={starting}
              startError={startError}
              lookupError={state.lookupError}
              templates={templates}
              templateId={templateId}
              onChooseTemplate={chooseTemplate}
              onStart={() => void start()}
            />
          </Suspense>
        </LoadBoundary>
      );
    case 'found':
      return (
        <>
          {leftOpenChecks}
          <CheckView key={state.session.id} session={state.session} onSessionChange={replaceSession} />
        </>
      );
  }
}

function NotInMeeting() {
  const styles = usePageStyles();
  const { t } = useTranslation();
  useReportFirstScreen(true);
  return (
    <main className={styles.page}>
      <MessageBar intent="info" layout="multiline">
        <MessageBarBody>{t('scope.noMeeting')}</MessageBarBody>
      </MessageBar>
    </main>
  );
}
