/**
 * The fixed world the local meeting simulator pretends to be: one tenant, one team with a
 * standard, a private and a shared channel, four kinds of meeting (a channel meeting and three
 * private ones: scheduled, instant, a recurring series) and the participants.
 *
 * Pure data with no DOM access, so unit tests, e2e tests and local tooling can import
 * it to know which user ids, tenant id and meeting id the simulated tab will see.
 * Ids are stable on purpose: data stored by the local API stays addressable across
 * reloads and test runs.
 *
 * Why it lives in api/local: the local tooling (`npm run seed`) and the simulator both need
 * this world, and the import graph runs one way only, tab → api. The tab already imports
 * the API's contract (`@contract`); the API and its local tooling never import the tab. So
 * the simulator takes the data from here (tab/simulator/meetingData.ts re-exports it) and
 * api/local needs nothing of tab/. The simulator runs this module in the browser: keep it
 * plain data and functions, with no imports (no `node:` modules, nothing of the API).
 */

export type ParticipantRole = 'organizer' | 'participant';

export interface SimulatedParticipant {
  /** Short stable key; also the simulator's frame id for this participant's side panel. */
  readonly key: string;
  /** Entra ID object id, what Teams reports as `user.id` in the app context. */
  readonly userId: string;
  readonly displayName: string;
  readonly userPrincipalName: string;
  readonly role: ParticipantRole;
}

export interface SimulatedTenant {
  readonly id: string;
  readonly domain: string;
}

export interface SimulatedTeam {
  /** Microsoft 365 group id of the team (the id Graph uses). */
  readonly groupId: string;
  /** Teams-internal team id: the thread id of the team's General channel. */
  readonly internalId: string;
  readonly displayName: string;
  readonly channelId: string;
  readonly channelName: string;
  readonly sharePointSiteUrl: string;
}

/**
 * The kinds of Teams meeting the simulator plays (`?meeting=`):
 * - `channel`: a meeting scheduled in the team's channel (the default world);
 * - `scheduled`: an ordinary private meeting from the calendar: a chat, no team;
 * - `instant`: "Meet now": a chat, no team, scheduled on the fly;
 * - `recurring`: a weekly private series: every occurrence has the same meeting id and chat.
 */
export const MEETING_KINDS = ['channel', 'scheduled', 'instant', 'recurring'] as const;
export type MeetingKind = (typeof MEETING_KINDS)[number];

/**
 * `details.type` of teams-js `meeting.getMeetingDetails`, as the meeting details API documents it
 * ("OneToOneCall, GroupCall, Scheduled, Recurring, MeetNow, ChannelScheduled, and ChannelRecurring",
 * https://learn.microsoft.com/microsoftteams/platform/apps-in-teams-meetings/meeting-apps-apis#get-meeting-details-api).
 * A scheduled channel meeting reports `ChannelScheduled`, which teams-js' `MeetingType` enum lacks.
 */
export type SimulatedMeetingType = 'ChannelScheduled' | 'Scheduled' | 'MeetNow' | 'Recurring';

/** One occurrence of a meeting: fixed times so that snapshots and stored data do not drift between runs. */
export interface MeetingOccurrence {
  readonly scheduledStartTime: string;
  readonly scheduledEndTime: string;
}

export interface SimulatedMeeting {
  readonly kind: MeetingKind;
  /** What `app.getContext()` reports as `meeting.id`: base64 of `0#<chatId>#0`, as Teams does. */
  readonly id: string;
  /** The meeting chat's thread id, reported as `chat.id`. */
  readonly chatId: string;
  readonly title: string;
  readonly joinUrl: string;
  readonly type: SimulatedMeetingType;
  /** A channel meeting belongs to the team (its context has team and channel); the others have only their chat. */
  readonly hasTeam: boolean;
  /** The first (for one-off meetings the only) occurrence's times. */
  readonly scheduledStartTime: string;
  readonly scheduledEndTime: string;
  /** Every occurrence, oldest first: one for a one-off meeting, a weekly series for `recurring`. */
  readonly occurrences: readonly MeetingOccurrence[];
}

export const SIMULATED_TENANT: SimulatedTenant = {
  id: 'c4a09e7d-2561-4465-87c6-c5caa80b3abf',
  domain: 'contoso.onmicrosoft.com',
};

export const SIMULATED_TEAM: SimulatedTeam = {
  groupId: '7a26dfc2-d89f-4d48-ac5a-33973d307b52',
  internalId: '19:8f3b2c6e1d7a4e5f9b0c2d4e6f8a1b3c@thread.tacv2',
  displayName: 'Contoso Checkout',
  channelId: '19:d41c7e9a3b2f4a6e8c5d7f1b0e2a9c64@thread.tacv2',
  channelName: 'Checkout Squad',
  sharePointSiteUrl: 'https://contoso.sharepoint.com/sites/ContosoCheckout',
};

/**
 * The channel types of Teams (`?channel=`). Private and shared channels have a SharePoint site
 * of their own; all three belong to the simulated team.
 */
