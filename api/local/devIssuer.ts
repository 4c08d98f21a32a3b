/**
 * The local stand-in for Entra ID: an RS256 key kept under .data/ and a token endpoint.
 * The API validates these tokens on the very path it validates Entra's: JWKS, issuer,
 * audience, expiry. Only the local host mounts it; the Azure build never contains it.
 *
 * It also signs the Graph tokens of the local On-Behalf-Of exchange (devGraph.ts), and
 * checks them and the assertions the exchange receives.
 * Its consent prompt, the authorize endpoint under /dev/issuer/{tenant}/, is devConsent.ts.
 */
import { exportJWK, generateKeyPair, importJWK, jwtVerify, SignJWT, type JWK, type JWTPayload } from 'jose';
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import { dirname } from 'node:path';
import type { DevTokenRequest } from '../src/contract/index.ts';

export const devAudience = 'api://customer-pulse-local';
const tokenLifetimeSeconds = 60 * 60;

export interface DevIssuer {
  issuer: string;
  audience: string;
  jwks(): { keys: JWK[] };
  issueToken(request: DevTokenRequest): Promise<string>;
  /** A delegated token for `audience` (the local Graph) acting for the user of `assertion`. */
  issueOnBehalfOf(assertion: JWTPayload, audience: string): Promise<string>;
  /** The payload of a token this issuer signed for `audience`; throws otherwise. */
  verify(token: string, audience: string): Promise<JWTPayload>;
}

interface StoredKey {
  privateJwk: JWK;
  publicJwk: JWK;
}

export async function devIssuer(options: { issuer: string; keyFile: string; graphBaseUrl: string }): Promise<DevIssuer> {
  const { privateJwk, publicJwk } = await loadOrCreateKey(options.keyFile);
  const privateKey = await importJWK(privateJwk, 'RS256');
  const publicKey = await importJWK(publicJwk, 'RS256');
  const sign = (claims: JWTPayload, subject: string, audience: string) =>
    new SignJWT(claims)
      .setProtectedHeader({ alg: 'RS256', kid: publicJwk.kid, typ: 'JWT' })
      .setIssuer(options.issuer)
      .setAudience(audience)
      .setSubject(subject)
      .setIssuedAt()
      .setNotBefore('0s')
      .setExpirationTime(`${tokenLifetimeSeconds}s`)
      .sign(privateKey);
  return {
    issuer: options.issuer,
    audience: devAudience,
    jwks: () => ({ keys: [publicJwk] }),
    issueToken: ({ userId, name, tenantId, roles, groups, groupsOverage }) =>
      sign(
        {
          tid: tenantId,
          oid: userId,
          name,
          ver: '2.0',
          scp: 'access_as_user',
          ...(roles?.length ? { roles } : {}),
          ...groupsClaims(groups, groupsOverage, `${options.graphBaseUrl}/v1.0/users/${userId}/getMemberObjects`),
        },
        userId,
        devAudience,
      ),
    issueOnBehalfOf: (assertion, audience) =>
      sign({ tid: assertion.tid, oid: assertion.oid, name: assertion.name, ver: '2.0', scp: 'GroupMember.Read.All ChatMember.Read' }, String(assertion.oid), audience),
    verify: async (token, audience) => (await jwtVerify(token, publicKey, { issuer: options.issuer, audience, algorithms: ['RS256'] })).payload,
  };
}

/** As Entra writes them: the ids, or past its limit only a pointer to where Graph has them. */
function groupsClaims(groups: string[] | undefined, overage: boolean | undefined, overageEndpoint: string): JWTPayload {
  if (overage) return { _claim_names: { groups: 'src1' }, _claim_sources: { src1: { endpoint: overageEndpoint } } };
  return groups?.length ? { groups } : {};
}

async function loadOrCreateKey(keyFile: string): Promise<StoredKey> {
  try {
    return JSON.parse(await readFile(keyFile, 'utf8')) as StoredKey;
  } catch {
    const { privateKey, publicKey } = await generateKeyPair('RS256', { extractable: true });
    const kid = `dev-${Date.now().toString(36)}`;
    const stored: StoredKey = {
      privateJwk: { ...(await exportJWK(privateKey)), kid, alg: 'RS256' },
      publicJwk: { ...(await exportJWK(publicKey)), kid, alg: 'RS256', use: 'sig' },
    };
    await mkdir(dirname(keyFile), { recursive: true });
    await writeFile(keyFile, JSON.stringify(stored), { mode: 0o600 });
    return stored;
  }
}
