/**
 * The fixed world the local meeting simulator pretends to be: one tenant, one team
 * channel, one meeting and its participants.
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

export interface SimulatedMeeting {
  /** What `app.getContext()` reports as `meeting.id`: base64 of `0#<chatId>#0`, as Teams does. */
  readonly id: string;
  /** The meeting chat's thread id, reported as `chat.id`. */
  readonly chatId: string;
  readonly title: string;
  readonly joinUrl: string;
  /** Fixed times so that snapshots and stored data do not drift between runs. */
  readonly scheduledStartTime: string;
  readonly scheduledEndTime: string;
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

const MEETING_CHAT_ID = '19:meeting_NzQ5ZjFlYzEtY2E3Ni00ZjUyLWI3ZTItMzFmODk4ZjJkYmNh@thread.v2';

export const SIMULATED_MEETING: SimulatedMeeting = {
  id: 'MCMxOTptZWV0aW5nX056UTVaakZsWXpFdFkyRTNOaTAwWmpVeUxXSTNaVEl0TXpGbU9EazRaakprWW1OaEB0aHJlYWQudjIjMA==',
  chatId: MEETING_CHAT_ID,
  title: 'Customer obsession check',
  joinUrl: `https://teams.microsoft.com/l/meetup-join/${encodeURIComponent(MEETING_CHAT_ID)}/0`,
  scheduledStartTime: '2026-01-15T09:00:00.000Z',
  scheduledEndTime: '2026-01-15T09:30:00.000Z',
};

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

/** Whether the simulated team (and the meeting chat) has this person: everyone on the roster. */
export function isTeamMember(person: SimulatedParticipant): boolean {
  return SIMULATED_PARTICIPANTS.some((member) => member.userId === person.userId);
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
