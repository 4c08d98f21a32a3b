/**
 * Builds what the simulator answers to teams-js `getContext`.
 *
 * Hosts answer with the legacy, flat `microsoftTeams.Context` shape; teams-js converts it
 * into `app.Context` itself (`transformLegacyContextToAppContext` in public/app/app.ts).
 * The mapping that matters for the tab:
 *   userObjectId → user.id            tid → user.tenant.id
 *   meetingId    → meeting.id         chatId → chat.id
 *   teamId       → team.internalId    groupId → team.groupId, teamName → team.displayName
 *   channelId    → channel.id         frameContext → page.frameContext
 *   entityId     → page.id            locale/theme → app.locale/app.theme
 *   hostClientType/hostName/sessionId → app.host.*
 * Note that teams-js only creates `team`, `channel`, `chat` and `meeting` when their id
 * field (teamId, channelId, chatId, meetingId) is present: the channel tab's context has
 * team and channel but no meeting or chat, a personal app's context has none of them.
 *
 * The shapes per place, as Microsoft documents them:
 * - A private meeting (scheduled, instant "Meet now", or an occurrence of a recurring series)
 *   is a meeting with its own chat and no team: `meetingId` and `chatId`, no team or channel
 *   fields ("meetingId is used by a tab running in the meeting context",
 *   https://learn.microsoft.com/microsoftteams/platform/apps-in-teams-meetings/meeting-apps-apis#get-user-context-api;
 *   a meeting chat's id is its thread, `19:meeting_…@thread.v2`). Every occurrence of a series
 *   has the same `meetingId` and chat; only `meeting.getMeetingDetails` names the occurrence.
 * - A channel meeting is in the team's channel: team and channel fields as in the channel, and
 *   `meetingId` with the meeting's conversation as `chatId` (the simulated world keeps its
 *   channel meeting's ids as before; the meeting details API shows a real channel meeting's
 *   conversation as the channel thread with `;messageid=`, type `ChannelScheduled`).
 * - A private channel obfuscates the team: `groupId` undefined, `teamId` and `teamName` are the
 *   private channel's thread id and name, the SharePoint site is the channel's own
 *   (https://learn.microsoft.com/microsoftteams/platform/tabs/how-to/access-teams-context#retrieve-context-in-private-channels).
 * - A shared channel: `groupId` null (the host team's group does not say who is in the
 *   channel), `hostTeamGroupId` and `hostTeamTenantId` name the team that owns the channel,
 *   `teamId`/`teamName` the team the user opened it from (here the same team), the SharePoint
 *   site is the channel's
 *   (https://learn.microsoft.com/microsoftteams/platform/tabs/how-to/access-teams-context#get-context-in-shared-channels,
 *   https://learn.microsoft.com/microsoftteams/platform/concepts/build-and-test/shared-channels).
 *   teams-js maps `hostTeamGroupId`/`hostTeamTenantId` to `channel.ownerGroupId`/`ownerTenantId`
 *   and `channelType` to `channel.membershipType` (`Regular`, `Private`, `Shared`: its
 *   `ChannelType` enum, what Microsoft's tab-channel-context sample compares against). Private
 *   channels carry the owner too: `app.ChannelInfo.ownerGroupId` is "the group ID of the team
 *   which owns the channel".
 * - `hostClientType` is the client the user runs: `web`, `desktop`, `android`, `ios`.
 */
import type { Context } from '@microsoft/teams-js';
import { DEFAULT_CLIENT_TYPE, type SimulatedClientType } from './hostRuntime';
import {
  SIMULATED_CHANNELS,
  SIMULATED_MEETINGS,
  SIMULATED_TEAM,
  SIMULATED_TENANT,
  type ChannelKind,
  type MeetingKind,
  type SimulatedParticipant,
} from './meetingData';
import type { TeamsTheme } from './simulatorOptions';

export type SimulatedFrameContext = 'sidePanel' | 'meetingStage' | 'content' | 'settings';

/** Where the frame is: in the meeting (its chat, team and channel), in the team's channel, or personal. */
export type ContextScope = 'meeting' | 'channel' | 'personal';

/** The entity id the simulated tab instance was configured with (see `settings.getSettings`). */
export const SIMULATED_ENTITY_ID = 'customer-pulse';

/** Values of teams-js `UserTeamRole` and `TeamType`; they are numeric enums on the wire. */
const USER_TEAM_ROLE = { admin: 0, user: 1 } as const;
const STANDARD_TEAM_TYPE = 0;

