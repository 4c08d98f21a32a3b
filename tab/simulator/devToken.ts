/**
 * Stands in for Teams SSO: instead of Entra ID issuing a token for the signed-in user,
 * the local API's dev endpoint mints one for the simulated participant.
 *
 *   POST /dev/token  { userId, name, tenantId, groups, chats }  →  { token }
 *
 * Everyone on the roster is in the simulated team and the meeting's chat (the former member
 * is in neither): `groups` becomes
 * the token's groups claim, as Entra ID emits it, and both lists are what the local host's
 * Graph answers membership questions from.
 *
 * The Vite dev server proxies /dev to the local API host, which may not be running; the
 * caller turns a failure into the teams-js getAuthToken failure reply.
 */
import { isTeamMember, SIMULATED_MEETING, SIMULATED_TEAM, SIMULATED_TENANT, type SimulatedParticipant } from './meetingData';

export const DEV_TOKEN_PATH = '/dev/token';

export type DevTokenResult =
  | { readonly ok: true; readonly token: string }
  | { readonly ok: false; readonly reason: string };

export async function requestDevToken(participant: SimulatedParticipant): Promise<DevTokenResult> {
  let response: Response;
  try {
    response = await fetch(DEV_TOKEN_PATH, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({
        userId: participant.userId,
        name: participant.displayName,
        tenantId: SIMULATED_TENANT.id,
        ...(isTeamMember(participant) ? { groups: [SIMULATED_TEAM.groupId], chats: [SIMULATED_MEETING.chatId] } : {}),
      }),
    });
  } catch (error) {
    return { ok: false, reason: `POST ${DEV_TOKEN_PATH} failed: ${describe(error)}` };
  }
  if (!response.ok) {
    return { ok: false, reason: `POST ${DEV_TOKEN_PATH} answered HTTP ${response.status}` };
  }
  try {
    const body: unknown = await response.json();
    const token = typeof body === 'object' && body !== null ? (body as { token?: unknown }).token : undefined;
    if (typeof token === 'string' && token.length > 0) return { ok: true, token };
    return { ok: false, reason: `POST ${DEV_TOKEN_PATH} answered without a token` };
  } catch (error) {
    return { ok: false, reason: `POST ${DEV_TOKEN_PATH} answered with invalid JSON: ${describe(error)}` };
  }
}

function describe(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}
