/**
 * Settings people and tests can override through the simulator page's query string:
 *
 *   ?participants=3..6   how many participant side panels to show
 *   ?locale=sv-SE        locale reported to the tab (any valid BCP 47 tag)
 *   ?theme=dark          default | dark | contrast
 *   ?tab=/some/page.html same-origin page to load instead of the real tab (for trying one teams-js call in isolation)
 *   ?surface=channel     which Teams surface to play: meeting (default), meeting-tab, channel, channel-setup, personal
 *   ?width=320           width in px of the channel, meeting tab or personal tab frame (320..1920)
 *   ?user=ben            whose Teams client shows the channel, meeting or personal tab, or the one side
 *                        panel on a phone (a participant key, or `oscar`, who left the team)
 *   ?meeting=scheduled   which meeting: channel (default), scheduled, instant, recurring
 *   ?occurrence=3        recurring meeting only: which occurrence of the weekly series (1-based, default 1)
 *   ?client=ios          the Teams client: web (default), desktop, android, ios
 *   ?role=attendee       the meeting role of everyone but the organizer: presenter (default), attendee
 *   ?channel=private     the channel type of the channel surfaces and the channel meeting: standard
 *                        (default), private, shared
 *   ?host=outlook        personal surface only: the host the personal app runs in (teams, outlook, office)
 *   ?personalTab=leadership  personal surface only: which of the manifest's personal static tabs is
 *                        open (its entityId); default the first, as Teams opens it
 *   ?sso=consent         how Teams SSO answers getAuthToken: ok (default), consent, cancelled, timeout,
 *                        anonymous, external (see ssoSimulation.ts)
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
  CHANNEL_KINDS,
  clampOccurrence,
  isMeetingKind,
  OTHERS_MEETING_ROLES,
  type ChannelKind,
  type MeetingKind,
  type OthersMeetingRole,
} from './meetingData';
import { DEFAULT_CLIENT_TYPE, isSimulatedClientType, type SimulatedClientType } from './hostRuntime';

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
 * - `meeting-tab`: the app's tab in the meeting's chat or its details (manifest contexts
 *   `meetingChatTab`, `meetingDetailsTab`): frameContext `content`, the meeting's context;
 * - `channel`: the Customer Pulse history tab in the team's channel (frameContext `content`);
 * - `channel-setup`: adding that tab: the config page (frameContext `settings`) with a Save
 *   button; after a successful save the frame opens the saved content URL as the channel tab;
 * - `personal`: the personal app (frameContext `content`, no team): the manifest's personal
 *   static tabs as a tab strip, like Teams' app header, and the open one's contentUrl.
 */
export const SURFACES = ['meeting', 'meeting-tab', 'channel', 'channel-setup', 'personal'] as const;
export type Surface = (typeof SURFACES)[number];

/** The hosts a personal app runs in; the leadership view must work in all of them. */
export const PERSONAL_HOSTS = ['teams', 'outlook', 'office'] as const;
export type PersonalHost = (typeof PERSONAL_HOSTS)[number];

/**
 * How the simulated Teams answers `authentication.getAuthToken` (ssoSimulation.ts plays each):
 * - `ok`: a token for the signed-in user;
 * - `consent`: the user has not consented to the app yet, until they go through the tab's consent step;
 * - `cancelled`: the user closed Teams' sign-in window (the first request per user);
 * - `timeout`: Teams never answers;
 * - `anonymous`: an anonymous meeting participant, who has no Entra identity and so no token;
 * - `external`: a participant from another organisation: a token of another tenant.
 */
export const SSO_MODES = ['ok', 'consent', 'cancelled', 'timeout', 'anonymous', 'external'] as const;
export type SsoMode = (typeof SSO_MODES)[number];

export function isSsoMode(value: unknown): value is SsoMode {
  return typeof value === 'string' && (SSO_MODES as readonly string[]).includes(value);
}

export const MIN_FRAME_WIDTH = 320;
export const MAX_FRAME_WIDTH = 1920;
export const DEFAULT_FRAME_WIDTH = 1200;
export const DEFAULT_FRAME_HEIGHT = 900;

/** What a saved channel tab opens: the team history of the simulated team. */
export const CHANNEL_TAB_PATH = `/index.html?view=history&teamId=${encodeURIComponent(SIMULATED_TEAM.groupId)}`;
/** The configuration page Teams opens when the app is added to a channel. */
export const CHANNEL_SETUP_PATH = '/index.html';
/** What the tab saves as a meeting tab's content URL: the meeting's chat and details tabs open it. */
export const MEETING_TAB_PATH = '/index.html';

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
  /** The personal surface's open static tab (`?personalTab=`, an entityId); unset opens the first. */
  readonly personalTab?: string;
  /** How Teams SSO answers the tab's token requests. */
  readonly sso: SsoMode;
  /** Which meeting the meeting surfaces play. */
  readonly meeting: MeetingKind;
  /** 1-based occurrence of a recurring meeting; 1 for the others. */
  readonly occurrence: number;
  readonly client: SimulatedClientType;
  /** The meeting role of every participant but the organizer. */
  readonly role: OthersMeetingRole;
  /** The channel type of the channel surfaces and of the channel meeting. */
  readonly channel: ChannelKind;
}

/** What decides the contexts and answers of every frame beyond the user: meeting, client, roles, channel. */
export type WorldSetting = Pick<SimulatorOptions, 'meeting' | 'occurrence' | 'client' | 'role' | 'channel'>;

export const DEFAULT_WORLD_SETTING: WorldSetting = {
  meeting: 'channel',
  occurrence: 1,
  client: DEFAULT_CLIENT_TYPE,
  role: 'presenter',
  channel: 'standard',
};

function oneOf<T extends string>(values: readonly T[], value: string | null, fallback: T): T {
  return value !== null && (values as readonly string[]).includes(value) ? (value as T) : fallback;
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
  const sso = query.get('sso');
  const meeting = query.get('meeting');
  const meetingKind = isMeetingKind(meeting) ? meeting : DEFAULT_WORLD_SETTING.meeting;
  const client = query.get('client');
  return {
    participantCount: parseParticipantCount(query.get('participants')),
    locale: normalizeLocale(query.get('locale')) ?? DEFAULT_LOCALE,
    theme: isTeamsTheme(theme) ? theme : DEFAULT_THEME,
    tabPath: parseTabPath(query.get('tab')),
    surface: isSurface(surface) ? surface : 'meeting',
    frameWidth: parseFrameWidth(query.get('width')),
    userKey: user && findParticipantByKey(user) ? user : SIMULATED_PARTICIPANTS[0]!.key,
    personalHost: (PERSONAL_HOSTS as readonly string[]).includes(host ?? '') ? (host as PersonalHost) : 'teams',
    personalTab: query.get('personalTab') || undefined,
    sso: isSsoMode(sso) ? sso : 'ok',
    meeting: meetingKind,
    occurrence: clampOccurrence(meetingKind, Number(query.get('occurrence') ?? 1)),
    client: isSimulatedClientType(client) ? client : DEFAULT_WORLD_SETTING.client,
    role: oneOf(OTHERS_MEETING_ROLES, query.get('role'), DEFAULT_WORLD_SETTING.role),
    channel: oneOf(CHANNEL_KINDS, query.get('channel'), DEFAULT_WORLD_SETTING.channel),
  };
}