export interface LegacyHostContext {
  readonly entityId: string;
  readonly locale: string;
  readonly theme: TeamsTheme;
  readonly frameContext: SimulatedFrameContext;
  readonly hostClientType: string;
  readonly hostName: string;
  readonly sessionId: string;
  readonly appSessionId: string;
  readonly appLaunchId: string;
  readonly ringId: string;
  readonly userObjectId: string;
  readonly userDisplayName: string;
  readonly userPrincipalName: string;
  readonly loginHint: string;
  readonly upn: string;
  readonly tid: string;
  readonly tenantSKU: string;
  readonly userLicenseType: string;
  readonly userTeamRole?: number;
  readonly meetingId?: string;
  readonly chatId?: string;
  readonly teamId?: string;
  readonly teamName?: string;
  /** Absent in a private channel, null in a shared one (see above). */
  readonly groupId?: string | null;
  readonly teamType?: number;
  readonly isTeamArchived?: boolean;
  readonly channelId?: string;
  readonly channelName?: string;
  readonly channelType?: string;
  readonly hostTeamGroupId?: string;
  readonly hostTeamTenantId?: string;
  readonly teamSiteUrl?: string;
  readonly teamSiteDomain?: string;
  readonly teamSitePath?: string;
  readonly isFullScreen: boolean;
  readonly isMultiWindow: boolean;
  readonly userClickTime: number;
  readonly dialogParameters: Readonly<Record<string, string>>;
}

/** Compile-time guard: every field above must be a real field of the teams-js legacy Context. */
type AssertKeysOf<Keys extends keyof Context> = Keys;
export type LegacyHostContextKeys = AssertKeysOf<keyof LegacyHostContext>;

export interface FrameContextInput {
  readonly participant: SimulatedParticipant;
  readonly scope: ContextScope;
  /** `Teams` unless a personal app runs in another host (`Outlook`, `Office`). */
  readonly hostName: string;
  /** The tab instance's entity id (the one saved with its settings). */
  readonly entityId: string;
  readonly frameContext: SimulatedFrameContext;
  readonly locale: string;
  readonly theme: TeamsTheme;
  /** Which meeting a `meeting`-scoped frame is in; the channel meeting by default. */
  readonly meetingKind?: MeetingKind;
  /** Which channel type a channel (or channel meeting) frame is in; standard by default. */
  readonly channelKind?: ChannelKind;
  /** The Teams client the user runs; web by default. */
  readonly clientType?: SimulatedClientType;
  /** One per simulator page load, like a Teams client session. */
  readonly hostSessionId: string;
  /** One per loaded app document, like the session id Teams gives each app launch. */
  readonly appSessionId: string;
  /** When the app was opened; Teams reports the user's click time. */
  readonly openedAt: number;
}

export function buildLegacyContext(input: FrameContextInput): LegacyHostContext {
  const { participant } = input;
  return {
    entityId: input.entityId,
    locale: input.locale,
    theme: input.theme,
    frameContext: input.frameContext,
    hostClientType: input.clientType ?? DEFAULT_CLIENT_TYPE,
    hostName: input.hostName,
    sessionId: input.hostSessionId,
    appSessionId: input.appSessionId,
    appLaunchId: input.appSessionId,
    ringId: 'general',
    userObjectId: participant.userId,
    userDisplayName: participant.displayName,
    userPrincipalName: participant.userPrincipalName,
    loginHint: participant.userPrincipalName,
    upn: participant.userPrincipalName,
    tid: SIMULATED_TENANT.id,
    tenantSKU: 'enterprise',
    userLicenseType: 'Unknown',
    ...placeFields(input),
    isFullScreen: false,
    isMultiWindow: false,
    userClickTime: input.openedAt,
    dialogParameters: {},
  };
}

/** The meeting, team and channel fields of the frame's place. */
function placeFields(input: FrameContextInput) {
  const channel = input.channelKind ?? 'standard';
  if (input.scope === 'personal') return {};
  if (input.scope === 'channel') return teamAndChannel(input.participant, channel);
  const meeting = SIMULATED_MEETINGS[input.meetingKind ?? 'channel'];
  return {
    meetingId: meeting.id,
    chatId: meeting.chatId,
    ...(meeting.hasTeam ? teamAndChannel(input.participant, channel) : {}),
  };
}

/** The team's channel (the meeting's channel, or the channel the tab was added to), by channel type. */
function teamAndChannel(participant: SimulatedParticipant, kind: ChannelKind) {
  const channel = SIMULATED_CHANNELS[kind];
  const siteUrl = new URL(channel.sharePointSiteUrl);
  const common = {
    // The organizer owns the team in this simulated world; everyone else is a member.
    userTeamRole: participant.role === 'organizer' ? USER_TEAM_ROLE.admin : USER_TEAM_ROLE.user,
    teamType: STANDARD_TEAM_TYPE,
    isTeamArchived: false,
    channelId: channel.id,
    channelName: channel.displayName,
    channelType: channel.membershipType,
    hostTeamGroupId: SIMULATED_TEAM.groupId,
    hostTeamTenantId: SIMULATED_TENANT.id,
    teamSiteUrl: siteUrl.href,
    teamSiteDomain: siteUrl.hostname,
    teamSitePath: siteUrl.pathname,
  };
  switch (kind) {
    case 'standard':
      return { ...common, teamId: SIMULATED_TEAM.internalId, teamName: SIMULATED_TEAM.displayName, groupId: SIMULATED_TEAM.groupId };
    case 'private':
      // No groupId at all; the "team" is the private channel itself.
      return { ...common, teamId: channel.id, teamName: channel.displayName };
    case 'shared':
      return { ...common, teamId: SIMULATED_TEAM.internalId, teamName: SIMULATED_TEAM.displayName, groupId: null };
  }
}
