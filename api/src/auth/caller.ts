/**
 * Who is calling: read only from a validated bearer token, never from the body or URL.
 * One validation path for every environment: the issuer's JWKS, issuer, audience, expiry.
 */
import { createRemoteJWKSet, errors as joseErrors, jwtVerify, type JWTVerifyGetKey } from 'jose';

export interface Caller {
  tenantId: string;
  userId: string;
  name?: string;
}

export class AuthError extends Error {}

export interface TokenVerifierOptions {
  jwksUrl: string;
  issuer: string;
  audience: string;
}

const clockToleranceSeconds = 60;
/** Tenant and user ids become table keys; refuse anything that is not a plain id. */
const plainId = /^[A-Za-z0-9._-]{1,128}$/;

export type TokenVerifier = (authorization: string | null) => Promise<Caller>;

export function tokenVerifier(options: TokenVerifierOptions): TokenVerifier {
  const keys: JWTVerifyGetKey = createRemoteJWKSet(new URL(options.jwksUrl));
  return async (authorization) => {
    const token = bearerToken(authorization);
    let payload;
    try {
      ({ payload } = await jwtVerify(token, keys, {
        issuer: options.issuer,
        audience: options.audience,
        algorithms: ['RS256'],
        clockTolerance: clockToleranceSeconds,
        requiredClaims: ['exp', 'tid', 'oid'],
      }));
    } catch (error) {
      throw new AuthError(describeTokenError(error));
    }
    const { tid, oid, name } = payload;
    if (typeof tid !== 'string' || !plainId.test(tid)) throw new AuthError('Token has no valid tid claim');
    if (typeof oid !== 'string' || !plainId.test(oid)) throw new AuthError('Token has no valid oid claim');
    return { tenantId: tid, userId: oid, name: typeof name === 'string' ? name : undefined };
  };
}

function bearerToken(authorization: string | null): string {
  if (!authorization) throw new AuthError('Missing Authorization header');
  const match = /^Bearer ([A-Za-z0-9._~+/-]+=*)$/.exec(authorization.trim());
  if (!match?.[1]) throw new AuthError('Authorization header must be "Bearer <token>"');
  return match[1];
}

function describeTokenError(error: unknown): string {
  if (error instanceof joseErrors.JWTExpired) return 'Token has expired';
  if (error instanceof joseErrors.JWTClaimValidationFailed) return `Token claim "${error.claim}" is not valid`;
  if (error instanceof joseErrors.JWSSignatureVerificationFailed) return 'Token signature is not valid';
  if (error instanceof joseErrors.JWKSNoMatchingKey) return 'Token was signed with an unknown key';
  if (error instanceof joseErrors.JOSEAlgNotAllowed) return 'Token algorithm is not allowed';
  if (error instanceof joseErrors.JWKSTimeout || error instanceof joseErrors.JWKSInvalid) throw error;
  if (error instanceof joseErrors.JOSEError) return 'Token is not valid';
  // A JWKS that cannot be fetched is our fault, not the caller's: let it surface as a 500.
  throw error;
}
