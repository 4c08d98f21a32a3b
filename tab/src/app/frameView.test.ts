import { describe, expect, it } from 'vitest';
import { frameViewOf, type FrameContextFacts } from './frameView.ts';

const team = { internalId: '19:general@thread.tacv2', groupId: 'group-1', displayName: 'Contoso Checkout' };
const channel = { id: '19:channel@thread.tacv2' };
const meeting = { id: 'meeting-1' };
const chat = { id: '19:meeting_chat@thread.v2' };

function context(frameContext: string, parts: Partial<FrameContextFacts> = {}): FrameContextFacts {
  return { page: { id: 'entity', frameContext }, ...parts } as FrameContextFacts;
}

describe('the view a frame shows', () => {
  it('sets up the history tab in a channel and the meeting tab in a meeting', () => {
    expect(frameViewOf(context('settings', { team, channel }), '')).toEqual({
      kind: 'channelConfig',
      teamId: 'group-1',
      teamName: 'Contoso Checkout',
    });
    expect(frameViewOf(context('settings', { meeting, chat }), '')).toEqual({ kind: 'meetingConfig' });
    // A channel meeting has a team too, but its tab is the meeting's.
    expect(frameViewOf(context('settings', { meeting, chat, team, channel }), '').kind).toBe('meetingConfig');
  });

  it("shows a channel tab's history for the team in its address, else the channel's team", () => {
    expect(frameViewOf(context('content', { team, channel }), '?view=history&teamId=group-2')).toEqual({
      kind: 'history',
      teamId: 'group-2',
      teamName: undefined,
    });
    expect(frameViewOf(context('content', { team, channel }), '?view=history&teamId=group-1')).toEqual({
      kind: 'history',
      teamId: 'group-1',
      teamName: 'Contoso Checkout',
    });
    expect(frameViewOf(context('content', { team, channel }), '')).toMatchObject({ kind: 'history', teamId: 'group-1' });
  });

  it('shows the leadership view in a personal tab, by address or by scope', () => {
    expect(frameViewOf(context('content'), '?view=leadership')).toEqual({ kind: 'leadership' });
    expect(frameViewOf(context('content'), '')).toEqual({ kind: 'leadership' });
  });

  it("shows 'Your teams' in the personal app's first tab, the leadership view in its second and in older installs", () => {
    const yourTeamsTab = { page: { id: 'yourTeams', frameContext: 'content' } } as FrameContextFacts;
    const leadershipTab = { page: { id: 'leadership', frameContext: 'content' } } as FrameContextFacts;
    expect(frameViewOf(yourTeamsTab, '?view=teams')).toEqual({ kind: 'yourTeams' });
    expect(frameViewOf(leadershipTab, '?view=leadership')).toEqual({ kind: 'leadership' });
    // An install from before the personal app had two tabs: its one tab, with or without the view.
    expect(frameViewOf(leadershipTab, '')).toEqual({ kind: 'leadership' });
  });

  it('shows the history of a meeting’s home in its chat and details tabs: the chat without a team, else the team', () => {
    expect(frameViewOf(context('content', { meeting, chat }), '')).toEqual({ kind: 'history', teamId: chat.id, inMeeting: true });
    expect(frameViewOf(context('content', { meeting, chat, team, channel }), '')).toEqual({
      kind: 'history',
      teamId: 'group-1',
      teamName: 'Contoso Checkout',
      inMeeting: true,
    });
  });

  it('files a private or shared channel under the team that owns it', () => {
    const privateChannel = { id: '19:private@thread.tacv2', membershipType: 'Private', ownerGroupId: 'group-1' } as FrameContextFacts['channel'];
    expect(frameViewOf(context('content', { channel: privateChannel }), '')).toMatchObject({ kind: 'history', teamId: 'group-1' });
    // Teams names the private channel itself as the team: that is no name of the owning team.
    const privateChannelTeam = { internalId: '19:private@thread.tacv2', displayName: 'Secret squad' } as FrameContextFacts['team'];
    expect(frameViewOf(context('settings', { channel: privateChannel, team: privateChannelTeam }), '')).toEqual({
      kind: 'channelConfig',
      teamId: 'group-1',
      teamName: undefined,
    });
    expect(frameViewOf(context('sidePanel', { meeting, channel: privateChannel }), '')).toMatchObject({
      kind: 'sidePanel',
      scope: { meetingId: 'meeting-1', teamId: 'group-1' },
    });
  });

  it('keeps the side panel and the stage of meetings', () => {
    expect(frameViewOf(context('sidePanel', { meeting, chat, team }), '').kind).toBe('sidePanel');
    expect(frameViewOf(context('sidePanel', { meeting, chat }), '')).toEqual({
      kind: 'sidePanel',
      scope: { meetingId: 'meeting-1', teamId: chat.id },
    });
    expect(frameViewOf(context('meetingStage', { meeting, chat }), '')).toEqual({
      kind: 'stage',
      sessionId: undefined,
      meetingId: 'meeting-1',
    });
    expect(frameViewOf(context('content', { meeting, chat }), '?view=stage&sessionId=s1')).toMatchObject({
      kind: 'stage',
      sessionId: 's1',
    });
  });
});
