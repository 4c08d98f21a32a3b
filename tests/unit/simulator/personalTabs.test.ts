/**
 * The simulator's personal app header comes from the manifest, as Teams' does: every personal
 * static tab by name and in order, the first opening by default, `?personalTab=` another.
 */
import { describe, expect, it } from 'vitest';
import manifest from '../../../appPackage/manifest.json';
import { personalTabFor, personalTabsDeclaredBy } from '../../../tab/simulator/manifestSurfaces';
import { parseSimulatorOptions } from '../../../tab/simulator/simulatorOptions';

describe("the simulated personal app's tabs", () => {
  it("are the manifest's personal static tabs, in order, each opening its contentUrl on the tab's own host", () => {
    expect(personalTabsDeclaredBy(manifest)).toEqual([
      { entityId: 'yourTeams', name: 'Your teams', path: '/index.html?view=teams' },
      { entityId: 'leadership', name: 'Leadership view', path: '/index.html?view=leadership' },
    ]);
  });

  it('leave out static tabs of other scopes', () => {
    const tabs = personalTabsDeclaredBy({
      staticTabs: [
        { entityId: 'conversations', name: 'Chat', contentUrl: 'https://${{TAB_DOMAIN}}/chat.html', scopes: ['team'] },
        { entityId: 'about', name: 'About', contentUrl: 'https://${{TAB_DOMAIN}}/about.html#top', scopes: ['personal'] },
      ],
    });
    expect(tabs).toEqual([{ entityId: 'about', name: 'About', path: '/about.html#top' }]);
  });

  it('open the first unless ?personalTab= names another; an unknown one opens the first', () => {
    const tabs = personalTabsDeclaredBy(manifest);
    expect(personalTabFor(tabs, parseSimulatorOptions('?surface=personal').personalTab)?.entityId).toBe('yourTeams');
    expect(personalTabFor(tabs, parseSimulatorOptions('?surface=personal&personalTab=leadership').personalTab)?.entityId).toBe('leadership');
    expect(personalTabFor(tabs, parseSimulatorOptions('?surface=personal&personalTab=nope').personalTab)?.entityId).toBe('yourTeams');
    expect(personalTabFor([], 'leadership')).toBeUndefined();
  });
});
