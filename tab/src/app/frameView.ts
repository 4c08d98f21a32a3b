/**
 * Which experience a frame shows, from what Teams says about the frame (frameContext, team,
 * channel, meeting) and the page address the tab was saved with (`?view=`, `?teamId=`).
 *
 * - settings: the channel history setup in a team channel, else the meeting setup;
 * - `?view=stage` or the meeting stage frame: the stage;
 * - `?view=history` or a content frame in a team/channel: the team's history (team from
 *   `?teamId=` of the saved address, else the channel's team);
 * - a content frame in a meeting (the app's tab in the meeting's chat or details): the history
 *   of the meeting's home — its team in a channel meeting, else the meeting's chat, where the
 *   checks of a meeting without a team are filed;
 * - `?view=teams`: the personal app's "Your teams" (its first static tab, the one Teams opens);
 * - `?view=leadership` or a content frame with no team, meeting or chat (a personal tab, also
 *   in Outlook and the Microsoft 365 app): the leadership view; a personal tab of an install
 *   from before "Your teams" keeps the one page it had;
 * - anything else (the side panel): the side panel.
 */
import type { app } from '@microsoft/teams-js';
import { stageRequestOf } from '../stage/stageUrl.ts';
import { homeOf, meetingScopeOf, owningGroupOf, teamNameOf, type MeetingScope } from '../teams/meetingScope.ts';
import { HISTORY_VIEW, LEADERSHIP_VIEW, TEAM_PARAM, TEAMS_VIEW, VIEW_PARAM } from '../teams/tabUrls.ts';

export type FrameView =
  | { readonly kind: 'meetingConfig' }
  | { readonly kind: 'channelConfig'; readonly teamId?: string; readonly teamName?: string }
  | { readonly kind: 'stage'; readonly sessionId?: string; readonly meetingId?: string }
  | { readonly kind: 'sidePanel'; readonly scope: MeetingScope }
  | {
      readonly kind: 'history';
      readonly teamId?: string;
      readonly teamName?: string;
      /** In a meeting's chat or details tab: the meeting's title names a home without a team. */
      readonly inMeeting?: true;
    }
  | { readonly kind: 'yourTeams' }
  | { readonly kind: 'leadership' };

/** The parts of the teams-js context the choice depends on. */
export type FrameContextFacts = Pick<app.Context, 'page' | 'team' | 'channel' | 'meeting' | 'chat'>;

export function frameViewOf(context: FrameContextFacts, search: string): FrameView {
  const frameContext = context.page.frameContext;
  const params = new URLSearchParams(search);
  const view = params.get(VIEW_PARAM);
  const groupId = owningGroupOf(context);
  const teamName = teamNameOf(context);
  const inMeeting = nonEmpty(context.meeting?.id) !== undefined;
  const inChannel = nonEmpty(context.channel?.id) !== undefined || groupId !== undefined;

  if (frameContext === 'settings') {
    return inChannel && !inMeeting ? { kind: 'channelConfig', teamId: groupId, teamName } : { kind: 'meetingConfig' };
  }
  const stage = stageRequestOf(search);
  const scope = meetingScopeOf(context);
  if (stage.isStage || frameContext === 'meetingStage') {
    return { kind: 'stage', sessionId: stage.sessionId, meetingId: scope.meetingId };
  }
  if (view === HISTORY_VIEW) return historyView(nonEmpty(params.get(TEAM_PARAM) ?? undefined), groupId, teamName);
  if (view === TEAMS_VIEW) return { kind: 'yourTeams' };
  if (view === LEADERSHIP_VIEW) return { kind: 'leadership' };
  if (frameContext === 'content') {
    if (inMeeting) return { kind: 'history', ...homeOf(context), inMeeting: true };
    if (inChannel) return historyView(undefined, groupId, teamName);
    if (nonEmpty(context.chat?.id) === undefined) return { kind: 'leadership' };
  }
  return { kind: 'sidePanel', scope };
}

function historyView(fromUrl: string | undefined, groupId: string | undefined, teamName: string | undefined): FrameView {
  const teamId = fromUrl ?? groupId;
  // The context's team name belongs to the context's team only, not to a team named in the URL.
  return { kind: 'history', teamId, teamName: teamId !== undefined && teamId === groupId ? teamName : undefined };
}

function nonEmpty(value: string | undefined | null): string | undefined {
  const trimmed = value?.trim();
  return trimmed ? trimmed : undefined;
}
