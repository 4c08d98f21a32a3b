/**
 * The local stand-in for Entra ID: an RS256 key kept under .data/ and a token endpoint.
 * The API validates these tokens on the very path it validates Entra's: JWKS, issuer,
 * audience, expiry. Only the local host mounts it; the Azure build never contains it.
 */
import { exportJWK, generateKeyPair, importJWK, SignJWT, type JWK } from 'jose';
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
}

interface StoredKey {
  privateJwk: JWK;
  publicJwk: JWK;
}

export async function devIssuer(options: { issuer: string; keyFile: string }): Promise<DevIssuer> {
  const { privateJwk, publicJwk } = await loadOrCreateKey(options.keyFile);
  const privateKey = await importJWK(privateJwk, 'RS256');
  return {
    issuer: options.issuer,
    audience: devAudience,
    jwks: () => ({ keys: [publicJwk] }),
    issueToken: ({ userId, name, tenantId, roles }) =>
      new SignJWT({ tid: tenantId, oid: userId, name, ver: '2.0', scp: 'access_as_user', ...(roles?.length ? { roles } : {}) })
        .setProtectedHeader({ alg: 'RS256', kid: publicJwk.kid, typ: 'JWT' })
        .setIssuer(options.issuer)
        .setAudience(devAudience)
        .setSubject(userId)
        .setIssuedAt()
        .setNotBefore('0s')
        .setExpirationTime(`${tokenLifetimeSeconds}s`)
        .sign(privateKey),
  };
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
