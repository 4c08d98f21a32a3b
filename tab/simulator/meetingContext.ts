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
 */
import type { Context } from '@microsoft/teams-js';
import { HOST_CLIENT_TYPE } from './hostRuntime';
import {
  SIMULATED_MEETING,
  SIMULATED_TEAM,
  SIMULATED_TENANT,
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
  readonly groupId?: string;
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
    hostClientType: HOST_CLIENT_TYPE,
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
    ...(input.scope === 'meeting' ? { meetingId: SIMULATED_MEETING.id, chatId: SIMULATED_MEETING.chatId } : {}),
    ...(input.scope === 'personal' ? {} : teamAndChannel(participant)),
    isFullScreen: false,
    isMultiWindow: false,
    userClickTime: input.openedAt,
    dialogParameters: {},
  };
}

/** The team's channel (the meeting's channel, or the channel the tab was added to). */
function teamAndChannel(participant: SimulatedParticipant) {
  const siteUrl = new URL(SIMULATED_TEAM.sharePointSiteUrl);
  return {
    // The organizer owns the team in this simulated world; everyone else is a member.
    userTeamRole: participant.role === 'organizer' ? USER_TEAM_ROLE.admin : USER_TEAM_ROLE.user,
    teamId: SIMULATED_TEAM.internalId,
    teamName: SIMULATED_TEAM.displayName,
    groupId: SIMULATED_TEAM.groupId,
    teamType: STANDARD_TEAM_TYPE,
    isTeamArchived: false,
    channelId: SIMULATED_TEAM.channelId,
    channelName: SIMULATED_TEAM.channelName,
    channelType: 'Regular',
    hostTeamGroupId: SIMULATED_TEAM.groupId,
    hostTeamTenantId: SIMULATED_TENANT.id,
    teamSiteUrl: siteUrl.href,
    teamSiteDomain: siteUrl.hostname,
    teamSitePath: siteUrl.pathname,
  };
}
