/**
 * Catches a view that failed to load or render (a chunk that did not download, say) and
 * offers a reload, instead of leaving Teams with a blank frame.
 */
import { Button, MessageBar, MessageBarActions, MessageBarBody, MessageBarTitle } from '@fluentui/react-components';
import { Component, type ReactNode } from 'react';
import { useTranslation } from '../i18n/useTranslation.ts';
import { i18n } from '../i18n/i18n.ts';
import { usePageStyles } from '../shared/pageStyles.ts';
import { notifyFirstScreenRendered } from '../teams/teamsHost.ts';

interface LoadBoundaryState {
  readonly error?: string;
}

export class LoadBoundary extends Component<{ children: ReactNode }, LoadBoundaryState> {
  override state: LoadBoundaryState = {};

  static getDerivedStateFromError(error: unknown): LoadBoundaryState {
    return { error: error instanceof Error && error.message ? error.message : i18n.t('errors.unknown') };
  }

  override componentDidCatch(): void {
    // The error is the screen the user acts on: Teams may drop its loading indicator.
    notifyFirstScreenRendered();
  }

  override render() {
    return this.state.error === undefined ? this.props.children : <LoadFailed reason={this.state.error} />;
  }
}

function LoadFailed({ reason }: { reason: string }) {
  const styles = usePageStyles();
  const { t } = useTranslation();
  return (
    <main className={styles.page}>
      <MessageBar intent="error" layout="multiline">
        <MessageBarBody>
          <MessageBarTitle>{t('boot.viewFailedTitle')}</MessageBarTitle>
          {reason}
        </MessageBarBody>
        <MessageBarActions>
          <Button onClick={() => window.location.reload()}>{t('boot.reload')}</Button>
        </MessageBarActions>
      </MessageBar>
    </main>
  );
}
