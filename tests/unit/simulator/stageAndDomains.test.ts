import { describe, expect, it } from 'vitest';
import { isInValidDomains, surfacesDeclaredBy } from '../../../tab/simulator/manifestSurfaces';
import { stageShareRefusal, type StageShareFacts } from '../../../tab/simulator/meetingStage';

const manifest = { meetingStage: true, resourceSpecificPermissions: ['MeetingStage.Write.Chat', 'ChannelMeetingStage.Write.Group'] };
const presenterOnWeb: StageShareFacts = { role: 'Presenter', client: 'web', inChannelMeeting: false, manifest };

describe('who Teams lets share the app to the meeting stage', () => {
  it('lets the organizer and presenters share on the web and desktop', () => {
    expect(stageShareRefusal(presenterOnWeb)).toBeNull();
    expect(stageShareRefusal({ ...presenterOnWeb, role: 'Organizer', client: 'desktop', inChannelMeeting: true })).toBeNull();
  });

  it('refuses attendees with permission denied (1000)', () => {
    expect(stageShareRefusal({ ...presenterOnWeb, role: 'Attendee' })?.errorCode).toBe(1000);
  });

  it('refuses everyone on Teams mobile as not supported in the current context (501)', () => {
    expect(stageShareRefusal({ ...presenterOnWeb, role: 'Organizer', client: 'ios' })?.errorCode).toBe(501);
    expect(stageShareRefusal({ ...presenterOnWeb, client: 'android' })?.errorCode).toBe(501);
  });

  it('needs the RSC permission of the meeting kind', () => {
    const chatOnly = { meetingStage: true, resourceSpecificPermissions: ['MeetingStage.Write.Chat'] };
    expect(stageShareRefusal({ ...presenterOnWeb, manifest: chatOnly })).toBeNull();
    expect(stageShareRefusal({ ...presenterOnWeb, inChannelMeeting: true, manifest: chatOnly })?.errorCode).toBe(1000);
    expect(stageShareRefusal({ ...presenterOnWeb, manifest: { ...manifest, meetingStage: false } })?.errorCode).toBe(1000);
  });
});

describe('the app package', () => {
  it('declares the meeting tab surface by meetingChatTab or meetingDetailsTab', () => {
    const declared = surfacesDeclaredBy({ configurableTabs: [{ scopes: ['groupChat'], context: ['meetingDetailsTab'] }] });
    expect(declared.surfaces).toEqual(['meeting-tab']);
  });

  it('offers private and shared channels only by supportedChannelTypes', () => {
    expect(surfacesDeclaredBy({}).channelKinds).toEqual(['standard']);
    expect(surfacesDeclaredBy({ supportedChannelTypes: ['sharedChannels', 'privateChannels'] }).channelKinds).toEqual(['standard', 'private', 'shared']);
  });

  it('loads only URLs on the valid domains, TAB_DOMAIN being the tab’s own host', () => {
    const domains = ['${{TAB_DOMAIN}}', '*.contoso.com'];
    const tab = 'http://localhost:53000';
    expect(isInValidDomains(new URL('http://localhost:53000/index.html?view=history'), domains, tab)).toBe(true);
    expect(isInValidDomains(new URL('https://evil.example/index.html'), domains, tab)).toBe(false);
    expect(isInValidDomains(new URL('http://localhost:8080/index.html'), domains, tab)).toBe(false);
    expect(isInValidDomains(new URL('https://app.contoso.com/tab'), domains, tab)).toBe(true);
    expect(isInValidDomains(new URL('https://contoso.com/tab'), domains, tab)).toBe(false);
    expect(isInValidDomains(new URL('http://app.contoso.com/tab'), domains, tab)).toBe(false);
  });
});
