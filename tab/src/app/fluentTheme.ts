/** Teams' three themes, as the matching Fluent UI themes. */
import { teamsDarkTheme, teamsHighContrastTheme, teamsLightTheme, type Theme } from '@fluentui/react-components';
import type { TeamsTheme } from '../teams/teamsHost.ts';

const fluentThemes: Record<TeamsTheme, Theme> = {
  default: teamsLightTheme,
  dark: teamsDarkTheme,
  contrast: teamsHighContrastTheme,
};

export function fluentThemeFor(theme: TeamsTheme): Theme {
  return fluentThemes[theme];
}