export const CHANNEL_KINDS = ['standard', 'private', 'shared'] as const;
export type ChannelKind = (typeof CHANNEL_KINDS)[number];

export interface SimulatedChannel {
  readonly kind: ChannelKind;
  readonly id: string;
  readonly displayName: string;
  /** teams-js `ChannelType`, the legacy context's `channelType` (`channel.membershipType`). */
  readonly membershipType: 'Regular' | 'Private' | 'Shared';
  readonly sharePointSiteUrl: string;
}

export const SIMULATED_CHANNELS: Readonly<Record<ChannelKind, SimulatedChannel>> = {
  standard: {
    kind: 'standard',
    id: SIMULATED_TEAM.channelId,
    displayName: SIMULATED_TEAM.channelName,
    membershipType: 'Regular',
    sharePointSiteUrl: SIMULATED_TEAM.sharePointSiteUrl,
  },
  private: {
    kind: 'private',
    id: '19:6b1e0c9f2a8d4f37b5e4c1d2a3f90e87@thread.tacv2',
    displayName: 'Checkout Leads',
    membershipType: 'Private',
    sharePointSiteUrl: 'https://contoso.sharepoint.com/sites/ContosoCheckout-CheckoutLeads',
  },
  shared: {
    kind: 'shared',
    id: '19:c2f7a1d94e3b4a8c9d6e5f1a0b7c3d21@thread.tacv2',
    displayName: 'Checkout Partners',
    membershipType: 'Shared',
    sharePointSiteUrl: 'https://contoso.sharepoint.com/sites/ContosoCheckout-CheckoutPartners',
  },
};

/** A meeting chat's thread id as Teams forms it: `19:meeting_` + base64 of a GUID + `@thread.v2`. */
function meetingChatId(guid: string): string {
  return `19:meeting_${btoa(guid)}@thread.v2`;
}

function meeting(
  kind: MeetingKind,
  chatGuid: string,
  title: string,
  type: SimulatedMeetingType,
  occurrences: readonly MeetingOccurrence[],
): SimulatedMeeting {
  const chatId = meetingChatId(chatGuid);
  const first = occurrences[0]!;
  return {
    kind,
    // base64 of `0#<chat thread id>#0`, the id Teams reports for a meeting with its own chat.
    id: btoa(`0#${chatId}#0`),
    chatId,
    title,
    joinUrl: `https://teams.microsoft.com/l/meetup-join/${encodeURIComponent(chatId)}/0`,
    type,
    hasTeam: kind === 'channel',
    scheduledStartTime: first.scheduledStartTime,
    scheduledEndTime: first.scheduledEndTime,
    occurrences,
  };
}

/** A weekly series of 30-minute occurrences, from a fixed first start. */
function weekly(firstStart: string, count: number): MeetingOccurrence[] {
  const weekMs = 7 * 24 * 60 * 60 * 1000;
  const start = Date.parse(firstStart);
  return Array.from({ length: count }, (_, index) => ({
    scheduledStartTime: new Date(start + index * weekMs).toISOString(),
    scheduledEndTime: new Date(start + index * weekMs + 30 * 60 * 1000).toISOString(),
  }));
}

export const SIMULATED_MEETINGS: Readonly<Record<MeetingKind, SimulatedMeeting>> = {
  channel: meeting('channel', '749f1ec1-ca76-4f52-b7e2-31f898f2dbca', 'Customer obsession check', 'ChannelScheduled', [
    { scheduledStartTime: '2026-01-15T09:00:00.000Z', scheduledEndTime: '2026-01-15T09:30:00.000Z' },
  ]),
  scheduled: meeting('scheduled', '3c8e5a71-0f2d-4b96-a4e8-7d1c9b205f63', 'Checkout health check', 'Scheduled', [
    { scheduledStartTime: '2026-01-20T13:00:00.000Z', scheduledEndTime: '2026-01-20T13:45:00.000Z' },
  ]),
  instant: meeting('instant', 'a91d4f0e-6b3c-4e27-8f15-2c7e0d9b6a48', 'Meeting with Ava Organizer', 'MeetNow', [
    { scheduledStartTime: '2026-01-21T10:12:00.000Z', scheduledEndTime: '2026-01-21T11:12:00.000Z' },
  ]),
  recurring: meeting('recurring', '5e27b0c4-9d81-4a3f-b6c2-e04f1a8d7395', 'Weekly checkout retro', 'Recurring', weekly('2026-01-13T14:00:00.000Z', 6)),
};

/** The channel meeting, the simulator's default world. */
export const SIMULATED_MEETING: SimulatedMeeting = SIMULATED_MEETINGS.channel;

export function isMeetingKind(value: unknown): value is MeetingKind {
  return typeof value === 'string' && (MEETING_KINDS as readonly string[]).includes(value);
}

/** Clamps a 1-based occurrence number to the meeting's occurrences (one-off meetings have one). */
export function clampOccurrence(kind: MeetingKind, occurrence: number): number {
  const count = SIMULATED_MEETINGS[kind].occurrences.length;
  return Number.isInteger(occurrence) ? Math.min(count, Math.max(1, occurrence)) : 1;
}

