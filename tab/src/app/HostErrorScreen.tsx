/** Shown when the tab cannot talk to Teams at all, instead of an endless spinner. */
import { Button, MessageBar, MessageBarActions, MessageBarBody, MessageBarTitle } from '@fluentui/react-components';
import type { Translate } from '../i18n/translator.ts';
import { useTranslation } from '../i18n/useTranslation.ts';
import type { HostConnectionError } from '../teams/teamsHost.ts';
import { usePageStyles } from '../shared/pageStyles.ts';

export function HostErrorScreen({ error }: { error: HostConnectionError }) {
  const styles = usePageStyles();
  const { t } = useTranslation();
  return (
    <main className={styles.page}>
      <MessageBar intent="error" layout="multiline">
        <MessageBarBody>
          <MessageBarTitle>{t('boot.failedTitle')}</MessageBarTitle>
          {describeFailure(t, error)}
        </MessageBarBody>
        <MessageBarActions>
          <Button onClick={() => window.location.reload()}>{t('boot.reload')}</Button>
        </MessageBarActions>
      </MessageBar>
    </main>
  );
}

function describeFailure(t: Translate, error: HostConnectionError): string {
  switch (error.stage) {
    case 'timeout':
      return `${t('boot.initializeTimedOut')} ${t('boot.notInTeams')}`;
    case 'initialize':
      // Typically "No Parent window found": the page was opened outside a Teams client.
      return `${t('boot.initializeFailed', { reason: error.reason })} ${t('boot.notInTeams')}`;
    case 'context':
      return t('boot.contextFailed', { reason: error.reason });
  }
}
