/** Shown when the tab cannot talk to Teams at all, instead of an endless spinner. */
import { Button, MessageBar, MessageBarActions, MessageBarBody, MessageBarTitle } from '@fluentui/react-components';
import { strings } from '../strings.ts';
import type { HostConnectionError } from '../teams/teamsHost.ts';
import { usePageStyles } from '../shared/pageStyles.ts';

export function HostErrorScreen({ error }: { error: HostConnectionError }) {
  const styles = usePageStyles();
  return (
    <main className={styles.page}>
      <MessageBar intent="error" layout="multiline">
        <MessageBarBody>
          <MessageBarTitle>{strings.boot.failedTitle}</MessageBarTitle>
          {describeFailure(error)}
        </MessageBarBody>
        <MessageBarActions>
          <Button onClick={() => window.location.reload()}>{strings.boot.reload}</Button>
        </MessageBarActions>
      </MessageBar>
    </main>
  );
}

function describeFailure(error: HostConnectionError): string {
  switch (error.stage) {
    case 'timeout':
      return `${strings.boot.initializeTimedOut} ${strings.boot.notInTeams}`;
    case 'initialize':
      // Typically "No Parent window found": the page was opened outside a Teams client.
      return `${strings.boot.initializeFailed(error.reason)} ${strings.boot.notInTeams}`;
    case 'context':
      return strings.boot.contextFailed(error.reason);
  }
}
