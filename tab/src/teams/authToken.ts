/**
 * The bearer token for the Customer Pulse API: Teams SSO through teams-js, kept until about
 * five minutes before it expires so that a side panel polling every few seconds does not
 * ask Teams for a token on every request.
 */
import { authentication } from '@microsoft/teams-js';

const REFRESH_MARGIN_MS = 5 * 60_000;

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
  const token = await authentication.getAuthToken();
  const expiresAt = expiryOf(token);
  // A token without a readable expiry, or one that expires within the margin, is not kept:
  // asking Teams again is cheap, using an expired token is a failed request.
  cached =
    expiresAt !== undefined && expiresAt - REFRESH_MARGIN_MS > Date.now()
      ? { token, refreshAt: expiresAt - REFRESH_MARGIN_MS }
      : undefined;
  return token;
}

/** The `exp` claim of a JWT in epoch milliseconds; the signature is the API's business. */
export function expiryOf(token: string): number | undefined {
  const payload = token.split('.')[1];
  if (!payload) return undefined;
  try {
    const base64 = payload.replace(/-/g, '+').replace(/_/g, '/');
    const json = atob(base64.padEnd(base64.length + ((4 - (base64.length % 4)) % 4), '='));
    const claims: unknown = JSON.parse(json);
    if (typeof claims !== 'object' || claims === null || !('exp' in claims)) return undefined;
    return typeof claims.exp === 'number' && Number.isFinite(claims.exp) ? claims.exp * 1000 : undefined;
  } catch {
    return undefined;
  }
}
