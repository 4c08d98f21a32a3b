/**
 * Who is calling: read only from a validated bearer token, never from the body or URL.
 * One validation path for every environment, as the Microsoft identity platform requires of a
 * multi-tenant API: signature against the issuer's published keys (cached; an unknown key id
 * triggers one refetch, which is how key rotation arrives), RS256 only, audience, issuer bound
 * to the token's own tenant, expiry and not-before with a small clock skew, and optionally an
 * allow-list of tenants. Locally the issuer is our dev issuer; in Azure it is Entra ID.
 */
import { createHash } from 'node:crypto';
import { createRemoteJWKSet, errors as joseErrors, jwtVerify, type JWTPayload, type JWTVerifyGetKey } from 'jose';

export interface Caller {
  tenantId: string;
  userId: string;
  name?: string;
  /** App roles from the token's `roles` claim (e.g. CustomerPulse.Admin). */
  roles: string[];
  /** What the token says about the caller's groups; auth/membership.ts decides with it. */
  directory: DirectoryEvidence;
}

/**
 * `groups` are the group ids of the token's `groups` claim. Where Entra left them out
 * (more than 200 groups: `_claim_names`/`hasgroups`, or no claim at all) they are
 * `undefined` and membership is asked of Microsoft Graph, on behalf of the caller with
 * `assertion`, the token itself.
 */
export interface DirectoryEvidence {
  groups: readonly string[] | undefined;
  assertion: string;
}

export class AuthError extends Error {}

export interface TokenVerifierOptions {
  jwksUrl: string;
  /**
   * Accepted issuers. `{tenantid}` stands for the token's own `tid`, so one multi-tenant
   * setting accepts every tenant's tokens but never a token whose issuer and tenant disagree
   * (v2: https://login.microsoftonline.com/{tenantid}/v2.0, v1: https://sts.windows.net/{tenantid}/).
   */
  issuers: string[];
  /** Accepted audiences: the app ID URI and/or the client id. */
  audiences: string[];
  /** When set, only these tenants may call. */
  allowedTenants?: string[];
  /** The delegated scope every token must carry (`scp`); the app registration exposes it for Teams SSO. */
  requiredScope?: string;
}

export const clockToleranceSeconds = 120;
export const defaultRequiredScope = 'access_as_user';
/**
 * Entra ID issues access tokens for 60–90 minutes (up to 28 hours with continuous access
 * evaluation); a signed token that claims to live longer did not come from it.
 */
export const maxTokenLifetimeSeconds = 28 * 3600;
/** Tenant and user ids become table keys; refuse anything that is not a plain id. */
const plainId = /^[A-Za-z0-9._-]{1,128}$/;

export type TokenVerifier = (authorization: string | null) => Promise<Caller>;

export function tokenVerifier(options: TokenVerifierOptions, keys: JWTVerifyGetKey = createRemoteJWKSet(new URL(options.jwksUrl))): TokenVerifier {
  const verified = verifiedTokenCache();
  return async (authorization) => {
    const token = bearerToken(authorization);
    const known = verified.get(token);
    if (known) return known;
    let payload: JWTPayload;
    try {
      ({ payload } = await jwtVerify(token, keys, {
        audience: options.audiences,
        algorithms: ['RS256'],
        clockTolerance: clockToleranceSeconds,
        requiredClaims: ['exp', 'iss', 'tid', 'oid'],
      }));
    } catch (error) {
      throw new AuthError(describeTokenError(error));
    }
    const { tid, oid, name, iss, roles, scp, idtyp, groups } = payload as JWTPayload & Record<string, unknown>;
    if (payload.exp! - Date.now() / 1000 > maxTokenLifetimeSeconds) throw new AuthError('Token lives longer than Entra ID issues tokens');
    // An app-only token acts for no person: there is nobody whose team membership could count.
    if (idtyp === 'app') throw new AuthError('App-only tokens are not accepted; sign in as a person');
    const requiredScope = options.requiredScope ?? defaultRequiredScope;
    if (typeof scp !== 'string' || !scp.split(' ').includes(requiredScope)) {
      throw new AuthError(`Token does not carry the ${requiredScope} scope`);
    }
    if (typeof tid !== 'string' || !plainId.test(tid)) throw new AuthError('Token has no valid tid claim');
    if (typeof oid !== 'string' || !plainId.test(oid)) throw new AuthError('Token has no valid oid claim');
    if (!options.issuers.some((issuer) => issuer.replaceAll('{tenantid}', tid) === iss)) {
      throw new AuthError('Token issuer is not accepted for its tenant');
    }
    if (options.allowedTenants && !options.allowedTenants.includes(tid)) {
      throw new AuthError('Your organisation is not allowed to use this app');
    }
    const caller: Caller = {
      tenantId: tid,
      userId: oid,
      name: typeof name === 'string' ? name : undefined,
      roles: stringsOf(roles),
      directory: { groups: groupsOverage(payload) ? undefined : Array.isArray(groups) ? stringsOf(groups) : undefined, assertion: token },
    };
    verified.set(token, caller, payload.exp! * 1000);
    return caller;
  };
}