/**
 * What teams-js `meeting.getMeetingDetails` answers in occurrence `occurrence` (1-based) of the
 * meeting: the shape of `meeting.IMeetingDetailsResponse`, as the meeting details API documents it
 * (https://learn.microsoft.com/microsoftteams/platform/apps-in-teams-meetings/meeting-apps-apis#get-meeting-details-api).
 * All occurrences of a series share `details.id` and `conversation.id`; only the times differ.
 */
export function meetingDetailsOf(kind: MeetingKind, occurrence = 1) {
  const meeting = SIMULATED_MEETINGS[kind];
  const times = meeting.occurrences[clampOccurrence(kind, occurrence) - 1]!;
  const organizer = getOrganizer();
  return {
    details: {
      id: meeting.id,
      title: meeting.title,
      type: meeting.type,
      joinUrl: meeting.joinUrl,
      scheduledStartTime: times.scheduledStartTime,
      scheduledEndTime: times.scheduledEndTime,
    },
    conversation: { id: meeting.chatId },
    organizer: { id: organizer.userId, tenantId: SIMULATED_TENANT.id },
  };
}

function participant(
  key: string,
  userId: string,
  displayName: string,
  role: ParticipantRole,
): SimulatedParticipant {
  const mailNickname = displayName.split(' ')[0]?.toLowerCase() ?? key;
  return { key, userId, displayName, role, userPrincipalName: `${mailNickname}@${SIMULATED_TENANT.domain}` };
}

/** Everyone who can join; the first `participantCount` of them are shown. The organizer is first. */
export const SIMULATED_PARTICIPANTS: readonly SimulatedParticipant[] = [
  participant('ava', '75f5ec27-2e57-4115-8a9f-2a487a792f9c', 'Ava Organizer', 'organizer'),
  participant('ben', 'f7481c98-0428-4711-b609-5fe6292e3d61', 'Ben Participant', 'participant'),
  participant('chen', '433db81a-c35f-4734-a0c0-498687ed9194', 'Chen Participant', 'participant'),
  participant('dana', 'f180aa4c-c4d0-4e12-9bef-b5383fce4d56', 'Dana Participant', 'participant'),
  participant('eli', '2bd60114-7a04-40fd-b71e-c24c95666c61', 'Eli Participant', 'participant'),
  participant('farah', '577f66d8-aeb8-4997-aced-f9016fc5ae71', 'Farah Participant', 'participant'),
];

/**
 * A colleague of the same tenant who left the team: not on the roster, not in the team or
 * the meeting chat, so the team's data is not theirs to see. `?user=oscar` opens a channel or
 * personal tab as them.
 */
export const SIMULATED_FORMER_MEMBER: SimulatedParticipant = participant(
  'oscar',
  'b5d0c3a2-7e41-4f8a-9c26-1d3e5f7a9b80',
  'Oscar Former-member',
  'participant',
);

/** Whether the simulated team (and every meeting chat) has this person: everyone on the roster. */
export function isTeamMember(person: SimulatedParticipant): boolean {
  return SIMULATED_PARTICIPANTS.some((member) => member.userId === person.userId);
}

/** Every simulated meeting's chat: everyone on the roster is in each, the former member in none. */
export const MEETING_CHAT_IDS: readonly string[] = MEETING_KINDS.map((kind) => SIMULATED_MEETINGS[kind].chatId);

/**
 * What the organizer made the others in the meeting options (`?role=`): presenters, Teams'
 * default "who can present: everyone", or attendees.
 */
export const OTHERS_MEETING_ROLES = ['presenter', 'attendee'] as const;
export type OthersMeetingRole = (typeof OTHERS_MEETING_ROLES)[number];

/** A participant's role in the meeting, as Teams names it (get participant API: Organizer, Presenter, Attendee). */
export type MeetingRole = 'Organizer' | 'Presenter' | 'Attendee';

export function meetingRoleOf(person: SimulatedParticipant, others: OthersMeetingRole): MeetingRole {
  if (person.role === 'organizer') return 'Organizer';
  return others === 'attendee' ? 'Attendee' : 'Presenter';
}

export const MIN_PARTICIPANTS = 3;
export const MAX_PARTICIPANTS = SIMULATED_PARTICIPANTS.length;
export const DEFAULT_PARTICIPANT_COUNT = 3;

/** Someone on the roster, or the former member, by key. */
export function findParticipantByKey(key: string): SimulatedParticipant | undefined {
  return [...SIMULATED_PARTICIPANTS, SIMULATED_FORMER_MEMBER].find((p) => p.key === key);
}

export function findParticipantByUserId(userId: string): SimulatedParticipant | undefined {
  return SIMULATED_PARTICIPANTS.find((p) => p.userId === userId);
}

export function getOrganizer(): SimulatedParticipant {
  const organizer = SIMULATED_PARTICIPANTS.find((p) => p.role === 'organizer');
  if (!organizer) throw new Error('The simulated meeting has no organizer');
  return organizer;
}
