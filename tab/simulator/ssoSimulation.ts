/**
 * What the simulated Teams (and the Entra ID behind it) answers when a tab asks for an SSO
 * token, per `?sso=` mode, and what it remembers between requests: who has consented to the
 * app, and who already cancelled Teams' sign-in window once. One page plays one world, so
 * this state is the page's.
 *
 * The failure reasons are the strings teams-js hands the tab: `getAuthToken()` rejects with
 * `new Error(reason)` (teams-js public/authentication.ts).
 */
import { requestDevToken, type DevTokenOverrides, type DevTokenResult } from './devToken';
import type { SimulatedParticipant } from './meetingData';
import type { SsoMode } from './simulatorOptions';

/**
 * Another organisation, federated with ours in Teams: its people join our meetings with their
 * own accounts, so their tokens carry their own tenant id.
 */
export const SIMULATED_EXTERNAL_TENANT = {
  id: 'b1e2f3a4-0000-4000-8000-0000fab1ca7e',
  displayName: 'Fabrikam',
} as const;

/**
 * Teams' reasons for a failed getAuthToken, as Microsoft's samples and docs name them:
 * - consent: https://learn.microsoft.com/microsoftteams/platform/tabs/how-to/authentication/tab-sso-code
 *   ("resourceRequiresConsent": Entra needs the user's consent before it issues a token);
 * - cancelled: the user closed the sign-in window Teams opened ("CancelledByUser");
 * - anonymous: https://learn.microsoft.com/microsoftteams/platform/apps-in-teams-meetings/build-apps-for-anonymous-user
 *   (anonymous users have no Entra account; getAuthToken fails with this message).
 */
export const SSO_FAILURE_REASONS = {
  consent: 'resourceRequiresConsent',
  cancelled: 'CancelledByUser',
  anonymous: 'useGetAuthToken: Failed with error - User is not authenticated',
} as const;

let mode: SsoMode = 'ok';
const consentedUserIds = new Set<string>();
const cancelledUserIds = new Set<string>();

export function ssoMode(): SsoMode {
  return mode;
}

/** A new mode starts afresh: nobody has consented or cancelled under it yet. */
export function setSsoMode(next: SsoMode): void {
  mode = next;
  consentedUserIds.clear();
  cancelledUserIds.clear();
}

/** The user accepted the consent prompt; Entra keeps that, so their next requests get tokens. */
export function recordConsent(participant: SimulatedParticipant): void {
  consentedUserIds.add(participant.userId);
}

/** `undefined`: Teams never answers (the `timeout` mode). `reason` is what teams-js rejects with. */
export type SsoAnswer = DevTokenResult | undefined;

/** A dev token; when the local API cannot mint one, the failure Teams gives for a token it could not get. */
async function devToken(participant: SimulatedParticipant, overrides?: DevTokenOverrides): Promise<DevTokenResult> {
  const result = await requestDevToken(participant, overrides);
  return result.ok ? result : { ok: false, reason: `FailedToGetToken: ${result.reason}` };
}

export async function answerTokenRequest(participant: SimulatedParticipant): Promise<SsoAnswer> {
  switch (mode) {
    case 'ok':
      return devToken(participant);
    case 'consent':
      return consentedUserIds.has(participant.userId)
        ? devToken(participant)
        : { ok: false, reason: SSO_FAILURE_REASONS.consent };
    case 'cancelled':
      // The first request opens Teams' sign-in window and the user closes it; asked again, they sign in.
      if (cancelledUserIds.has(participant.userId)) return devToken(participant);
      cancelledUserIds.add(participant.userId);
      return { ok: false, reason: SSO_FAILURE_REASONS.cancelled };
    case 'timeout':
      return undefined;
    case 'anonymous':
      return { ok: false, reason: SSO_FAILURE_REASONS.anonymous };
    case 'external':
      // Signed in at home: their own tenant, and no group or chat of ours.
      return devToken(participant, { tenantId: SIMULATED_EXTERNAL_TENANT.id, member: false });
  }
}
