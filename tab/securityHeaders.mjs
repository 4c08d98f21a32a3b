/**
 * The tab's security headers: the single source for every place that serves the tab.
 *
 * - Azure Static Web Apps (production): `infra/scripts/render-swa-config.mjs` writes them into
 *   `staticwebapp.config.json` (`globalHeaders`) with the environment's API origin.
 * - The Vite dev and preview servers (`tab/vite.config.ts`), with `production: false`.
 *
 * Why these values (see infra/README.md, "Security headers of the tab"):
 * - `frame-ancestors` replaces X-Frame-Options, which can name only one framing origin. It lists
 *   the hosts Microsoft documents for Teams apps in Teams, Outlook and the Microsoft 365 app
 *   (learn.microsoft.com/microsoftteams/platform/tabs/how-to/tab-requirements), plus 'self' so
 *   the local meeting simulator (same origin as the tab) can embed it.
 * - `script-src 'self'`: the build has no inline scripts and nothing calls eval. (zod 4 probes
 *   `new Function('')` once, inside try/catch, and falls back to its non-JIT parser when CSP
 *   refuses; browsers log that refusal as a CSP violation.)
 * - `style-src 'unsafe-inline'`: Fluent UI's CSS-in-JS (Griffel) creates `<style>` elements at
 *   run time and fills them with `insertRule`; without 'unsafe-inline' (or a per-response nonce,
 *   which a static host cannot mint) those elements get no style sheet and the tab is unstyled.
 * - `connect-src`: the API origin, plus the CDN that TeamsJS (2.19+) fetches its list of valid
 *   host origins from (`https://res.cdn.office.net/teams-js/validDomains/json/validDomains.json`;
 *   when blocked it falls back to the list bundled in the library).
 */

/** Origins allowed to frame the tab: Teams, Outlook and the Microsoft 365 app, and 'self'. */
export const TAB_FRAME_ANCESTORS = Object.freeze([
  "'self'",
  // Every host: Microsoft moves Teams, Outlook and Microsoft 365 on the web to *.cloud.microsoft
  // (teams.cloud.microsoft, outlook.cloud.microsoft, m365.cloud.microsoft, ...).
  'https://*.cloud.microsoft',
  // Teams
  'https://teams.microsoft.com',
  'https://*.teams.microsoft.com',
  // The Microsoft 365 app
  'https://*.microsoft365.com',
  'https://*.office.com',
  // Outlook
  'https://outlook.office.com',
  'https://outlook.office365.com',
]);

/** Where TeamsJS fetches its list of valid host origins from. */
export const TEAMS_JS_CDN_ORIGIN = 'https://res.cdn.office.net';

const HSTS = 'max-age=31536000; includeSubDomains';
const HOST = /^(?:\[[0-9a-f:.]+\]|[a-z0-9](?:[a-z0-9-]*[a-z0-9])?(?:\.[a-z0-9](?:[a-z0-9-]*[a-z0-9])?)*)(?::\d{1,5})?$/i;

/**
 * The origin of the API for `connect-src`, from a URL that may carry a path
 * (`VITE_API_BASE`/`API_ENDPOINT`). Empty: the API is on the tab's own origin ('self').
 * @param {string | undefined} apiOrigin
 * @param {boolean} production
 * @returns {string | undefined}
 */
function apiSource(apiOrigin, production) {
  if (apiOrigin === undefined || apiOrigin.trim() === '') return undefined;
  let url;
  try {
    url = new URL(apiOrigin.trim());
  } catch {
    throw new TypeError(`apiOrigin must be an absolute URL such as https://func-pulse.azurewebsites.net, got "${apiOrigin}"`);
  }
  const allowed = production ? ['https:'] : ['https:', 'http:'];
  if (!allowed.includes(url.protocol)) {
    throw new TypeError(`apiOrigin must use ${production ? 'https' : 'http or https'}, got "${apiOrigin}"`);
  }
  if (url.username || url.password || !HOST.test(url.host)) {
    throw new TypeError(`apiOrigin must be a plain origin with one host name (no wildcard, no credentials), got "${apiOrigin}"`);
  }
  return url.origin;
}

/**
 * The tab's response headers.
 * @param {{ apiOrigin?: string, production: boolean }} options
 *   apiOrigin: the API's origin (a path is ignored); empty when the API is same-origin.
 *   production: served over HTTPS from Azure (adds Strict-Transport-Security); false for the
 *   local dev and preview servers.
 * @returns {Record<string, string>}
 */
export function tabSecurityHeaders({ apiOrigin, production }) {
  if (typeof production !== 'boolean') throw new TypeError('tabSecurityHeaders: production must be true or false');
  const api = apiSource(apiOrigin, production);
  /** @type {Array<[string, string[]]>} */
  const directives = [
    ['default-src', ["'self'"]],
    ['script-src', ["'self'"]],
    ['style-src', ["'self'", "'unsafe-inline'"]],
    ['img-src', ["'self'", 'data:']],
    ['font-src', ["'self'", 'data:']],
    ['connect-src', ["'self'", ...(api ? [api] : []), TEAMS_JS_CDN_ORIGIN]],
    ['frame-ancestors', [...TAB_FRAME_ANCESTORS]],
    ['base-uri', ["'self'"]],
    ['form-action', ["'self'"]],
    ['object-src', ["'none'"]],
  ];
  /** @type {Record<string, string>} */
  const headers = {
    'Content-Security-Policy': directives.map(([name, sources]) => `${name} ${sources.join(' ')}`).join('; '),
    'X-Content-Type-Options': 'nosniff',
    'Referrer-Policy': 'strict-origin-when-cross-origin',
  };
  if (production) headers['Strict-Transport-Security'] = HSTS;
  return headers;
}
