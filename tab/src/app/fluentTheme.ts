/**
 * Teams' three themes, as the matching Fluent UI themes. The light one comes with the page;
 * the dark and high-contrast ones (a good part of Fluent's tokens) are loaded when Teams
 * reports them, before the first screen renders (see useTeamsConnection.ts).
 */
import { teamsLightTheme, type Theme } from '@fluentui/react-components';
import type { TeamsTheme } from '../teams/teamsHost.ts';

const fluentThemes: Partial<Record<TeamsTheme, Theme>> = { default: teamsLightTheme };
let loading: Promise<void> | undefined;

/** The Fluent theme for a Teams theme, if it is loaded (the light one always is). */
export function loadedFluentTheme(theme: TeamsTheme): Theme | undefined {
  return fluentThemes[theme];
}

/** Loads the dark and high-contrast themes (one chunk), once. */
export function loadFluentTheme(theme: TeamsTheme): Promise<void> {
  if (fluentThemes[theme]) return Promise.resolve();
  loading ??= import('./darkFluentThemes.ts').then(
    ({ teamsDarkTheme, teamsHighContrastTheme }) => {
      fluentThemes.dark = teamsDarkTheme;
      fluentThemes.contrast = teamsHighContrastTheme;
    },
    (error: unknown) => {
      loading = undefined; // a failed chunk may load on the next try
      throw error;
    },
  );
  return loading;
}
