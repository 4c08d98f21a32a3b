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

  it('keeps meetings as they were: side panel, meeting chat tab and stage', () => {
    expect(frameViewOf(context('sidePanel', { meeting, chat, team }), '').kind).toBe('sidePanel');
    expect(frameViewOf(context('content', { meeting, chat }), '').kind).toBe('sidePanel');
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
