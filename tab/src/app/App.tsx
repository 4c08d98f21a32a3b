/**
 * The tab's root: connects to Teams, shows the UI in the user's language (i18n/i18n.ts: their
 * own choice, else the Teams locale, else English), applies the Teams theme live (light, dark,
 * high contrast) and respects reduced motion, and picks the experience for the frame Teams
 * opened us in (see frameView.ts). Only the side panel loads with the page; the stage, the
 * config pages, the team history, "Your teams" and the leadership view, with their charts and
 * tables, are loaded only when a frame shows them, so the side panel's first load carries none
 * of them.
 */
import { FluentProvider, makeStaticStyles, makeStyles } from '@fluentui/react-components';
import { lazy, Suspense, useEffect, useRef, useState } from 'react';
import { useTranslation } from '../i18n/useTranslation.ts';
import type { app } from '@microsoft/teams-js';
import type { TeamsTheme } from '../teams/teamsHost.ts';
import { ApiClientProvider } from '../api/ApiClientContext.tsx';
import { createTeamsApiClient } from '../api/apiClientForTeams.ts';
import { PageSpinner } from '../shared/PageSpinner.tsx';
import { useGlobalStyles } from '../shared/pageStyles.ts';
import { SidePanel } from '../sidePanel/SidePanel.tsx';
import { loadedFluentTheme, loadFluentTheme } from './fluentTheme.ts';
import { frameViewOf } from './frameView.ts';
import { HostErrorScreen } from './HostErrorScreen.tsx';
import { LoadBoundary } from './LoadBoundary.tsx';
import { SignInGate } from './SignInGate.tsx';
import { useTeamsConnection, useTeamsTheme } from './useTeamsConnection.ts';

const TeamHistoryView = lazy(() => import('../history/TeamHistoryView.tsx'));
const LeadershipView = lazy(() => import('../leadership/LeadershipView.tsx'));
const YourTeamsView = lazy(() => import('../personal/YourTeamsView.tsx'));
const ChannelConfigPage = lazy(() => import('../config/ChannelConfigPage.tsx'));
// Frames other than the side panel: their code is not part of the side panel's first load.
const StageView = lazy(() => import('../stage/StageView.tsx').then((module) => ({ default: module.StageView })));
// If its chunk does not download, the page works on without it (see KeepTabster.tsx for why it helps).
const KeepTabster = lazy(() => import('./KeepTabster.tsx').catch(() => ({ default: () => null })));
const ConfigPage = lazy(() => import('../config/ConfigPage.tsx').then((module) => ({ default: module.ConfigPage })));

/** Stops every animation and transition: for people who asked their system for less motion. */
const stillness = {
  animationDuration: '0.01ms !important',
  animationIterationCount: '1 !important',
  transitionDuration: '0.01ms !important',
};

const useStyles = makeStyles({
  provider: {
    // Fluent's own components slow their spinners and skip most transitions already; this
    // stops the rest (the rating bars growing, for one). State is never shown by motion alone
    // (spinners carry a label), so nothing is lost.
    '@media (prefers-reduced-motion: reduce)': {
      '& *': stillness,
      '& *::before': stillness,
      '& *::after': stillness,
    },
  },
});

/**
 * The page's provider fills the frame. Not through its className: Fluent gives that class to
 * its portal mount nodes too (Dropdown, Tooltip…), where a full-height box would cover the
 * page and swallow every click.
 */
const useFullHeight = makeStaticStyles({ '#root > .fui-FluentProvider': { minHeight: '100vh' } });

export function App() {
  useGlobalStyles();
  useFullHeight();
  const styles = useStyles();
  const connection = useTeamsConnection();
  const theme = useTeamsTheme();
  return (
    <FluentProvider theme={useFluentTheme(theme)} className={styles.provider}>
      {connection.status === 'connecting' && <Connecting />}
      {connection.status === 'failed' && <HostErrorScreen error={connection.error} />}
      {connection.status === 'ready' && <FrameExperience context={connection.connection.context} />}
    </FluentProvider>
  );
}

/**
 * The Fluent theme for Teams' theme. The first screen waits for its theme (useTeamsConnection);
 * when the user switches theme later, the previous one stays until the new one has loaded.
 */
function useFluentTheme(theme: TeamsTheme) {
  const [, setLoaded] = useState(0);
  const shown = useRef(loadedFluentTheme('default')!);
  const wanted = loadedFluentTheme(theme);
  useEffect(() => {
    if (wanted) return;
    let current = true;
    loadFluentTheme(theme).then(
      () => current && setLoaded((count) => count + 1),
      () => undefined, // stays in the theme shown; the next switch tries again
    );
    return () => {
      current = false;
    };
  }, [theme, wanted]);
  if (wanted) shown.current = wanted;
  return shown.current;
}

function Connecting() {
  const { t } = useTranslation();
  return <PageSpinner label={t('boot.connecting')} />;
}

function FrameExperience({ context }: { context: app.Context }) {
  // One client per page: it holds no state beyond the token cache, which lives in authToken.
  const [apiClient] = useState(createTeamsApiClient);
  const idle = useIdleAfterFirstScreen();
  const view = frameViewOf(context, window.location.search);
  if (view.kind === 'meetingConfig') {
    return (
      <LoadBoundary>
        <Suspense fallback={<PageSpinner />}>
          <ConfigPage />
        </Suspense>
      </LoadBoundary>
    );
  }
  if (view.kind === 'channelConfig') {
    return (
      <LoadBoundary>
        <Suspense fallback={<PageSpinner />}>
          <ChannelConfigPage teamId={view.teamId} teamName={view.teamName} />
        </Suspense>
      </LoadBoundary>
    );
  }
  return (
    <ApiClientProvider client={apiClient}>
      {/* Every view below calls the API: each shows once Teams signed the user in (SignInGate.tsx). */}
      <SignInGate context={context}>
        {idle && (
          <Suspense fallback={null}>
            <KeepTabster />
          </Suspense>
        )}
        {view.kind === 'stage' && (
          <LoadBoundary>
            <Suspense fallback={<PageSpinner />}>
              <StageView sessionId={view.sessionId} meetingId={view.meetingId} />
            </Suspense>
          </LoadBoundary>
        )}
        {view.kind === 'sidePanel' && <SidePanel scope={view.scope} />}
        {(view.kind === 'history' || view.kind === 'leadership' || view.kind === 'yourTeams') && (
          <LoadBoundary>
            <Suspense fallback={<PageSpinner />}>
              {view.kind === 'history' && <TeamHistoryView teamId={view.teamId} teamName={view.teamName} inMeeting={view.inMeeting} />}
              {view.kind === 'leadership' && <LeadershipView />}
              {view.kind === 'yourTeams' && <YourTeamsView />}
            </Suspense>
          </LoadBoundary>
        )}
      </SignInGate>
    </ApiClientProvider>
  );
}

/**
 * True once the browser is idle after the first screen (at the latest after 3 s): for downloads
 * the first screen does not need, so they do not compete with its API calls.
 */
function useIdleAfterFirstScreen(): boolean {
  const [idle, setIdle] = useState(false);
  useEffect(() => {
    if (typeof requestIdleCallback !== 'function') {
      const timer = setTimeout(() => setIdle(true), 1000);
      return () => clearTimeout(timer);
    }
    const handle = requestIdleCallback(() => setIdle(true), { timeout: 3000 });
    return () => cancelIdleCallback(handle);
  }, []);
  return idle;
}
