/**
 * One app frame outside a meeting: the Customer Pulse history tab in the team's channel, its
 * setup page, or the leadership view as a personal app. Like a meeting session it owns the
 * theme, locale and log the frame's host answers from; it has no meeting stage.
 */
import { HostLog } from './hostLog';
import { OTHER_HOST_RUNTIME_CONFIG } from './hostRuntime';
import { SIMULATED_TEAM, type SimulatedParticipant } from './meetingData';
import {
  CHANNEL_SETUP_PATH,
  CHANNEL_TAB_PATH,
  PERSONAL_TAB_PATH,
  type PersonalHost,
  type TeamsTheme,
} from './simulatorOptions';
import { TeamsHost, type HostedMeeting, type StageSharing } from './teamsHost';

export type TabSurfaceKind = 'channel' | 'channel-setup' | 'personal';

/** Frame ids in `window.__simulator.frames`. */
export const CHANNEL_FRAME_ID = 'channel';
export const PERSONAL_FRAME_ID = 'personal';

const HOST_NAMES: Readonly<Record<PersonalHost, string>> = { teams: 'Teams', outlook: 'Outlook', office: 'Office' };

/** Outside a meeting there is no stage: nobody may share, and nothing is shared. */
const noStage: StageSharing & { readonly current: null } = {
  current: null,
  isSharing: false,
  hasSharePermission: () => false,
  share: () => {
    throw new Error('There is no meeting stage outside a meeting');
  },
  stop: () => undefined,
};

export interface TabSurfaceOptions {
  readonly kind: TabSurfaceKind;
  readonly theme: TeamsTheme;
  readonly locale: string;
  readonly user: SimulatedParticipant;
  readonly personalHost: PersonalHost;
  readonly iframe: HTMLIFrameElement;
  /** The setup page was saved and the frame now shows the saved tab. */
  readonly onSaved?: (contentUrl: string) => void;
}

export class TabSurface implements HostedMeeting {
  readonly hostSessionId = crypto.randomUUID();
  readonly log = new HostLog();
  readonly stage = noStage;
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
    const personal = options.kind === 'personal';
    this.frameId = personal ? PERSONAL_FRAME_ID : CHANNEL_FRAME_ID;
    if (options.kind === 'channel-setup') this.settingsFrameId = this.frameId;
    const path = personal ? PERSONAL_TAB_PATH : options.kind === 'channel' ? CHANNEL_TAB_PATH : CHANNEL_SETUP_PATH;
    this.url = new URL(path, location.origin).href;
    const hostName = personal ? HOST_NAMES[options.personalHost] : 'Teams';
    this.host = new TeamsHost({
      frameId: this.frameId,
      frameContext: options.kind === 'channel-setup' ? 'settings' : 'content',
      contextScope: personal ? 'personal' : 'channel',
      hostName,
      runtimeConfig: hostName === 'Teams' ? undefined : OTHER_HOST_RUNTIME_CONFIG,
      iframe: options.iframe,
      participant: options.user,
      meeting: this,
      // A channel tab that is being set up has no content URL yet; Teams reports the page's own.
      tabContentUrl: this.url,
      entityId: personal ? 'leadership' : `customer-pulse-history-${SIMULATED_TEAM.groupId}`,
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
