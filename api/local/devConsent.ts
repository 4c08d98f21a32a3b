/**
 * The dev issuer's consent prompt: what Entra ID's authorize endpoint shows with
 * `prompt=consent`, for the tab's consent step on this machine.
 *
 *   GET /dev/issuer/{tenant}/oauth2/v2.0/authorize?client_id&redirect_uri&response_type=code&scope&state
 *
 * A small page with Accept and Cancel, which go back to `redirect_uri` with `code` and `state`,
 * or with `error=access_denied`, as the identity platform redirects
 * (https://learn.microsoft.com/entra/identity-platform/v2-oauth2-auth-code-flow). Like Entra,
 * it sends nobody anywhere for an unknown client or an unregistered redirect URI: it says so.
 * The code is never redeemed (the tab only needs the consent), so it is a random string.
 */
import { randomBytes } from 'node:crypto';

export interface DevConsentReply {
  readonly status: number;
  readonly headers: Record<string, string>;
  readonly body: string;
}

const AUTHORIZE = /^\/dev\/issuer\/([A-Za-z0-9._-]{1,128})\/oauth2\/v2\.0\/authorize$/;
/** The local registration's reply URL: the tab's consent page on this machine, any port. */
const REGISTERED_REDIRECT_PATH = '/auth.html';
const LOCAL_HOSTS = new Set(['localhost', '127.0.0.1', '[::1]']);

/** The reply for `url`, or `undefined` when it is not the authorize endpoint. */
export function devConsentReply(method: string, url: URL, clientId: string): DevConsentReply | undefined {
  const match = AUTHORIZE.exec(url.pathname);
  if (!match) return undefined;
  if (method !== 'GET') return page(405, 'Method not allowed', '<p>The authorize endpoint takes GET.</p>');
  const query = url.searchParams;
  if (query.get('client_id') !== clientId) {
    return page(400, 'Unknown application', `<p>No application with client id ${escape(query.get('client_id') ?? '(none)')} is registered here.</p>`);
  }
  const redirect = registeredRedirect(query.get('redirect_uri'));
  if (!redirect) {
    return page(400, 'Redirect URI not registered', `<p>The redirect URI must be a local ${REGISTERED_REDIRECT_PATH}.</p>`);
  }
  if (query.get('response_type') !== 'code') {
    return page(400, 'Unsupported response type', '<p>Only response_type=code is supported.</p>');
  }
  const state = query.get('state');
  const back = (params: Record<string, string>) => {
    const target = new URL(redirect);
    target.search = new URLSearchParams({ ...params, ...(state === null ? {} : { state }) }).toString();
    return escape(target.href);
  };
  const accept = back({ code: randomBytes(24).toString('base64url') });
  const cancel = back({ error: 'access_denied', error_description: 'The user declined to consent to the app.' });
  const scopes = (query.get('scope') ?? '').split(' ').filter(Boolean);
  return page(
    200,
    'Permissions requested',
    `<p>Customer Pulse (local) would like to:</p>
<ul>${scopes.map((scope) => `<li>${escape(scope)}</li>`).join('')}</ul>
<p>Tenant <code>${escape(match[1]!)}</code>${query.get('login_hint') ? `, account <code>${escape(query.get('login_hint')!)}</code>` : ''}.</p>
<p class="actions"><a class="accept" href="${accept}">Accept</a> <a href="${cancel}">Cancel</a></p>`,
  );
}

function registeredRedirect(value: string | null): URL | undefined {
  if (!value) return undefined;
  try {
    const url = new URL(value);
    const local = (url.protocol === 'http:' || url.protocol === 'https:') && LOCAL_HOSTS.has(url.hostname);
    return local && url.pathname === REGISTERED_REDIRECT_PATH && !url.search && !url.hash ? url : undefined;
  } catch {
    return undefined;
  }
}

function page(status: number, title: string, content: string): DevConsentReply {
  const body = `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>${escape(title)} · local dev issuer</title>
<style>body{font-family:system-ui,sans-serif;margin:2rem;max-width:32rem}.actions a{display:inline-block;margin-right:1rem;padding:.4rem 1rem;border:1px solid #616161;border-radius:4px;color:inherit;text-decoration:none}.actions a.accept{background:#5b5fc7;border-color:#5b5fc7;color:#fff}</style>
</head><body><h1>${escape(title)}</h1>${content}</body></html>`;
  return {
    status,
    headers: {
      'Content-Type': 'text/html; charset=utf-8',
      // Nothing runs here; the page is never framed (Entra's prompt is not either).
      'Content-Security-Policy': "default-src 'none'; style-src 'unsafe-inline'; frame-ancestors 'none'",
      'Cache-Control': 'no-store',
    },
    body,
  };
}

function escape(text: string): string {
  return text.replace(/[&<>"']/g, (char) => `&#${char.charCodeAt(0)};`);
}
