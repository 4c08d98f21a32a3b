import { describe, expect, it } from 'vitest';
import { adminConsentUrl, authorizeUrl, codeChallengeOf, isAuthorizeResponse, readAuthorizeResponse, type IdentityConfig } from './identityPlatform.ts';

const entra: IdentityConfig = {
  authority: 'https://login.microsoftonline.com/{tenant}',
  clientId: '11111111-2222-3333-4444-555555555555',
  scope: 'api://pulse.example.com/11111111-2222-3333-4444-555555555555/access_as_user',
};
const tenant = '72f988bf-86f1-41af-91ab-2d7cd011db47';

describe('the consent request', () => {
  it('asks the user’s tenant for consent to our API scope, back to our page with our state', () => {
    const url = authorizeUrl(entra, { tenantId: tenant, loginHint: 'ava@contoso.com' }, 'https://pulse.example.com/auth.html', 'state-1', 'challenge-1');
    expect(`${url.origin}${url.pathname}`).toBe(`https://login.microsoftonline.com/${tenant}/oauth2/v2.0/authorize`);
    expect(Object.fromEntries(url.searchParams)).toEqual({
      client_id: entra.clientId,
      response_type: 'code',
      redirect_uri: 'https://pulse.example.com/auth.html',
      scope: `openid ${entra.scope}`,
      response_mode: 'query',
      prompt: 'consent',
      state: 'state-1',
      code_challenge: 'challenge-1',
      code_challenge_method: 'S256',
      login_hint: 'ava@contoso.com',
    });
  });

  it('falls back to organizations when the tenant is unknown or not a plain id', () => {
    expect(authorizeUrl(entra, {}, 'https://x/auth.html', 's', 'c').pathname).toBe('/organizations/oauth2/v2.0/authorize');
    expect(authorizeUrl(entra, { tenantId: '../evil?x' }, 'https://x/auth.html', 's', 'c').pathname).toBe('/organizations/oauth2/v2.0/authorize');
  });

  it('challenges with the S256 form of RFC 7636’s example verifier', async () => {
    expect(await codeChallengeOf('dBjftJeZ4CVP-mB92K27uhbUJU1p1r_wW1gFWFOEjXk')).toBe('E9Melhoa2OwvFrEMTJguCHaoeK1t8URWbuGJSstw-cM');
  });

  it('names the admin-consent address in the form Microsoft documents', () => {
    expect(adminConsentUrl(entra, tenant)).toBe(`https://login.microsoftonline.com/${tenant}/adminconsent?client_id=${entra.clientId}`);
  });
});

describe('the identity platform’s answer', () => {
  it('is consent when it brings a code and our state', () => {
    expect(readAuthorizeResponse('?code=abc&state=s1', 's1')).toEqual({ outcome: 'consented' });
  });

  it('is a refusal with the platform’s error', () => {
    expect(readAuthorizeResponse('?error=access_denied&error_description=no&state=s1', 's1')).toEqual({ outcome: 'refused', reason: 'access_denied' });
  });

  it('is not ours with another state, or when this window sent none', () => {
    expect(readAuthorizeResponse('?code=abc&state=forged', 's1')).toEqual({ outcome: 'unexpected' });
    expect(readAuthorizeResponse('?code=abc&state=s1', null)).toEqual({ outcome: 'unexpected' });
  });

  it('tells the tab’s request to open the window from the platform’s answer', () => {
    expect(isAuthorizeResponse('?tenant=t&loginHint=ava')).toBe(false);
    expect(isAuthorizeResponse('?code=abc&state=s1')).toBe(true);
    expect(isAuthorizeResponse('?error=access_denied&state=s1')).toBe(true);
  });
});
