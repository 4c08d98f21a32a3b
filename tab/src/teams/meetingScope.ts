/**
 * Which team and meeting a check belongs to, read from the Teams context. Channel meetings
 * have a team (its Microsoft 365 group id is stable across Teams and Graph); private and
 * scheduled meetings have only their chat, so the chat stands in for the team.
 */
import type { app } from '@microsoft/teams-js';

export interface MeetingScope {
  /** Absent outside meetings: there is no meeting to find or start a check for. */
  readonly meetingId?: string;
  readonly teamId?: string;
  readonly teamName?: string;
}

export function meetingScopeOf(context: Pick<app.Context, 'meeting' | 'team' | 'chat'>): MeetingScope {
  return {
    meetingId: nonEmpty(context.meeting?.id),
    teamId: nonEmpty(context.team?.groupId) ?? nonEmpty(context.chat?.id),
    teamName: nonEmpty(context.team?.displayName),
  };
}

function nonEmpty(value: string | undefined): string | undefined {
  const trimmed = value?.trim();
  return trimmed ? trimmed : undefined;
}
