/**
 * Which experience a frame shows, from what Teams says about the frame (frameContext, team,
 * channel, meeting) and the page address the tab was saved with (`?view=`, `?teamId=`).
 *
 * - settings: the channel history setup in a team channel, else the meeting setup;
 * - `?view=stage` or the meeting stage frame: the stage;
 * - `?view=history` or a content frame in a team/channel: the team's history (team from
 *   `?teamId=` of the saved address, else the channel's team);
 * - `?view=leadership` or a content frame with no team, meeting or chat (a personal tab, also
 *   in Outlook and the Microsoft 365 app): the leadership view;
 * - anything else (side panel, a meeting's chat tab): the side panel, as before.
 */
import type { app } from '@microsoft/teams-js';
import { stageRequestOf } from '../stage/stageUrl.ts';
import { meetingScopeOf, type MeetingScope } from '../teams/meetingScope.ts';
import { HISTORY_VIEW, LEADERSHIP_VIEW, TEAM_PARAM, VIEW_PARAM } from '../teams/tabUrls.ts';

export type FrameView =
  | { readonly kind: 'meetingConfig' }
  | { readonly kind: 'channelConfig'; readonly teamId?: string; readonly teamName?: string }
  | { readonly kind: 'stage'; readonly sessionId?: string; readonly meetingId?: string }
  | { readonly kind: 'sidePanel'; readonly scope: MeetingScope }
  | { readonly kind: 'history'; readonly teamId?: string; readonly teamName?: string }
  | { readonly kind: 'leadership' };

/** The parts of the teams-js context the choice depends on. */
export type FrameContextFacts = Pick<app.Context, 'page' | 'team' | 'channel' | 'meeting' | 'chat'>;

export function frameViewOf(context: FrameContextFacts, search: string): FrameView {
  const frameContext = context.page.frameContext;
  const params = new URLSearchParams(search);
  const view = params.get(VIEW_PARAM);
  const groupId = nonEmpty(context.team?.groupId);
  const teamName = nonEmpty(context.team?.displayName);
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
  if (view === LEADERSHIP_VIEW) return { kind: 'leadership' };
  if (frameContext === 'content' && !inMeeting) {
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
