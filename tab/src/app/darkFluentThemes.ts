/** Teams' dark and high-contrast Fluent themes: a chunk of their own (see fluentTheme.ts). */
export { teamsDarkTheme, teamsHighContrastTheme } from '@fluentui/react-components';
