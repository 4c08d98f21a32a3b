/**
 * Which team a frame's checks belong to, read from the Teams context: its "home".
 *
 * - A team's channel, and a channel meeting, belong to the team: its Microsoft 365 group id
 *   (`team.groupId`) is stable across Teams and Graph. In a private or shared channel Teams
 *   leaves `team.groupId` out and names the owning team in `channel.ownerGroupId`
 *   (https://learn.microsoft.com/microsoftteams/platform/tabs/how-to/access-teams-context).
 * - A scheduled private, instant or recurring meeting has no team, only its chat: the chat
 *   stands in for the team (membership is then the chat's, asked of Graph by the API).
 */
import { ChannelType, type app } from '@microsoft/teams-js';

export interface MeetingScope {
  /** Absent outside meetings: there is no meeting to find or start a check for. */
  readonly meetingId?: string;
  readonly teamId?: string;
  readonly teamName?: string;
}

export type ScopeContextFacts = Pick<app.Context, 'meeting' | 'team' | 'chat' | 'channel'>;

export function meetingScopeOf(context: ScopeContextFacts): MeetingScope {
  return {
    meetingId: nonEmpty(context.meeting?.id),
    ...homeOf(context),
  };
}

/** The team (or, without one, the chat) whose checks and history a frame shows. */
export function homeOf(context: ScopeContextFacts): { teamId?: string; teamName?: string } {
  const groupId = owningGroupOf(context);
  if (groupId) return { teamId: groupId, teamName: teamNameOf(context) };
  return { teamId: nonEmpty(context.chat?.id) };
}

/**
 * The team's name as the context gives it. In a private channel Teams reports the channel's
 * own name as `team.displayName`, which is no name of the team that owns it.
 */
export function teamNameOf(context: Pick<app.Context, 'team' | 'channel'>): string | undefined {
  return context.channel?.membershipType === ChannelType.Private ? undefined : nonEmpty(context.team?.displayName);
}

/** The Microsoft 365 group of the frame's team: the context's team, or the owner of a private/shared channel. */
export function owningGroupOf(context: Pick<app.Context, 'team' | 'channel'>): string | undefined {
  return nonEmpty(context.team?.groupId) ?? nonEmpty(context.channel?.ownerGroupId);
}

function nonEmpty(value: string | undefined): string | undefined {
  const trimmed = value?.trim();
  return trimmed ? trimmed : undefined;
}
