/**
 * The bearer token for the Customer Pulse API: Teams SSO through teams-js, kept until about
 * five minutes before it expires so that a side panel polling every few seconds does not
 * ask Teams for a token on every request.
 *
 * A failed request rejects with a SignInFailure: Teams' reason (app/signInProblem.ts says what
 * it means), or `timedOut` when Teams did not answer within the sign-in bound.
 */
import { authentication } from '@microsoft/teams-js';

const REFRESH_MARGIN_MS = 5 * 60_000;

/**
 * How long the tab waits for Teams to answer getAuthToken. Teams answers from its cache at
 * once, or after a sign-in window the user is looking at; 15 s of silence is Teams not
 * answering at all (teams-js itself would wait forever), and the user gets "Try again".
 */
export const SIGN_IN_TIMEOUT_MS = 15_000;
let signInTimeoutMs = SIGN_IN_TIMEOUT_MS;
/** The waits under way, re-armed when the bound changes. */
const waits = new Set<(timeoutMs: number) => void>();

/**
 * Test seam, the only one: a shorter bound (or `SIGN_IN_TIMEOUT_MS` back). It also applies to a
 * request already waiting, counted from when that request started, so an e2e test can set it
 * after the tab asked (it imports this module into the tab's frame from the dev server).
 */
export function setSignInTimeoutMs(ms: number): void {
  signInTimeoutMs = ms;
  for (const rearm of waits) rearm(ms);
}

export class SignInFailure extends Error {
  constructor(
    /** What teams-js rejected with; empty when it never answered. */
    readonly reason: string,
    readonly timedOut: boolean,
  ) {
    super(timedOut ? 'Microsoft Teams did not answer the sign-in request' : reason || 'Sign-in failed');
    this.name = 'SignInFailure';
  }
}

interface CachedToken {
  readonly token: string;
  readonly refreshAt: number;
}

let cached: CachedToken | undefined;
let pending: Promise<string> | undefined;

/**
 * Returns a token for the API. `refresh` drops the cached one first, for when the API has
 * just refused it (revoked, clock skew, …).
 */
export function getApiToken(options: { refresh?: boolean } = {}): Promise<string> {
  if (options.refresh) cached = undefined;
  if (cached && Date.now() < cached.refreshAt) return Promise.resolve(cached.token);
  // Concurrent callers (several polls starting together) share one request to Teams.
  pending ??= requestToken().finally(() => {
    pending = undefined;
  });
  return pending;
}

async function requestToken(): Promise<string> {
  const token = await withSignInTimeout(authentication.getAuthToken());
  const expiresAt = expiryOf(token);
  // A token without a readable expiry, or one that expires within the margin, is not kept:
  // asking Teams again is cheap, using an expired token is a failed request.
  cached =
    expiresAt !== undefined && expiresAt - REFRESH_MARGIN_MS > Date.now()
      ? { token, refreshAt: expiresAt - REFRESH_MARGIN_MS }
      : undefined;
  return token;
}

function withSignInTimeout(request: Promise<string>): Promise<string> {
  const startedAt = Date.now();
  return new Promise<string>((resolve, reject) => {
    let timer: ReturnType<typeof setTimeout> | undefined;
    const done = () => {
      clearTimeout(timer);
      waits.delete(arm);
    };
    const arm = (timeoutMs: number) => {
      clearTimeout(timer);
      timer = setTimeout(
        () => {
          done();
          reject(new SignInFailure('', true));
        },
        Math.max(0, startedAt + timeoutMs - Date.now()),
      );
    };
    waits.add(arm);
    arm(signInTimeoutMs);
    request.then(
      (token) => {
        done();
        resolve(token);
      },
      (error: unknown) => {
        done();
        reject(new SignInFailure(error instanceof Error ? error.message : String(error), false));
      },
    );
  });
}

/** The `exp` claim of a JWT in epoch milliseconds; the signature is the API's business. */
export function expiryOf(token: string): number | undefined {
  const exp = claimsOf(token)?.exp;
  return typeof exp === 'number' && Number.isFinite(exp) ? exp * 1000 : undefined;
}

/** The `tid` claim: the organisation (Entra tenant) the token's holder signed in with. */
export function tenantOf(token: string): string | undefined {
  const tid = claimsOf(token)?.tid;
  return typeof tid === 'string' && tid ? tid : undefined;
}

function claimsOf(token: string): Record<string, unknown> | undefined {
  const payload = token.split('.')[1];
  if (!payload) return undefined;
  try {
    const base64 = payload.replace(/-/g, '+').replace(/_/g, '/');
    const json = atob(base64.padEnd(base64.length + ((4 - (base64.length % 4)) % 4), '='));
    const claims: unknown = JSON.parse(json);
    return typeof claims === 'object' && claims !== null && !Array.isArray(claims) ? (claims as Record<string, unknown>) : undefined;
  } catch {
    return undefined;
  }
}
