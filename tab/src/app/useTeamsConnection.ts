/** The host connection as React state: connecting, failed (with why), or ready. */
import { useEffect, useState, useSyncExternalStore } from 'react';
import { startLanguage } from '../i18n/i18n.ts';
import { loadFluentTheme } from './fluentTheme.ts';
import {
  connectToTeams,
  getTheme,
  HostConnectionError,
  subscribeToTheme,
  themeOf,
  type HostConnection,
  type TeamsTheme,
} from '../teams/teamsHost.ts';

export type TeamsConnectionState =
  | { readonly status: 'connecting' }
  | { readonly status: 'failed'; readonly error: HostConnectionError }
  | { readonly status: 'ready'; readonly connection: HostConnection };

export function useTeamsConnection(): TeamsConnectionState {
  const [state, setState] = useState<TeamsConnectionState>({ status: 'connecting' });
  useEffect(() => {
    let current = true;
    connectToTeams()
      // The first screen shows in the user's language: its texts are loaded before it renders.
      .then(async (connection) => {
        const { app, user } = connection.context;
        await Promise.all([
          startLanguage({ locale: app.locale, userId: user?.id }),
          // A dark or high-contrast first screen is drawn in its theme, never light first.
          loadFluentTheme(themeOf(app.theme)).catch(() => undefined),
        ]);
        return connection;
      })
      .then(
        (connection) => current && setState({ status: 'ready', connection }),
        async (error: unknown) => {
          // No word from Teams: the browser's language is the best guess for the error screen.
          await startLanguage({ locale: navigator.language });
          if (!current) return;
          setState({
            status: 'failed',
            error: error instanceof HostConnectionError ? error : new HostConnectionError('initialize', String(error)),
          });
        },
      );
    return () => {
      current = false;
    };
  }, []);
  return state;
}

/** The theme Teams reports now; re-renders when the user switches theme in Teams. */
export function useTeamsTheme(): TeamsTheme {
  return useSyncExternalStore(subscribeToTheme, getTheme);
}
