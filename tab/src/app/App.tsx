/**
 * The tab's root: connects to Teams, applies the Teams theme live, and picks the experience
 * for the frame Teams opened us in: setup, the meeting stage, or the side panel.
 */
import { FluentProvider, makeStyles, Spinner } from '@fluentui/react-components';
import { useState } from 'react';
import type { app } from '@microsoft/teams-js';
import { ApiClientProvider } from '../api/ApiClientContext.tsx';
import { createTeamsApiClient } from '../api/apiClientForTeams.ts';
import { ConfigPage } from '../config/ConfigPage.tsx';
import { usePageStyles, useGlobalStyles } from '../shared/pageStyles.ts';
import { SidePanel } from '../sidePanel/SidePanel.tsx';
import { stageRequestOf } from '../stage/stageUrl.ts';
import { StageView } from '../stage/StageView.tsx';
import { strings } from '../strings.ts';
import { meetingScopeOf } from '../teams/meetingScope.ts';
import { isSettingsFrame, isStageFrame } from '../teams/teamsHost.ts';
import { fluentThemeFor } from './fluentTheme.ts';
import { HostErrorScreen } from './HostErrorScreen.tsx';
import { useTeamsConnection, useTeamsTheme } from './useTeamsConnection.ts';

const useStyles = makeStyles({
  provider: { minHeight: '100vh' },
});

export function App() {
  useGlobalStyles();
  const styles = useStyles();
  const connection = useTeamsConnection();
  const theme = useTeamsTheme();
  return (
    <FluentProvider theme={fluentThemeFor(theme)} className={styles.provider}>
      {connection.status === 'connecting' && <Connecting />}
      {connection.status === 'failed' && <HostErrorScreen error={connection.error} />}
      {connection.status === 'ready' && <FrameExperience context={connection.connection.context} />}
    </FluentProvider>
  );
}

function Connecting() {
  const styles = usePageStyles();
  return (
    <main className={styles.centered}>
      <Spinner label={strings.boot.connecting} />
    </main>
  );
}

function FrameExperience({ context }: { context: app.Context }) {
  // One client per page: it holds no state beyond the token cache, which lives in authToken.
  const [apiClient] = useState(createTeamsApiClient);
  if (isSettingsFrame(context)) return <ConfigPage />;
  const scope = meetingScopeOf(context);
  const stage = stageRequestOf(window.location.search);
  return (
    <ApiClientProvider client={apiClient}>
      {stage.isStage || isStageFrame(context) ? (
        <StageView sessionId={stage.sessionId} meetingId={scope.meetingId} />
      ) : (
        <SidePanel scope={scope} />
      )}
    </ApiClientProvider>
  );
}
