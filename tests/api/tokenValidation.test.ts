/**
 * Token validation as Entra ID tokens are validated in production, with locally generated keys
 * standing in for Entra's published ones (served over HTTP like Entra's JWKS endpoint).
 * Every rejection is a clear 401, never a 500.
 */
import { createRemoteJWKSet, exportJWK, generateKeyPair, SignJWT, type JWK } from 'jose';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { AuthError, tokenVerifier, type TokenVerifier } from '../../api/src/auth/caller.ts';
import { callApi } from '../support/apiClient.ts';

type KeyLike = Awaited<ReturnType<typeof generateKeyPair>>['privateKey'];

const tenant = '72f988bf-86f1-41af-91ab-2d7cd011db47';
const clientId = '6a3c1f0e-1111-4b2c-9d4e-0123456789ab';
const appIdUri = `api://pulse.example.com/${clientId}`;
const v2Issuer = (tid: string) => `https://login.microsoftonline.com/${tid}/v2.0`;

let jwksServer: Server;
let entraKey: KeyLike;
let rotatedKey: KeyLike;
let strangerKey: KeyLike;
let rotatedPublic: JWK;
let verify: TokenVerifier;
const published: { keys: JWK[] } = { keys: [] };

async function token(
  claims: Record<string, unknown> = {},
  options: { key?: KeyLike; kid?: string; alg?: string; issuedAt?: number; expiresIn?: string | number; notBefore?: number } = {},
) {
  const now = Math.floor(Date.now() / 1000);
  const jwt = new SignJWT({ tid: tenant, oid: 'user-1', name: 'Ava', scp: 'access_as_user', ...claims })
    .setProtectedHeader({ alg: options.alg ?? 'RS256', kid: options.kid ?? 'entra-1', typ: 'JWT' })
    .setIssuer((claims.iss as string) ?? v2Issuer(tenant))
    .setAudience((claims.aud as string) ?? clientId)
    .setIssuedAt(options.issuedAt ?? now)
    .setNotBefore(options.notBefore ?? now - 5)
    .setExpirationTime(options.expiresIn ?? '1h');
  return jwt.sign(options.key ?? entraKey);
}

async function rejection(authorization: string | null): Promise<string> {
  try {
    await verify(authorization);
  } catch (error) {
    expect(error).toBeInstanceOf(AuthError);
    return (error as Error).message;
  }
  throw new Error('token was accepted');
}

beforeAll(async () => {
  const pair = await generateKeyPair('RS256', { extractable: true });
  entraKey = pair.privateKey;
  published.keys.push({ ...(await exportJWK(pair.publicKey)), kid: 'entra-1', alg: 'RS256', use: 'sig' });
  const rotated = await generateKeyPair('RS256', { extractable: true });
  rotatedKey = rotated.privateKey;
  rotatedPublic = { ...(await exportJWK(rotated.publicKey)), kid: 'entra-2', alg: 'RS256', use: 'sig' };
  strangerKey = (await generateKeyPair('RS256')).privateKey;

  jwksServer = createServer((_req, res) => {
    res.writeHead(200, { 'Content-Type': 'application/json' });
    res.end(JSON.stringify(published));
  });
  await new Promise<void>((resolve) => jwksServer.listen(0, '127.0.0.1', resolve));
  const { port } = jwksServer.address() as AddressInfo;
  const jwksUrl = `http://127.0.0.1:${port}/discovery/v2.0/keys`;
  verify = tokenVerifier(
    {
      jwksUrl,
      issuers: ['https://login.microsoftonline.com/{tenantid}/v2.0', 'https://sts.windows.net/{tenantid}/'],
      audiences: [appIdUri, clientId],
    },
    // jose refetches on an unknown key id at most every 30 s by default; the test cannot wait.
    createRemoteJWKSet(new URL(jwksUrl), { cooldownDuration: 0 }),
  );
});

afterAll(() => new Promise<void>((resolve) => jwksServer.close(() => resolve())));

