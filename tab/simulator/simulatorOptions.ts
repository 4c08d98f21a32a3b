/**
 * Settings people and tests can override through the simulator page's query string:
 *
 *   ?participants=3..6   how many participant side panels to show
 *   ?locale=sv-SE        locale reported to the tab (any valid BCP 47 tag)
 *   ?theme=dark          default | dark | contrast
 *   ?tab=/some/page.html same-origin page to load instead of the real tab (for trying one teams-js call in isolation)
 *   ?surface=channel     which Teams surface to play: meeting (default), channel, channel-setup, personal
 *   ?width=320           width in px of the channel or personal tab frame (320..1920)
 *   ?user=ben            whose Teams client shows the channel or personal tab (a participant key,
 *                        or `oscar`, who left the team)
 *   ?host=outlook        personal surface only: the host the leadership view runs in (teams, outlook, office)
 *
 * Invalid values fall back to the defaults instead of failing, so a typo still gives a
 * working meeting.
 */
import {
  DEFAULT_PARTICIPANT_COUNT,
  findParticipantByKey,
  MAX_PARTICIPANTS,
  MIN_PARTICIPANTS,
  SIMULATED_PARTICIPANTS,
  SIMULATED_TEAM,
} from './meetingData';

/** The three themes Teams reports through teams-js. */
export const TEAMS_THEMES = ['default', 'dark', 'contrast'] as const;
export type TeamsTheme = (typeof TEAMS_THEMES)[number];

/**
 * Offered in the toolbar: the tab's five languages, then locales it does not speak (it falls
 * back to English) and a right-to-left one. `?locale=` also accepts any other valid tag.
 */
export const TOOLBAR_LOCALES = ['en-US', 'sv-SE', 'tr-TR', 'da-DK', 'de-DE', 'fr-FR', 'ja-JP', 'ar-SA'] as const;

export const DEFAULT_LOCALE = 'en-US';
export const DEFAULT_THEME: TeamsTheme = 'default';
/** The tab's side panel entry point; the tab learns everything else from teams-js. */
export const DEFAULT_TAB_PATH = '/index.html?frame=sidePanel';

/**
 * The Teams surfaces the page can play:
 * - `meeting`: side panels of the participants and the meeting stage;
 * - `channel`: the Customer Pulse history tab in the team's channel (frameContext `content`);
 * - `channel-setup`: adding that tab: the config page (frameContext `settings`) with a Save
 *   button; after a successful save the frame opens the saved content URL as the channel tab;
 * - `personal`: the leadership view as a personal app (frameContext `content`, no team).
 */
export const SURFACES = ['meeting', 'channel', 'channel-setup', 'personal'] as const;
export type Surface = (typeof SURFACES)[number];

/** The hosts a personal app runs in; the leadership view must work in all of them. */
export const PERSONAL_HOSTS = ['teams', 'outlook', 'office'] as const;
export type PersonalHost = (typeof PERSONAL_HOSTS)[number];

export const MIN_FRAME_WIDTH = 320;
export const MAX_FRAME_WIDTH = 1920;
export const DEFAULT_FRAME_WIDTH = 1200;
export const DEFAULT_FRAME_HEIGHT = 900;

/** What a saved channel tab opens: the team history of the simulated team. */
export const CHANNEL_TAB_PATH = `/index.html?view=history&teamId=${encodeURIComponent(SIMULATED_TEAM.groupId)}`;
/** The configuration page Teams opens when the app is added to a channel. */
export const CHANNEL_SETUP_PATH = '/index.html';
/** The personal app's static tab (see the manifest's staticTabs). */
export const PERSONAL_TAB_PATH = '/index.html?view=leadership';

export interface SimulatorOptions {
  readonly participantCount: number;
  readonly locale: string;
  readonly theme: TeamsTheme;
  /** Same-origin path (with query) loaded in every participant's side panel. */
  readonly tabPath: string;
  readonly surface: Surface;
  /** Width in px of the single tab frame of the channel and personal surfaces. */
  readonly frameWidth: number;
  /** Participant key of the signed-in user on the channel and personal surfaces. */
  readonly userKey: string;
  readonly personalHost: PersonalHost;
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

export function isSurface(value: unknown): value is Surface {
  return typeof value === 'string' && (SURFACES as readonly string[]).includes(value);
}

/** Clamps to the widths Teams gives a tab: from a phone-sized 320 px up to a wide screen. */
export function clampFrameWidth(value: number): number {
  return Math.round(Math.min(MAX_FRAME_WIDTH, Math.max(MIN_FRAME_WIDTH, value)));
}

function parseFrameWidth(value: string | null): number {
  const width = Number(value);
  return value === null || !Number.isFinite(width) ? DEFAULT_FRAME_WIDTH : clampFrameWidth(width);
}

export function parseSimulatorOptions(search: string): SimulatorOptions {
  const query = new URLSearchParams(search);
  const theme = query.get('theme');
  const surface = query.get('surface');
  const user = query.get('user');
  const host = query.get('host');
  return {
    participantCount: parseParticipantCount(query.get('participants')),
    locale: normalizeLocale(query.get('locale')) ?? DEFAULT_LOCALE,
    theme: isTeamsTheme(theme) ? theme : DEFAULT_THEME,
    tabPath: parseTabPath(query.get('tab')),
    surface: isSurface(surface) ? surface : 'meeting',
    frameWidth: parseFrameWidth(query.get('width')),
    userKey: user && findParticipantByKey(user) ? user : SIMULATED_PARTICIPANTS[0]!.key,
    personalHost: (PERSONAL_HOSTS as readonly string[]).includes(host ?? '') ? (host as PersonalHost) : 'teams',
  };
}