function stringsOf(claim: unknown): string[] {
  return Array.isArray(claim) ? claim.filter((item): item is string => typeof item === 'string') : [];
}

/** Entra's sign that the groups did not fit into the token (JWT: `_claim_names`; implicit flow: `hasgroups`). */
function groupsOverage(payload: JWTPayload): boolean {
  const claimNames = payload._claim_names as Record<string, unknown> | undefined;
  return payload.hasgroups === true || (typeof claimNames === 'object' && claimNames !== null && 'groups' in claimNames);
}

/**
 * Panels poll with the same token every 1.5 s; checking its RS256 signature each time is a
 * third of a poll's CPU. A token that verified once stays valid until it expires, so the
 * verdict is kept (by the token's hash, bounded in count) until then.
 */
function verifiedTokenCache(maxEntries = 10_000) {
  const entries = new Map<string, { caller: Caller; expiresAt: number }>();
  const keyOf = (token: string) => createHash('sha256').update(token).digest('base64url');
  return {
    get(token: string): Caller | undefined {
      const key = keyOf(token);
      const entry = entries.get(key);
      if (!entry) return undefined;
      if (Date.now() >= entry.expiresAt) {
        entries.delete(key);
        return undefined;
      }
      return entry.caller;
    },
    set(token: string, caller: Caller, expiresAt: number): void {
      if (entries.size >= maxEntries) entries.delete(entries.keys().next().value as string);
      entries.set(keyOf(token), { caller, expiresAt });
    },
  };
}

function bearerToken(authorization: string | null): string {
  if (!authorization) throw new AuthError('Missing Authorization header');
  const match = /^Bearer ([A-Za-z0-9_-]+\.[A-Za-z0-9_-]*\.[A-Za-z0-9_-]*)$/i.exec(authorization.trim());
  if (!match?.[1]) throw new AuthError('Authorization header must be "Bearer <token>"');
  return match[1];
}

function describeTokenError(error: unknown): string {
  if (error instanceof joseErrors.JWTExpired) return 'Token has expired';
  if (error instanceof joseErrors.JWTClaimValidationFailed) {
    if (error.claim === 'nbf') return 'Token is not valid yet';
    if (error.claim === 'aud') return 'Token audience is not accepted';
    if (error.reason === 'missing') return `Token has no ${error.claim} claim`;
    return `Token claim "${error.claim}" is not valid`;
  }
  if (error instanceof joseErrors.JWSSignatureVerificationFailed) return 'Token signature is not valid';
  if (error instanceof joseErrors.JWKSNoMatchingKey) return 'Token was signed with an unknown key';
  if (error instanceof joseErrors.JOSEAlgNotAllowed) return 'Token algorithm is not allowed';
  // A key set that cannot be fetched is our fault, not the caller's: let it surface as a 500.
  if (error instanceof joseErrors.JWKSTimeout || error instanceof joseErrors.JWKSInvalid) throw error;
  if (error instanceof joseErrors.JOSEError) return 'Token is not valid';
  if (error instanceof TypeError) throw error; // fetch of the key set failed
  return 'Token is not valid';
}

export const adminRole = 'CustomerPulse.Admin';

/** Admin rights come only from an explicit app role or the configured admin list. */
export function isAdmin(caller: Caller, adminUserIds: readonly string[]): boolean {
  return caller.roles.includes(adminRole) || adminUserIds.includes(`${caller.tenantId}/${caller.userId}`);
}
