import { describe, expect, it } from 'vitest';
import { buildLegacyContext, type FrameContextInput } from '../../../tab/simulator/meetingContext';
import {
  SIMULATED_CHANNELS,
  SIMULATED_MEETINGS,
  SIMULATED_PARTICIPANTS,
  SIMULATED_TEAM,
  SIMULATED_TENANT,
} from '../../../tab/simulator/meetingData';

const ben = SIMULATED_PARTICIPANTS[1]!;

function contextOf(input: Partial<FrameContextInput>) {
  return buildLegacyContext({
    participant: ben,
    scope: 'meeting',
    hostName: 'Teams',
    entityId: 'customer-pulse',
    frameContext: 'sidePanel',
    locale: 'en-US',
    theme: 'default',
    hostSessionId: 'host-session',
    appSessionId: 'app-session',
    openedAt: 0,
    ...input,
  });
}

describe('the context of a frame in each kind of meeting', () => {
  it('gives a channel meeting its team, channel, meeting and chat, as before', () => {
    const context = contextOf({});
    expect(context).toMatchObject({
      meetingId: SIMULATED_MEETINGS.channel.id,
      chatId: SIMULATED_MEETINGS.channel.chatId,
      teamId: SIMULATED_TEAM.internalId,
      groupId: SIMULATED_TEAM.groupId,
      channelId: SIMULATED_TEAM.channelId,
      channelType: 'Regular',
      hostClientType: 'web',
    });
  });

  it.each(['scheduled', 'instant', 'recurring'] as const)('gives a %s private meeting its meeting and chat but no team or channel', (kind) => {
    const context = contextOf({ meetingKind: kind });
    expect(context.meetingId).toBe(SIMULATED_MEETINGS[kind].id);
    expect(context.chatId).toBe(SIMULATED_MEETINGS[kind].chatId);
    for (const field of ['teamId', 'groupId', 'teamName', 'channelId', 'channelType', 'hostTeamGroupId', 'teamSiteUrl'] as const) {
      expect(context).not.toHaveProperty(field);
    }
  });

  it('keeps the meeting and chat out of a channel tab and everything out of a personal app', () => {
    const channel = contextOf({ scope: 'channel', frameContext: 'content', meetingKind: 'scheduled' });
    expect(channel).not.toHaveProperty('meetingId');
    expect(channel).not.toHaveProperty('chatId');
    expect(channel.groupId).toBe(SIMULATED_TEAM.groupId);
    const personal = contextOf({ scope: 'personal', frameContext: 'content' });
    expect(personal).not.toHaveProperty('teamId');
    expect(personal).not.toHaveProperty('meetingId');
  });

  it('reports the Teams client the user runs', () => {
    expect(contextOf({ clientType: 'ios' }).hostClientType).toBe('ios');
    expect(contextOf({ clientType: 'desktop' }).hostClientType).toBe('desktop');
  });
});

describe('the context in each channel type', () => {
  it('obfuscates the team in a private channel: no group id, the channel stands in for the team', () => {
    const context = contextOf({ scope: 'channel', frameContext: 'content', channelKind: 'private' });
    const channel = SIMULATED_CHANNELS.private;
    expect(context).not.toHaveProperty('groupId');
    expect(context).toMatchObject({
      teamId: channel.id,
      teamName: channel.displayName,
      channelId: channel.id,
      channelType: 'Private',
      teamSiteUrl: channel.sharePointSiteUrl,
      // teams-js reads these as channel.ownerGroupId / ownerTenantId.
      hostTeamGroupId: SIMULATED_TEAM.groupId,
      hostTeamTenantId: SIMULATED_TENANT.id,
    });
  });

  it('gives a shared channel a null group id and names the owning team in hostTeamGroupId', () => {
    const context = contextOf({ scope: 'channel', frameContext: 'content', channelKind: 'shared' });
    expect(context.groupId).toBeNull();
    expect(context).toMatchObject({
      teamId: SIMULATED_TEAM.internalId,
      channelId: SIMULATED_CHANNELS.shared.id,
      channelType: 'Shared',
      hostTeamGroupId: SIMULATED_TEAM.groupId,
      hostTeamTenantId: SIMULATED_TENANT.id,
      teamSiteUrl: SIMULATED_CHANNELS.shared.sharePointSiteUrl,
    });
  });

  it('puts a channel meeting in the chosen channel type; a private meeting ignores it', () => {
    expect(contextOf({ channelKind: 'private' })).toMatchObject({ channelType: 'Private', meetingId: SIMULATED_MEETINGS.channel.id });
    expect(contextOf({ channelKind: 'private' })).not.toHaveProperty('groupId');
    expect(contextOf({ meetingKind: 'scheduled', channelKind: 'shared' })).not.toHaveProperty('channelId');
  });
});
