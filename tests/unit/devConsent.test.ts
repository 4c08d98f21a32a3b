/** The dev issuer's consent prompt: back to the tab's page with code and state, or access_denied; nowhere else. */
import { describe, expect, it } from 'vitest';
import { devConsentReply } from '../../api/local/devConsent.ts';

const clientId = 'customer-pulse-local';
const tenant = '72f988bf-86f1-41af-91ab-2d7cd011db47';

function authorize(params: Record<string, string>, path = `/dev/issuer/${tenant}/oauth2/v2.0/authorize`) {
  const url = new URL(`http://localhost:7071${path}`);
  url.search = new URLSearchParams(params).toString();
  return devConsentReply('GET', url, clientId);
}

const request = {
  client_id: clientId,
  response_type: 'code',
  redirect_uri: 'http://localhost:53000/auth.html',
  scope: 'openid api://customer-pulse-local/access_as_user',
  prompt: 'consent',
  state: 'state-1',
};

function links(html: string): URL[] {
  return [...html.matchAll(/href="([^"]+)"/g)].map((match) => new URL(match[1]!.replaceAll('&#38;', '&')));
}

describe('the dev issuer’s consent prompt', () => {
  it('offers Accept, back with a code and the state, and Cancel, back with access_denied', () => {
    const reply = authorize(request)!;
    expect(reply.status).toBe(200);
    expect(reply.body).toContain('api://customer-pulse-local/access_as_user');
    const [accept, cancel] = links(reply.body);
    expect(`${accept!.origin}${accept!.pathname}`).toBe('http://localhost:53000/auth.html');
    expect(accept!.searchParams.get('code')).toMatch(/^[A-Za-z0-9_-]{20,}$/);
    expect(accept!.searchParams.get('state')).toBe('state-1');
    expect(cancel!.searchParams.get('error')).toBe('access_denied');
    expect(cancel!.searchParams.get('state')).toBe('state-1');
  });

  it('sends nobody to a redirect URI that is not the local consent page', () => {
    for (const redirect_uri of ['https://evil.example/auth.html', 'http://localhost:53000/other.html', 'javascript:alert(1)']) {
      const reply = authorize({ ...request, redirect_uri })!;
      expect(reply.status).toBe(400);
      expect(links(reply.body)).toEqual([]);
    }
  });

  it('knows only the local app', () => {
    expect(authorize({ ...request, client_id: 'someone-else' })!.status).toBe(400);
  });

  it('escapes what it echoes', () => {
    const reply = authorize({ ...request, login_hint: '<script>alert(1)</script>' })!;
    expect(reply.body).not.toContain('<script>');
  });

  it('leaves other paths to the rest of the host', () => {
    expect(authorize(request, '/dev/token')).toBeUndefined();
  });
});