describe('Entra-style token validation', () => {
  it('accepts a v2 token and a v1 token of the caller’s own tenant, with either audience form', async () => {
    expect(await verify(`Bearer ${await token()}`)).toMatchObject({ tenantId: tenant, userId: 'user-1', name: 'Ava' });
    const v1 = await token({ iss: `https://sts.windows.net/${tenant}/`, aud: appIdUri });
    expect((await verify(`Bearer ${v1}`)).tenantId).toBe(tenant);
  });

  it('picks up a rotated signing key it has not seen before', async () => {
    published.keys.push(rotatedPublic);
    const signedWithNewKey = await token({}, { key: rotatedKey, kid: 'entra-2' });
    expect((await verify(`Bearer ${signedWithNewKey}`)).userId).toBe('user-1');
  });

  it.each([
    ['a bad signature', async () => `Bearer ${await token({}, { key: strangerKey })}`, /signature is not valid/],
    ['an unknown key id', async () => `Bearer ${await token({}, { key: strangerKey, kid: 'nobody' })}`, /unknown key/],
    ['an expired token', async () => `Bearer ${await token({}, { issuedAt: 1_000_000, notBefore: 1_000_000, expiresIn: 1_000_600 })}`, /expired/],
    ['a token not valid yet', async () => `Bearer ${await token({}, { notBefore: Math.floor(Date.now() / 1000) + 3600 })}`, /not valid yet/],
    ['a wrong audience', async () => `Bearer ${await token({ aud: 'api://someone-else' })}`, /audience/],
    ['a wrong issuer', async () => `Bearer ${await token({ iss: 'https://evil.example.com/v2.0' })}`, /issuer/],
    ['an issuer of another tenant than its tid', async () => `Bearer ${await token({ iss: v2Issuer('00000000-0000-0000-0000-000000000001') })}`, /issuer/],
    ['a missing oid', async () => `Bearer ${await token({ oid: undefined })}`, /oid/],
    ['a missing tid', async () => `Bearer ${await token({ tid: undefined, iss: v2Issuer(tenant) })}`, /tid/],
    ['a token that expires in the year 275760', async () => `Bearer ${await token({}, { expiresIn: 8_640_000_000_000 })}`, /longer than Entra ID/],
    ['an app-only token', async () => `Bearer ${await token({ idtyp: 'app', scp: undefined, roles: ['CustomerPulse.Admin'] })}`, /App-only/],
    ['a token without the access_as_user scope', async () => `Bearer ${await token({ scp: 'User.Read' })}`, /access_as_user/],
    ['no Authorization header', async () => null, /Missing Authorization/],
    ['a token without the Bearer scheme', async () => await token(), /Bearer <token>/],
    ['a Basic header', async () => 'Basic dXNlcjpwYXNz', /Bearer <token>/],
    ['two tokens in one header', async () => `Bearer ${await token()} ${await token()}`, /Bearer <token>/],
  ])('refuses %s with a clear reason', async (_case, header, reason) => {
    expect(await rejection(await header())).toMatch(reason);
  });

  it('refuses alg "none" and HMAC-signed tokens', async () => {
    const unsigned = (claims: object, alg: string) =>
      `${Buffer.from(JSON.stringify({ alg, typ: 'JWT', kid: 'entra-1' })).toString('base64url')}.${Buffer.from(
        JSON.stringify({ tid: tenant, oid: 'u', iss: v2Issuer(tenant), aud: clientId, exp: Math.floor(Date.now() / 1000) + 600, ...claims }),
      ).toString('base64url')}.`;
    expect(await rejection(`Bearer ${unsigned({}, 'none')}`)).toMatch(/not allowed|not valid/);
    const hmac = await new SignJWT({ tid: tenant, oid: 'u' })
      .setProtectedHeader({ alg: 'HS256', kid: 'entra-1' })
      .setIssuer(v2Issuer(tenant))
      .setAudience(clientId)
      .setExpirationTime('1h')
      .sign(new TextEncoder().encode('a-shared-secret-that-is-long-enough-123'));
    expect(await rejection(`Bearer ${hmac}`)).toMatch(/algorithm is not allowed/);
  });

  it('refuses tenants outside the allow-list when one is configured', async () => {
    const { port } = jwksServer.address() as AddressInfo;
    const restricted = tokenVerifier({
      jwksUrl: `http://127.0.0.1:${port}/discovery/v2.0/keys`,
      issuers: ['https://login.microsoftonline.com/{tenantid}/v2.0'],
      audiences: [clientId],
      allowedTenants: ['11111111-2222-3333-4444-555555555555'],
    });
    await expect(restricted(`Bearer ${await token()}`)).rejects.toThrow(/not allowed/);
  });
});

describe('over HTTP', () => {
  it.each([
    ['alg none', `Bearer ${Buffer.from('{"alg":"none"}').toString('base64url')}.${Buffer.from('{"tid":"t","oid":"u"}').toString('base64url')}.`],
    ['garbage', 'Bearer a.b.c'],
    ['lower-case scheme with garbage', 'bearer x.y.z'],
    ['a huge header', `Bearer ${'a'.repeat(8000)}.b.c`],
  ])('a request with %s gets 401 and a JSON error, never 500', async (_case, authorization) => {
    const response = await callApi('GET', '/api/templates', { headers: { Authorization: authorization } });
    expect(response.status).toBe(401);
    expect(response.body.error.code).toBe('unauthorized');
  });
});
