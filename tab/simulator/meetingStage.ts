/**
 * The "Meeting stage" area: what Teams shows everyone when an app shares content to the
 * stage with `meeting.shareAppContentToStage`. The shared URL runs in its own iframe with
 * frameContext `meetingStage`, answered by its own TeamsHost.
 */
import { declaredByManifest } from './manifestSurfaces';
import type { SimulatedParticipant } from './meetingData';
import type { StageSharing, TeamsHost } from './teamsHost';

/** Size of the stage iframe; the 16:9 size Teams gives shared app content on a laptop. */
export const STAGE_WIDTH = 918;
export const STAGE_HEIGHT = 540;
export const STAGE_FRAME_ID = 'stage';

export interface StageShare {
  readonly url: string;
  readonly sharedBy: SimulatedParticipant;
}

export interface MeetingStageOptions {
  /** Element the stage iframe (or the "nothing shared" placeholder) is rendered into. */
  readonly viewport: HTMLElement;
  /** Creates the host for a new stage iframe; the stage frame belongs to the sharer's client. */
  readonly createHost: (iframe: HTMLIFrameElement, sharer: SimulatedParticipant) => TeamsHost;
  readonly onChange: (share: StageShare | null) => void;
}

interface ActiveShare extends StageShare {
  readonly host: TeamsHost;
  readonly iframe: HTMLIFrameElement;
}

export class MeetingStage implements StageSharing {
  private readonly options: MeetingStageOptions;
  private active: ActiveShare | null = null;

  constructor(options: MeetingStageOptions) {
    this.options = options;
    this.renderPlaceholder();
  }

  get isSharing(): boolean {
    return this.active !== null;
  }

  get current(): StageShare | null {
    return this.active ? { url: this.active.url, sharedBy: this.active.sharedBy } : null;
  }

  get host(): TeamsHost | null {
    return this.active?.host ?? null;
  }

  /**
   * As Teams reports it (teams-js `IAppContentStageSharingCapabilities.doesAppHaveSharePermission`:
   * "true when your configurableTabs or staticTabs entry's context array includes meetingStage",
   * https://learn.microsoft.com/javascript/api/@microsoft/teams-js/meeting.iappcontentstagesharingcapabilities):
   * the app package decides, not the person's role. In a meeting with Teams' default "who can
   * present: everyone", any facilitator may share the check to the stage.
   */
  hasSharePermission(_participant: SimulatedParticipant): boolean {
    return declaredByManifest.meetingStage;
  }

  share(contentUrl: URL, sharer: SimulatedParticipant): void {
    this.stop();
    const iframe = document.createElement('iframe');
    iframe.className = 'stage-frame';
    iframe.width = String(STAGE_WIDTH);
    iframe.height = String(STAGE_HEIGHT);
    iframe.title = `Meeting stage, shared by ${sharer.displayName}`;
    iframe.dataset.frameId = STAGE_FRAME_ID;
    this.options.viewport.replaceChildren(iframe);
    // The host must be listening before the document loads, or its initialize would be missed.
    const host = this.options.createHost(iframe, sharer);
    this.active = { url: contentUrl.href, sharedBy: sharer, host, iframe };
    host.load(contentUrl.href);
    this.options.onChange(this.current);
  }

  stop(): void {
    if (!this.active) return;
    this.active.host.dispose();
    this.active = null;
    this.renderPlaceholder();
    this.options.onChange(null);
  }

  /** Reloads the shared content, e.g. after the locale changed. */
  reload(): void {
    this.active?.host.load(this.active.url);
  }

  private renderPlaceholder(): void {
    const placeholder = document.createElement('p');
    placeholder.className = 'stage-placeholder';
    placeholder.textContent = 'Nothing is shared to the stage. The organizer can share Customer Pulse from the side panel.';
    this.options.viewport.replaceChildren(placeholder);
  }
}
