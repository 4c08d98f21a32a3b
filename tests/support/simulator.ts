/**
 * The e2e tests' common ground with the Teams simulator: a browser on the simulator page, its
 * frames' readiness and reloads, Teams themes, axe's serious findings in one frame, and the
 * API as one user (ending open checks in the simulated meeting among others).
 */
import AxeBuilder from '@axe-core/playwright';
import type { Browser, BrowserContextOptions, Page } from 'playwright-core';
import { inject } from 'vitest';
import { SIMULATED_MEETING, SIMULATED_PARTICIPANTS, SIMULATED_TENANT } from '../../tab/simulator/meetingData.ts';
import { callApi, tokenFor } from './apiClient.ts';
import { launchChromium } from './browser.ts';
import { simulatedMembership } from './simulatedMembership.ts';

export type SimulatorTheme = 'default' | 'dark' | 'contrast';

/** The simulated meeting's three people, each with a side panel frame of that id. */
export type Person = 'ava' | 'ben' | 'chen';
export const everyone: readonly Person[] = ['ava', 'ben', 'chen'];

/** Chromium with one page of the size the simulator lays its frames out for, teams-js' CDN answered locally. */
export async function openBrowser(options: BrowserContextOptions = {}): Promise<{ browser: Browser; page: Page }> {
  const browser = await launchChromium();
  const context = await browser.newContext({ viewport: { width: 1500, height: 1300 }, ...options });
  const page = await context.newPage();
  // teams-js asks Microsoft's CDN for valid origins at load; this machine has no internet.
  await page.route('https://res.cdn.office.net/**', (route) => route.fulfill({ json: { validOrigins: [] } }));
  return { browser, page };
}

/** Waits until every named simulator frame says its app loaded. */
export async function waitForFramesReady(page: Page, ids: readonly string[]) {
  await page.waitForFunction(
    (frameIds) => {
      const frames = (window as unknown as { __simulator?: { frames: Record<string, { appState: string }> } }).__simulator?.frames;
      return frames && frameIds.every((id) => frames[id]?.appState === 'success');
    },
    ids,
    { timeout: 60_000 },
  );
}

/** Reloads one simulator frame (without waiting for it to be ready again). */
export async function reloadFrame(page: Page, id: string) {
  await page.locator(`iframe[data-frame-id="${id}"]`).evaluate((frame: HTMLIFrameElement) => frame.contentWindow?.location.reload());
}

/** Switches the simulated Teams theme, as Teams' themeChange event does. */
export async function setTheme(page: Page, theme: SimulatorTheme) {
  await page.evaluate((value) => (window as unknown as { __simulator: { setTheme(t: string): void } }).__simulator.setTheme(value), theme);
}

/** axe's serious and critical violations in one frame (or one part of it), one line each. */
/**
 * One surface as people see it (a frame of the simulator, by its `data-frame-id`), into the
 * ignored artifacts folder: `npm test` leaves the tree clean, and the pictures are there to look at.
 */
export async function screenshotFrame(page: Page, frameId: string, name: string): Promise<void> {
  await page
    .locator(`iframe[data-frame-id="${frameId}"]`)
    .screenshot({ path: new URL(`../.artifacts/screenshots/${name}.png`, import.meta.url).pathname });
}

/** Whether a frame's page is wider than the frame, so it would scroll sideways (a 320 px tab must not). */
export async function frameScrollsSideways(page: Page, frameId: string): Promise<boolean> {
  return page.locator(`iframe[data-frame-id="${frameId}"]`).evaluate((frame: HTMLIFrameElement) => {
    const root = frame.contentDocument!.documentElement;
    return root.scrollWidth > root.clientWidth;
  });
}

export async function axeViolations(page: Page, frameSelector: string, within?: string): Promise<string[]> {
  const builder = new AxeBuilder({ page });
  const results = await (within ? builder.include([frameSelector, within]) : builder.include(frameSelector))
    // Fluent's focus manager (Tabster) puts aria-hidden focus sentinels around dialogs; they
    // hand focus on at once and are a known false positive of the aria-hidden-focus rule.
    .exclude([frameSelector, '[data-tabster-dummy]'])
    .analyze();
  return results.violations
    .filter((violation) => violation.impact === 'serious' || violation.impact === 'critical')
    .map((violation) => `${violation.id}: ${violation.help} (${violation.nodes.length}×) ${violation.nodes[0]?.html ?? ''}`);
}

/** The API as the holder of `token`: the JSON body, or an error naming the call and status. */
export async function callOk(token: string, method: string, path: string, body?: unknown) {
  const response = await callApi(method, path, { token, body });
  if (response.status >= 300) throw new Error(`${method} ${path}: ${response.status} ${JSON.stringify(response.body)}`);
  return response.body;
}

/** Closes whatever check is open in the simulated meeting, of any occurrence (the token's holder facilitates them). */
export async function closeOpenChecks(token: string, meetingId = SIMULATED_MEETING.id) {
  const query = new URLSearchParams({ meetingId, state: 'open' });
  const { sessions, leftOpen } = await callOk(token, 'GET', `/api/sessions?${query}`);
  for (const session of [...sessions, ...leftOpen] as { id: string }[]) await callOk(token, 'POST', `/api/sessions/${session.id}/close`);
}

/**
 * The simulated meeting as a test starts it: no check open (the organizer closes any), and a
 * browser on the simulator with everyone's side panel ready. The organizer's token comes along.
 */
export async function openFreshMeeting(): Promise<{ browser: Browser; page: Page; organizerToken: string }> {
  const organizer = SIMULATED_PARTICIPANTS[0]!;
  const organizerToken = await tokenFor({
    userId: organizer.userId,
    name: organizer.displayName,
    tenantId: SIMULATED_TENANT.id,
    ...simulatedMembership,
  });
  await closeOpenChecks(organizerToken);
  const { browser, page } = await openBrowser();
  await page.goto(`${inject('tabOrigin')}/simulator/`);
  await waitForFramesReady(page, everyone);
  return { browser, page, organizerToken };
}
