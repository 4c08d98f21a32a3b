/**
 * Stands in for Teams SSO: instead of Entra ID issuing a token for the signed-in user,
 * the local API's dev endpoint mints one for the simulated participant.
 *
 *   POST /dev/token  { userId, name, tenantId, groups, chats }  →  { token }
 *
 * Everyone on the roster is in the simulated team and in the chat of every simulated meeting
 * (channel, scheduled, instant, recurring; the former member is in none): `groups` (the team)
 * becomes the token's groups claim, as Entra ID emits it, and both lists are what the local
 * host's Graph answers membership questions from, whichever meeting `?meeting=` plays.
 *
 * The Vite dev server proxies /dev to the local API host, which may not be running; the
 * caller turns a failure into the teams-js getAuthToken failure reply.
 */
import { isTeamMember, MEETING_CHAT_IDS, SIMULATED_TEAM, SIMULATED_TENANT, type SimulatedParticipant } from './meetingData';

export const DEV_TOKEN_PATH = '/dev/token';

export type DevTokenResult =
  | { readonly ok: true; readonly token: string }
  | { readonly ok: false; readonly reason: string };

/**
 * `tenantId` and `member` override the simulated tenant and the roster's memberships, for a
 * participant who signs in from another organisation (ssoSimulation.ts).
 */
export interface DevTokenOverrides {
  readonly tenantId?: string;
  readonly member?: boolean;
}

export async function requestDevToken(participant: SimulatedParticipant, overrides: DevTokenOverrides = {}): Promise<DevTokenResult> {
  const member = overrides.member ?? isTeamMember(participant);
  let response: Response;
  try {
    response = await fetch(DEV_TOKEN_PATH, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({
        userId: participant.userId,
        name: participant.displayName,
        tenantId: overrides.tenantId ?? SIMULATED_TENANT.id,
        ...(member ? { groups: [SIMULATED_TEAM.groupId], chats: [...MEETING_CHAT_IDS] } : {}),
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
