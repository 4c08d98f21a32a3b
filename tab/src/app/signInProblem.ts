/**
 * Why signing in through Teams did not give the tab a token it can use, as the user needs to
 * hear it, with the way forward each one has. Pure: it reads the reasons teams-js hands over
 * (strings) and ids, never teams-js itself.
 *
 * Microsoft documents the reasons in:
 * - https://learn.microsoft.com/microsoftteams/platform/tabs/how-to/authentication/tab-sso-code
 *   (getAuthToken fails with `resourceRequiresConsent` until the user or an admin consented;
 *   Entra's own `invalid_grant` / `consent_required` / `interaction_required` say the same);
 * - https://learn.microsoft.com/javascript/api/@microsoft/teams-js/authentication
 *   (`CancelledByUser` when the user closes the sign-in window, `FailedToOpenWindow` when the
 *   browser blocked it);
 * - https://learn.microsoft.com/microsoftteams/platform/apps-in-teams-meetings/build-apps-for-anonymous-user
 *   (anonymous participants have no Entra account: getAuthToken fails with "User is not
 *   authenticated", and their context says `licenseType: 'Anonymous'`).
 */

export type SignInProblem =
  /** The user has not consented; `declined`: they went through the consent step and it did not succeed. */
  | { readonly kind: 'consent'; readonly declined: boolean }
  /** The user closed Teams' sign-in window: signing in again is the way on. */
  | { readonly kind: 'cancelled' }
  /** The browser did not let a sign-in or consent window open. */
  | { readonly kind: 'windowBlocked' }
  /** Teams did not answer in time. */
  | { readonly kind: 'timeout' }
  /** An anonymous meeting participant: Teams has no account to sign them in with. */
  | { readonly kind: 'anonymous' }
  /** Signed in with an account of another organisation than the team's. */
  | { readonly kind: 'otherOrganisation' }
  /** Anything else; `reason` is Teams' own words, for support. */
  | { readonly kind: 'failed'; readonly reason: string };

export interface TokenFailure {
  /** What teams-js rejected with (its Error's message), or empty. */
  readonly reason: string;
  /** Teams never answered; the tab gave up waiting. */
  readonly timedOut: boolean;
}

export interface SignedInUser {
  /** `app.Context.user.licenseType`. */
  readonly licenseType?: string;
}

const CONSENT_REASONS = ['resourcerequiresconsent', 'consent_required', 'invalid_grant', 'interaction_required', 'aadsts65001'];
const CANCELLED_REASONS = ['cancelledbyuser', 'tokenrevoked', 'resourcerequiresmfa'];

/** The problem behind a failed `getAuthToken`. */
export function problemOfTokenFailure(failure: TokenFailure, user: SignedInUser = {}): SignInProblem {
  // Anonymous first: whatever Teams answered, there is no account to consent or sign in with.
  if (user.licenseType === 'Anonymous' || /user is not authenticated/i.test(failure.reason)) return { kind: 'anonymous' };
  if (failure.timedOut) return { kind: 'timeout' };
  const reason = failure.reason.toLowerCase();
  if (CONSENT_REASONS.some((known) => reason.includes(known))) return { kind: 'consent', declined: false };
  // MFA asked again or a revoked session: like a cancelled window, signing in again is the way on.
  if (CANCELLED_REASONS.some((known) => reason.includes(known))) return { kind: 'cancelled' };
  if (reason.includes('failedtoopenwindow')) return { kind: 'windowBlocked' };
  return { kind: 'failed', reason: failure.reason || 'unknown' };
}

/**
 * The problem after the consent window did not succeed: closed, cancelled (`access_denied`, as
 * the identity platform redirects a refusal), or failed; a blocked window is its own problem.
 */
export function problemOfConsentFailure(reason: string): SignInProblem {
  if (reason.toLowerCase().includes('failedtoopenwindow')) return { kind: 'windowBlocked' };
  return { kind: 'consent', declined: true };
}

/**
 * A token of another organisation than the one the tab runs in (the team's, or the channel's
 * owner for a shared channel) is no use: the API keeps every organisation's data apart, so its
 * holder would see nothing of this team. `undefined` when both agree or either is unknown.
 */
export function problemOfTokenTenant(tokenTenantId: string | undefined, hostTenantId: string | undefined): SignInProblem | undefined {
  if (!tokenTenantId || !hostTenantId) return undefined;
  return tokenTenantId.toLowerCase() === hostTenantId.toLowerCase() ? undefined : { kind: 'otherOrganisation' };
}
