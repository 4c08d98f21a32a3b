/**
 * The simulator plays exactly the surfaces the app package declares, and each of them loads
 * the tab through teams-js: a context dropped from the manifest disappears from both.
 */
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { repoRoot } from '../../api/local/paths.ts';
import { surfacesDeclaredBy } from '../../tab/simulator/manifestSurfaces.ts';
import { launchChromium } from '../support/browser.ts';

const manifest = JSON.parse(await readFile(join(repoRoot, 'appPackage/manifest.json'), 'utf8'));
const declared = surfacesDeclaredBy(manifest);
const firstFrame: Record<string, string> = { meeting: 'ava', 'meeting-tab': 'meeting-tab', channel: 'channel', 'channel-setup': 'channel', personal: 'personal' };

let browser: Browser;

describe('surfaces from the app manifest', () => {
  beforeAll(async () => {
    browser = await launchChromium();
  });
  afterAll(() => browser?.close());

  it('declares the meeting side panel and stage, the meeting chat tab, the channel tab and the personal app', () => {
    expect(declared).toMatchObject({ surfaces: ['meeting', 'meeting-tab', 'channel', 'channel-setup', 'personal'], meetingStage: true });
    expect(surfacesDeclaredBy({ configurableTabs: [{ scopes: ['groupChat'], context: ['meetingSidePanel'] }] })).toMatchObject({
      surfaces: ['meeting'],
      meetingStage: false,
    });
  });

  it.each(declared.surfaces)('the simulator plays the %s surface and the tab starts in it', async (surface) => {
    const page = await (await browser.newContext({ viewport: { width: 1400, height: 1000 } })).newPage();
    await page.route('https://res.cdn.office.net/**', (route) => route.fulfill({ json: { validOrigins: [] } }));
    await page.goto(`${inject('tabOrigin')}/simulator/?surface=${surface}`);
    await page.waitForFunction(
      (frameId) => {
        const simulator = (window as unknown as { __simulator?: { frames: Record<string, { appState: string }> } }).__simulator;
        return simulator?.frames[frameId]?.appState === 'success';
      },
      firstFrame[String(surface)] ?? 'ava',
      { timeout: 60_000 },
    );
    const simulatorSurfaces = await page.evaluate(() => (window as unknown as { __simulator: { declaredSurfaces: string[] } }).__simulator.declaredSurfaces);
    expect(simulatorSurfaces).toEqual(declared.surfaces);
    await page.context().close();
  });
});
