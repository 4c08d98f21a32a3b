import { MEETING_CHAT_IDS, SIMULATED_TEAM } from '../../tab/simulator/meetingData.ts';

/** Everyone on the simulator's roster is in its team and every meeting chat, as the simulator's own tokens say. */
export const simulatedMembership = { groups: [SIMULATED_TEAM.groupId], chats: [...MEETING_CHAT_IDS] };
