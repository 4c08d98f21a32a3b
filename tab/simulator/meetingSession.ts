/**
 * One running simulated meeting: the live theme and locale every frame is answered with,
 * the hosts for the participants' side panels, and the shared meeting stage.
 */
import { HostLog } from './hostLog';
import type { SimulatedParticipant } from './meetingData';
import { MeetingStage, STAGE_FRAME_ID, type StageShare } from './meetingStage';
import type { TeamsTheme, WorldSetting } from './simulatorOptions';
import { TeamsHost, type HostedMeeting } from './teamsHost';

export interface MeetingSessionOptions {
  readonly theme: TeamsTheme;
  readonly locale: string;
  /** Which meeting (and occurrence), client, roles and channel type. */
  readonly world: WorldSetting;
  /** Absolute URL of the tab's side panel page. */
  readonly tabUrl: string;
  readonly stageViewport: HTMLElement;
  readonly onStageChange: (share: StageShare | null) => void;
}

export class MeetingSession implements HostedMeeting {
  /** Like a Teams client session id: one per simulator page load. */
  readonly hostSessionId = crypto.randomUUID();
  readonly log = new HostLog();
  readonly stage: MeetingStage;
  readonly world: WorldSetting;
  private currentTheme: TeamsTheme;
  private currentLocale: string;
  private readonly tabUrl: string;
  private readonly sidePanels: TeamsHost[] = [];

  constructor(options: MeetingSessionOptions) {
    this.currentTheme = options.theme;
    this.currentLocale = options.locale;
    this.tabUrl = options.tabUrl;
    this.world = options.world;
    this.stage = new MeetingStage({
      world: options.world,
      viewport: options.stageViewport,
      createHost: (iframe, sharer) => this.createHost(STAGE_FRAME_ID, 'meetingStage', iframe, sharer),
      onChange: options.onStageChange,
    });
  }

  get theme(): TeamsTheme {
    return this.currentTheme;
  }

  get locale(): string {
    return this.currentLocale;
  }

  /** Every host currently answering a frame: the side panels, then the stage if shared. */
  get hosts(): TeamsHost[] {
    const stageHost = this.stage.host;
    return stageHost ? [...this.sidePanels, stageHost] : [...this.sidePanels];
  }

  /** Starts answering `iframe` as `participant`'s side panel and loads the tab into it. */
  openSidePanel(participant: SimulatedParticipant, iframe: HTMLIFrameElement): TeamsHost {
    const host = this.createHost(participant.key, 'sidePanel', iframe, participant);
    this.sidePanels.push(host);
    host.load(this.tabUrl);
    return host;
  }

  /** Like switching the Teams theme: every frame gets the teams-js `themeChange` event. */
  setTheme(theme: TeamsTheme): void {
    this.currentTheme = theme;
    for (const host of this.hosts) host.sendEvent('themeChange', [theme]);
  }

  /** Teams has no live locale change; like restarting the client, every frame reloads. */
  setLocale(locale: string): void {
    this.currentLocale = locale;
    for (const host of this.sidePanels) host.load(this.tabUrl);
    this.stage.reload();
  }

  private createHost(
    frameId: string,
    frameContext: 'sidePanel' | 'meetingStage',
    iframe: HTMLIFrameElement,
    participant: SimulatedParticipant,
  ): TeamsHost {
    return new TeamsHost({ frameId, frameContext, iframe, participant, meeting: this, tabContentUrl: this.tabUrl });
  }
}
