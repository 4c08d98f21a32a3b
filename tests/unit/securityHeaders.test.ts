/**
 * tab/securityHeaders.mjs: the tab's response headers (Static Web Apps in production, the Vite
 * servers locally). The CSP is parsed into directives and checked source by source.
 */
import { describe, expect, it } from 'vitest';
import { TAB_FRAME_ANCESTORS, TEAMS_JS_CDN_ORIGIN, tabSecurityHeaders } from '../../tab/securityHeaders.mjs';

/** Directive name → sources, refusing duplicates and empty directives. */
function parseCsp(policy: string): Map<string, string[]> {
  const directives = new Map<string, string[]>();
  for (const part of policy.split(';')) {
    const [name, ...sources] = part.trim().split(/\s+/);
    expect(name, `empty directive in "${policy}"`).toBeTruthy();
    expect(name).toMatch(/^[a-z-]+$/);
    expect(directives.has(name!), `${name} appears once`).toBe(false);
    directives.set(name!, sources);
  }
  return directives;
}

/** Teams, Outlook and the Microsoft 365 app as Microsoft documents them for Teams apps (tab requirements). */
const ALLOWED_FRAME_ANCESTORS = [
  "'self'", // the local meeting simulator embeds the tab from its own origin
  'https://*.cloud.microsoft',
  'https://teams.microsoft.com',
  'https://*.teams.microsoft.com',
  'https://*.microsoft365.com',
  'https://*.office.com',
  'https://outlook.office.com',
  'https://outlook.office365.com',
];

const API = 'https://func-cpulse-prod-x1y2z3.azurewebsites.net';

