/**
 * The "Meeting stage" area: what Teams shows everyone when an app shares content to the
 * stage with `meeting.shareAppContentToStage`. The shared URL runs in its own iframe with
 * frameContext `meetingStage`, answered by its own TeamsHost.
 */
import { isMobileClientType, type SimulatedClientType } from './hostRuntime';
import { declaredByManifest, stageSharePermissionFor, type DeclaredByManifest } from './manifestSurfaces';
import { meetingRoleOf, SIMULATED_MEETINGS, type MeetingRole, type SimulatedParticipant } from './meetingData';
import type { WorldSetting } from './simulatorOptions';
import { ErrorCode, sdkError, type SdkError } from './teamsProtocol';
import type { StageSharing, TeamsHost } from './teamsHost';

/** Size of the stage iframe; the 16:9 size Teams gives shared app content on a laptop. */
export const STAGE_WIDTH = 918;
export const STAGE_HEIGHT = 540;
export const STAGE_FRAME_ID = 'stage';

export interface StageShare {
  readonly url: string;
  readonly sharedBy: SimulatedParticipant;
}

export interface StageShareFacts {
  /** The sharer's meeting role. */
  readonly role: MeetingRole;
  readonly client: SimulatedClientType;
  /** A channel meeting needs the channel's RSC permission, a private meeting the chat's. */
  readonly inChannelMeeting: boolean;
  readonly manifest: Pick<DeclaredByManifest, 'meetingStage' | 'resourceSpecificPermissions'>;
}

/**
 * Why Teams refuses this user a share to the stage, or null when it lets them, as documented in
 * https://learn.microsoft.com/microsoftteams/platform/apps-in-teams-meetings/build-apps-for-teams-meeting-stage:
 * - the app needs the `meetingStage` context and the RSC permission (`MeetingStage.Write.Chat`;
 *   `ChannelMeetingStage.Write.Group` in a channel meeting), else error 1000 "App doesn't have
 *   proper permissions";
 * - "Participants with presenter and organizer user roles in a meeting can share the app to
 *   stage. Attendee won't have the share to stage button enabled": 1000 too;
 * - Teams mobile offers apps no share to stage (the app is only viewed there): 501 "API isn't
 *   supported in the current context".
 * `getAppContentStageSharingCapabilities` answers `doesAppHaveSharePermission: false` whenever
 * this is not null.
 */
export function stageShareRefusal(facts: StageShareFacts): SdkError | null {
  if (isMobileClientType(facts.client)) {
    return sdkError(ErrorCode.NOT_SUPPORTED_IN_CURRENT_CONTEXT, 'Sharing app content to the stage is not supported on Teams mobile');
  }
  if (!facts.manifest.meetingStage) {
    return sdkError(ErrorCode.PERMISSION_DENIED, 'The app declares no meetingStage context');
  }
  const permission = stageSharePermissionFor(facts.inChannelMeeting);
  if (!facts.manifest.resourceSpecificPermissions.includes(permission)) {
    return sdkError(ErrorCode.PERMISSION_DENIED, `The app does not have the ${permission} permission`);
  }
  if (facts.role === 'Attendee') {
    return sdkError(ErrorCode.PERMISSION_DENIED, 'Attendees cannot share to the meeting stage');
  }
  return null;
}

export interface MeetingStageOptions {
  /** Which meeting, client and roles the stage is in. */
  readonly world: WorldSetting;
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
   * The app package (teams-js `IAppContentStageSharingCapabilities.doesAppHaveSharePermission`:
   * "true when your configurableTabs or staticTabs entry's context array includes meetingStage",
   * https://learn.microsoft.com/javascript/api/@microsoft/teams-js/meeting.iappcontentstagesharingcapabilities),
   * its RSC permission, the person's meeting role and their client decide (see stageShareRefusal).
   * In a meeting with Teams' default "who can present: everyone", the organizer and every
   * presenter may share the check to the stage.
   */
  shareRefusal(participant: SimulatedParticipant): SdkError | null {
    const { world } = this.options;
    return stageShareRefusal({
      role: meetingRoleOf(participant, world.role),
      client: world.client,
      inChannelMeeting: SIMULATED_MEETINGS[world.meeting].hasTeam,
      manifest: declaredByManifest,
    });
  }

  hasSharePermission(participant: SimulatedParticipant): boolean {
    return this.shareRefusal(participant) === null;
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
    placeholder.textContent = 'Nothing is shared to the stage. The organizer or a presenter can share Customer Pulse from the side panel.';
    this.options.viewport.replaceChildren(placeholder);
  }
}
