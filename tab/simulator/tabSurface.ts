/**
 * One app frame outside a meeting's side panels: the Customer Pulse history tab in the team's
 * channel, its setup page, the app's tab in a meeting's chat or details, or the personal app
 * (one frame for whichever of its static tabs is open, as in Teams). Like a meeting session it owns the theme, locale and log the frame's host
 * answers from; it has no meeting stage (teams-js offers stage sharing only to side panels and
 * the stage itself).
 */
import { HostLog } from './hostLog';
import type { PersonalStaticTab } from './manifestSurfaces';
import { OTHER_HOST_RUNTIME_CONFIG } from './hostRuntime';
import { SIMULATED_ENTITY_ID } from './meetingContext';
import { SIMULATED_TEAM, type SimulatedParticipant } from './meetingData';
import {
  CHANNEL_SETUP_PATH,
  CHANNEL_TAB_PATH,
  MEETING_TAB_PATH,
  type PersonalHost,
  type TeamsTheme,
  type WorldSetting,
} from './simulatorOptions';
import { ErrorCode, sdkError } from './teamsProtocol';
import { TeamsHost, type HostedMeeting, type StageSharing } from './teamsHost';

export type TabSurfaceKind = 'meeting-tab' | 'channel' | 'channel-setup' | 'personal';

/** Frame ids in `window.__simulator.frames`. */
export const CHANNEL_FRAME_ID = 'channel';
export const PERSONAL_FRAME_ID = 'personal';
export const MEETING_TAB_FRAME_ID = 'meeting-tab';

const HOST_NAMES: Readonly<Record<PersonalHost, string>> = { teams: 'Teams', outlook: 'Outlook', office: 'Office' };

/** Outside a meeting there is no stage: nobody may share, and nothing is shared. */
const noStage: StageSharing & { readonly current: null } = {
  current: null,
  isSharing: false,
  hasSharePermission: () => false,
  shareRefusal: () => sdkError(ErrorCode.NOT_SUPPORTED_IN_CURRENT_CONTEXT, 'There is no meeting stage here'),
  share: () => {
    throw new Error('There is no meeting stage outside a meeting');
  },
  stop: () => undefined,
};

export interface TabSurfaceOptions {
  readonly kind: TabSurfaceKind;
  readonly theme: TeamsTheme;
  readonly locale: string;
  readonly world: WorldSetting;
  readonly user: SimulatedParticipant;
  readonly personalHost: PersonalHost;
  /** The personal surface: the static tab that opens first (the manifest's first, unless `?personalTab=`). */
  readonly personalTab?: PersonalStaticTab;
  readonly iframe: HTMLIFrameElement;
  /** The setup page was saved and the frame now shows the saved tab. */
  readonly onSaved?: (contentUrl: string) => void;
}

export class TabSurface implements HostedMeeting {
  readonly hostSessionId = crypto.randomUUID();
  readonly log = new HostLog();
  readonly stage = noStage;
  readonly world: WorldSetting;
  readonly host: TeamsHost;
  readonly frameId: string;
  /** The frame whose setup page can be saved (`channel-setup`). */
  readonly settingsFrameId?: string;
  private currentTheme: TeamsTheme;
  private currentLocale: string;
  private readonly url: string;

  constructor(options: TabSurfaceOptions) {
    this.currentTheme = options.theme;
    this.currentLocale = options.locale;
    this.world = options.world;
    const personal = options.kind === 'personal';
    const meetingTab = options.kind === 'meeting-tab';
    this.frameId = personal ? PERSONAL_FRAME_ID : meetingTab ? MEETING_TAB_FRAME_ID : CHANNEL_FRAME_ID;
    if (options.kind === 'channel-setup') this.settingsFrameId = this.frameId;
    const path = {
      'meeting-tab': MEETING_TAB_PATH,
      channel: CHANNEL_TAB_PATH,
      'channel-setup': CHANNEL_SETUP_PATH,
      personal: options.personalTab?.path ?? '/index.html',
    }[options.kind];
    this.url = new URL(path, location.origin).href;
    const hostName = personal ? HOST_NAMES[options.personalHost] : 'Teams';
    this.host = new TeamsHost({
      frameId: this.frameId,
      frameContext: options.kind === 'channel-setup' ? 'settings' : 'content',
      contextScope: personal ? 'personal' : meetingTab ? 'meeting' : 'channel',
      hostName,
      runtimeConfig: hostName === 'Teams' ? undefined : OTHER_HOST_RUNTIME_CONFIG,
      iframe: options.iframe,
      participant: options.user,
      meeting: this,
      // A channel tab that is being set up has no content URL yet; Teams reports the page's own.
      tabContentUrl: this.url,
      entityId: personal ? options.personalTab?.entityId : meetingTab ? SIMULATED_ENTITY_ID : `customer-pulse-history-${SIMULATED_TEAM.groupId}`,
      onSettingsSaved: (config) => this.openSavedTab(config.contentUrl, options.onSaved),
    });
    this.host.load(this.url);
  }

  get theme(): TeamsTheme {
    return this.currentTheme;
  }

  get locale(): string {
    return this.currentLocale;
  }

  get hosts(): TeamsHost[] {
    return [this.host];
  }

  setTheme(theme: TeamsTheme): void {
    this.currentTheme = theme;
    this.host.sendEvent('themeChange', [theme]);
  }

  setLocale(locale: string): void {
    this.currentLocale = locale;
    this.host.load(this.host.record.url || this.url);
  }

  /** Teams' Save button on the setup page. */
  save(): void {
    this.host.save();
  }

  /**
   * Teams' app header: selecting another of the personal app's static tabs loads its contentUrl
   * in a new document, whose context has that tab's entityId as `page.id`.
   */
  openPersonalTab(tab: PersonalStaticTab): void {
    const url = new URL(tab.path, location.origin).href;
    this.host.record.settings.config = { ...this.host.record.settings.config, entityId: tab.entityId, contentUrl: url };
    this.host.load(url);
  }

  /** Like Teams after a successful save: the tab opens with the content URL the app saved. */
  private openSavedTab(contentUrl: string, onSaved?: (contentUrl: string) => void): void {
    let url: URL;
    try {
      url = new URL(contentUrl, location.href);
    } catch {
      return;
    }
    // Teams loads only the app's valid domains; here that is our own origin.
    if (url.origin !== location.origin) return;
    this.host.navigate(url.href, 'content');
    onSaved?.(url.href);
  }
}
