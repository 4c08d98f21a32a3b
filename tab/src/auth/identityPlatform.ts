/**
 * The identity platform's URLs for our consent step, and reading its answer. Pure: the
 * configuration (authority, client id, scope) comes in as values (identityConfig.ts).
 *
 * The consent window sends the user to the authorize endpoint with `prompt=consent`
 * (https://learn.microsoft.com/entra/identity-platform/v2-oauth2-auth-code-flow), and the
 * platform redirects back with `code` and `state`, or `error` (`access_denied` when the user
 * declines). The code is never redeemed: the point of the trip is the consent Entra records,
 * after which Teams' getAuthToken can issue the tab its token.
 */

export interface IdentityConfig {
  /** The authority with `{tenant}` where the user's tenant goes, e.g. https://login.microsoftonline.com/{tenant}. */
  readonly authority: string;
  readonly clientId: string;
  /** The API's delegated scope, e.g. api://<tab domain>/<client id>/access_as_user. */
  readonly scope: string;
}

/** Who is asked, as the Teams context names them; both optional (`organizations` then). */
export interface ConsentTarget {
  readonly tenantId?: string;
  readonly loginHint?: string;
}

/** Tenant ids and the few names the platform accepts in their place; anything else is not put in a URL. */
const TENANT = /^(?:[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}|[A-Za-z0-9.-]{1,128})$/i;

export function authorityFor(config: IdentityConfig, tenantId: string | undefined): string {
  const tenant = tenantId && TENANT.test(tenantId) ? tenantId : 'organizations';
  return config.authority.replaceAll('{tenant}', encodeURIComponent(tenant)).replace(/\/+$/, '');
}

/**
 * `codeChallenge`: the S256 PKCE challenge the platform requires of a browser ("SPA") redirect
 * URI's code flow; sent although the code is never redeemed, so the request is one it accepts.
 */
export function authorizeUrl(config: IdentityConfig, target: ConsentTarget, redirectUri: string, state: string, codeChallenge: string): URL {
  const url = new URL(`${authorityFor(config, target.tenantId)}/oauth2/v2.0/authorize`);
  url.search = new URLSearchParams({
    client_id: config.clientId,
    response_type: 'code',
    redirect_uri: redirectUri,
    // openid: the platform wants a sign-in alongside; the API's scope is what is consented to.
    scope: `openid ${config.scope}`,
    response_mode: 'query',
    prompt: 'consent',
    state,
    code_challenge: codeChallenge,
    code_challenge_method: 'S256',
    ...(target.loginHint ? { login_hint: target.loginHint } : {}),
  }).toString();
  return url;
}

/**
 * The URL an administrator opens to consent for the whole organisation, in the form Microsoft
 * documents: {authority}/adminconsent?client_id={client id}
 * (https://learn.microsoft.com/entra/identity/enterprise-apps/grant-admin-consent).
 */
export function adminConsentUrl(config: IdentityConfig, tenantId: string | undefined): string {
  return `${authorityFor(config, tenantId)}/adminconsent?client_id=${encodeURIComponent(config.clientId)}`;
}

export type AuthorizeResponse =
  | { readonly outcome: 'consented' }
  | { readonly outcome: 'refused'; readonly reason: string }
  /** Not an answer to our request: no state, another state, or neither code nor error. */
  | { readonly outcome: 'unexpected' };

/** Reads the redirect's query; `expectedState` is what this window sent. */
export function readAuthorizeResponse(search: string, expectedState: string | null): AuthorizeResponse {
  const query = new URLSearchParams(search);
  const state = query.get('state');
  if (!expectedState || state !== expectedState) return { outcome: 'unexpected' };
  const error = query.get('error');
  if (error) return { outcome: 'refused', reason: error };
  return query.get('code') ? { outcome: 'consented' } : { outcome: 'unexpected' };
}

/** A PKCE verifier's S256 challenge (RFC 7636): base64url of its SHA-256. */
export async function codeChallengeOf(verifier: string): Promise<string> {
  const digest = new Uint8Array(await crypto.subtle.digest('SHA-256', new TextEncoder().encode(verifier)));
  return btoa(String.fromCharCode(...digest)).replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '');
}

/** True when the query is the platform's answer (as opposed to the tab opening the window). */
export function isAuthorizeResponse(search: string): boolean {
  const query = new URLSearchParams(search);
  return query.has('state') && (query.has('code') || query.has('error'));
}
