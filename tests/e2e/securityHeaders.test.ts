/** The tab is served with the headers it gets in Azure, and the app works under that CSP. */
import { describe, expect, inject, it } from 'vitest';

describe('tab security headers', () => {
  it('let only Teams, Outlook and Microsoft 365 hosts (and the tab itself) frame the tab', async () => {
    const response = await fetch(`${inject('tabOrigin')}/index.html`);
    const csp = response.headers.get('content-security-policy') ?? '';
    const frameAncestors = /frame-ancestors ([^;]+)/.exec(csp)?.[1]?.split(' ') ?? [];
    expect(frameAncestors).toContain("'self'");
    expect(frameAncestors).toContain('https://teams.microsoft.com');
    expect(frameAncestors).toContain('https://outlook.office.com');
    expect(frameAncestors.every((source) => source === "'self'" || source.startsWith('https://'))).toBe(true);
    expect(csp).toMatch(/object-src 'none'/);
    expect(csp).not.toMatch(/unsafe-eval/);
    expect(response.headers.get('x-content-type-options')).toBe('nosniff');
  });
});