describe('tabSecurityHeaders', () => {
  const production = tabSecurityHeaders({ apiOrigin: API, production: true });
  const csp = parseCsp(production['Content-Security-Policy']!);

  it('sends exactly the CSP, nosniff, Referrer-Policy and (in production) HSTS', () => {
    expect(Object.keys(production).sort()).toEqual(
      ['Content-Security-Policy', 'Referrer-Policy', 'Strict-Transport-Security', 'X-Content-Type-Options'].sort(),
    );
    expect(production['X-Content-Type-Options']).toBe('nosniff');
    expect(production['Referrer-Policy']).toBe('strict-origin-when-cross-origin');
    // No X-Frame-Options: it can name one framing origin at most; frame-ancestors replaces it.
    expect(Object.keys(production).map((name) => name.toLowerCase())).not.toContain('x-frame-options');
  });

  it('parses into the expected directives', () => {
    expect([...csp.keys()]).toEqual([
      'default-src',
      'script-src',
      'style-src',
      'img-src',
      'font-src',
      'connect-src',
      'frame-ancestors',
      'base-uri',
      'form-action',
      'object-src',
    ]);
    expect(csp.get('default-src')).toEqual(["'self'"]);
    expect(csp.get('script-src')).toEqual(["'self'"]);
    // Fluent UI (Griffel) creates <style> elements at run time.
    expect(csp.get('style-src')).toEqual(["'self'", "'unsafe-inline'"]);
    expect(csp.get('img-src')).toEqual(["'self'", 'data:']);
    expect(csp.get('font-src')).toEqual(["'self'", 'data:']);
    expect(csp.get('base-uri')).toEqual(["'self'"]);
    expect(csp.get('form-action')).toEqual(["'self'"]);
    expect(csp.get('object-src')).toEqual(["'none'"]);
  });

  it('lets exactly Teams, Outlook, the Microsoft 365 app and the tab itself frame the tab', () => {
    const ancestors = csp.get('frame-ancestors')!;
    expect([...ancestors].sort()).toEqual([...ALLOWED_FRAME_ANCESTORS].sort());
    expect([...TAB_FRAME_ANCESTORS].sort()).toEqual([...ALLOWED_FRAME_ANCESTORS].sort());
    for (const source of ancestors) {
      expect(source).not.toBe('*');
      expect(source).not.toMatch(/^(https?:|https:\/\/\*|\*\.)$/);
      if (source !== "'self'") expect(source, 'https only, a host (wildcards only as a left-most label)').toMatch(/^https:\/\/(\*\.)?[a-z0-9-]+(\.[a-z0-9-]+)+$/);
    }
    // The same list in development: the simulator relies on 'self'.
    expect(parseCsp(tabSecurityHeaders({ production: false })['Content-Security-Policy']!).get('frame-ancestors')).toEqual(ancestors);
  });

  it('never allows eval, inline scripts or a wildcard script source', () => {
    for (const headers of [production, tabSecurityHeaders({ production: false }), tabSecurityHeaders({ apiOrigin: 'http://localhost:7071', production: false })]) {
      const policy = headers['Content-Security-Policy']!;
      expect(policy).not.toContain("'unsafe-eval'");
      expect(policy).not.toContain("'wasm-unsafe-eval'");
      const scripts = parseCsp(policy).get('script-src')!;
      expect(scripts).not.toContain("'unsafe-inline'");
      for (const source of scripts) expect(source, 'script-src has no wildcard or scheme source').not.toMatch(/\*|^(https?|data|blob):$/);
      // default-src backs every fetch directive not listed: no wildcard there either.
      for (const source of parseCsp(policy).get('default-src')!) expect(source).not.toContain('*');
    }
  });

  it('sends Strict-Transport-Security only in production', () => {
    expect(production['Strict-Transport-Security']).toBe('max-age=31536000; includeSubDomains');
    expect(tabSecurityHeaders({ production: false })).not.toHaveProperty('Strict-Transport-Security');
    expect(tabSecurityHeaders({ apiOrigin: 'http://127.0.0.1:7071', production: false })).not.toHaveProperty('Strict-Transport-Security');
  });

  it('lets the tab call the API origin it is given, the TeamsJS origin list, and itself', () => {
    expect(csp.get('connect-src')).toEqual(["'self'", API, TEAMS_JS_CDN_ORIGIN]);
    // TeamsJS fetches https://res.cdn.office.net/teams-js/validDomains/json/validDomains.json.
    expect(TEAMS_JS_CDN_ORIGIN).toBe('https://res.cdn.office.net');
    // A base URL with a path (VITE_API_BASE may carry one) is reduced to its origin.
    const withPath = tabSecurityHeaders({ apiOrigin: `  ${API}/api/v1/  `, production: true });
    expect(parseCsp(withPath['Content-Security-Policy']!).get('connect-src')).toEqual(["'self'", API, TEAMS_JS_CDN_ORIGIN]);
    // Same-origin API (dev proxy, or no API_ENDPOINT): only 'self' and the TeamsJS CDN.
    for (const apiOrigin of [undefined, '', '   ']) {
      expect(parseCsp(tabSecurityHeaders({ apiOrigin, production: true })['Content-Security-Policy']!).get('connect-src')).toEqual(["'self'", TEAMS_JS_CDN_ORIGIN]);
    }
    // Local API over http is fine outside production.
    expect(parseCsp(tabSecurityHeaders({ apiOrigin: 'http://localhost:7071', production: false })['Content-Security-Policy']!).get('connect-src')).toEqual([
      "'self'",
      'http://localhost:7071',
      TEAMS_JS_CDN_ORIGIN,
    ]);
  });

  it('refuses an API origin that would widen connect-src or break the header', () => {
    const refused = [
      'func.example.net', // not absolute
      'http://func.example.net', // plain http in production
      'https://*.azurewebsites.net', // wildcard: every tenant's site
      "https://func.example.net'; script-src *", // header injection
      'https://user:secret@func.example.net',
      'ftp://func.example.net',
      'javascript:alert(1)',
    ];
    for (const apiOrigin of refused) expect(() => tabSecurityHeaders({ apiOrigin, production: true }), apiOrigin).toThrow(TypeError);
    expect(() => tabSecurityHeaders({ apiOrigin: 'ftp://localhost', production: false })).toThrow(TypeError);
    expect(() => tabSecurityHeaders({ production: undefined as unknown as boolean })).toThrow(/production/);
  });

  it('returns a fresh plain object of strings each time', () => {
    const first = tabSecurityHeaders({ production: true });
    first['X-Content-Type-Options'] = 'changed';
    expect(tabSecurityHeaders({ production: true })['X-Content-Type-Options']).toBe('nosniff');
    expect(Object.getPrototypeOf(first)).toBe(Object.prototype);
    for (const value of Object.values(production)) {
      expect(typeof value).toBe('string');
      expect(value).not.toMatch(/[\r\n]/);
    }
    expect(Object.isFrozen(TAB_FRAME_ANCESTORS)).toBe(true);
  });
});
