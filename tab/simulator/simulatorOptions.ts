/**
 * Settings people and tests can override through the simulator page's query string:
 *
 *   ?participants=3..6   how many participant side panels to show
 *   ?locale=sv-SE        locale reported to the tab (any valid BCP 47 tag)
 *   ?theme=dark          default | dark | contrast
 *   ?tab=/some/page.html same-origin page to load instead of the real tab (for trying one teams-js call in isolation)
 *
 * Invalid values fall back to the defaults instead of failing, so a typo still gives a
 * working meeting.
 */
import { DEFAULT_PARTICIPANT_COUNT, MAX_PARTICIPANTS, MIN_PARTICIPANTS } from './meetingData';

/** The three themes Teams reports through teams-js. */
export const TEAMS_THEMES = ['default', 'dark', 'contrast'] as const;
export type TeamsTheme = (typeof TEAMS_THEMES)[number];

/** Offered in the toolbar; `?locale=` also accepts anything else that is a valid tag. */
export const TOOLBAR_LOCALES = ['en-US', 'sv-SE', 'de-DE', 'fr-FR', 'ja-JP', 'ar-SA'] as const;

export const DEFAULT_LOCALE = 'en-US';
export const DEFAULT_THEME: TeamsTheme = 'default';
/** The tab's side panel entry point; the tab learns everything else from teams-js. */
export const DEFAULT_TAB_PATH = '/index.html?frame=sidePanel';

export interface SimulatorOptions {
  readonly participantCount: number;
  readonly locale: string;
  readonly theme: TeamsTheme;
  /** Same-origin path (with query) loaded in every participant's side panel. */
  readonly tabPath: string;
}

export function isTeamsTheme(value: unknown): value is TeamsTheme {
  return typeof value === 'string' && (TEAMS_THEMES as readonly string[]).includes(value);
}

export function normalizeLocale(value: string | null | undefined): string | undefined {
  if (!value) return undefined;
  try {
    return Intl.getCanonicalLocales(value)[0];
  } catch {
    return undefined;
  }
}

function parseParticipantCount(value: string | null): number {
  const count = Number(value);
  if (value === null || !Number.isInteger(count)) return DEFAULT_PARTICIPANT_COUNT;
  return Math.min(MAX_PARTICIPANTS, Math.max(MIN_PARTICIPANTS, count));
}

/**
 * Only root-relative paths are accepted: the simulator answers teams-js for same-origin
 * frames only, and a full URL here would let a link point the page at another site.
 */
function parseTabPath(value: string | null): string {
  if (!value || !value.startsWith('/') || value.startsWith('//')) return DEFAULT_TAB_PATH;
  return value;
}

export function parseSimulatorOptions(search: string): SimulatorOptions {
  const query = new URLSearchParams(search);
  const theme = query.get('theme');
  return {
    participantCount: parseParticipantCount(query.get('participants')),
    locale: normalizeLocale(query.get('locale')) ?? DEFAULT_LOCALE,
    theme: isTeamsTheme(theme) ? theme : DEFAULT_THEME,
    tabPath: parseTabPath(query.get('tab')),
  };
}
