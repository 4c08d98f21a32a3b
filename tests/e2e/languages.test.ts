/**
 * Five languages, Teams themes and accessibility, through the simulator with the real tab,
 * teams-js, API and Azurite:
 * - the Teams locale (sv-SE, tr-TR, da-DK, de-DE, en-US) picks the panel's language, the
 *   built-in template's statements included;
 * - in one meeting people may read different languages: one participant switches the panel
 *   to German (and keeps it after a reload), rates by keyboard, and everyone's results are the
 *   same data, each in their own words and number format;
 * - a theme change while the panel is open switches its theme;
 * - axe finds no serious or critical violation on the side panel, the stage and the channel
 *   tab in the light, dark and high-contrast themes.
 *
 * The meeting and team are the simulator's fixed ones, shared with meetingCheck.test.ts: the
 * file starts and ends without an open check in the meeting.
 */
import type { Browser, FrameLocator, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { SIMULATED_MEETING, SIMULATED_TENANT, getOrganizer } from '../../tab/simulator/meetingData.ts';
import { callApi, tokenFor } from '../support/apiClient.ts';
import { simulatedMembership } from '../support/simulatedMembership.ts';
import {
  axeViolations,
  everyone,
  openBrowser,
  reloadFrame,
  screenshotFrame,
  setTheme as setSimulatorTheme,
  waitForFramesReady,
  type Person,
  type SimulatorTheme,
} from '../support/simulator.ts';


type Theme = SimulatorTheme;

/** What the panel shows in each language: written out, not read from the resource files. */
const languages = [
  {
    locale: 'sv-SE',
    start: 'Starta kontrollen av kundfokus',
    statement: 'Vi pratar med våra kunder direkt, inte bara via andra.',
  },
  {
    locale: 'tr-TR',
    start: 'Müşteri odaklılık kontrolünü başlat',
    statement: 'Müşterilerimizle yalnızca başkaları aracılığıyla değil, doğrudan konuşuruz.',
  },
  {
    locale: 'da-DK',
    start: 'Start tjek af kundefokus',
    statement: 'Vi taler direkte med vores kunder, ikke kun gennem andre.',
  },
  {
    locale: 'de-DE',
    start: 'Check zur Kundenorientierung starten',
    statement: 'Wir sprechen direkt mit unseren Kunden, nicht nur über andere.',
  },
  {
    locale: 'en-US',
    start: 'Start customer obsession check',
    statement: 'We talk with our customers directly, not only through others.',
  },
] as const;
const english = languages[4];
const german = languages[3];

let browser: Browser;
let page: Page;
let avaToken: string;

const panel = (person: Person): FrameLocator => page.frameLocator(`iframe[data-frame-id="${person}"]`);
const stage = (): FrameLocator => page.frameLocator('iframe[data-frame-id="stage"]');
const channel = (): FrameLocator => page.frameLocator('iframe[data-frame-id="channel"]');

/** Closes whatever check is open in the simulated meeting (Ava starts them all), so a panel offers to start one. */
async function closeOpenChecks() {
  const query = new URLSearchParams({ meetingId: SIMULATED_MEETING.id, state: 'open' });
  const { body } = await callApi('GET', `/api/sessions?${query}`, { token: avaToken });
  for (const session of (body?.sessions ?? []) as { id: string }[]) {
    await callApi('POST', `/api/sessions/${session.id}/close`, { token: avaToken });
  }
}

/** The panel's own background: the FluentProvider paints the whole frame. */
async function backgroundOf(frame: FrameLocator): Promise<string> {
  return frame.locator('.fui-FluentProvider').first().evaluate((element) => getComputedStyle(element).backgroundColor);
}

function luminance(rgb: string): number {
  const [r, g, b] = (rgb.match(/\d+(\.\d+)?/g) ?? []).map(Number).map((c) => {
    const s = c / 255;
    return s <= 0.03928 ? s / 12.92 : ((s + 0.055) / 1.055) ** 2.4;
  });
  return 0.2126 * (r ?? 0) + 0.7152 * (g ?? 0) + 0.0722 * (b ?? 0);
}

/** Waits until the frame painted the theme: light, dark or black. */
async function waitForTheme(frame: FrameLocator, theme: Theme) {
  await expect
    .poll(async () => {
      const background = await backgroundOf(frame);
      if (theme === 'contrast') return background === 'rgb(0, 0, 0)';
      return theme === 'dark' ? luminance(background) < 0.1 && background !== 'rgb(0, 0, 0)' : luminance(background) > 0.9;
    }, { timeout: 10_000 })
    .toBe(true);
}

describe('five languages, Teams themes and accessibility', () => {
  beforeAll(async () => {
    const organizer = getOrganizer();
    avaToken = await tokenFor({ userId: organizer.userId, name: organizer.displayName, tenantId: SIMULATED_TENANT.id, ...simulatedMembership });
    ({ browser, page } = await openBrowser());
  });
  afterAll(async () => {
    await browser?.close();
    if (avaToken) await closeOpenChecks();
  });

  it('shows the side panel in the language of the Teams locale, statements included', async () => {
    for (const language of languages) {
      await closeOpenChecks();
      await page.goto(`${inject('tabOrigin')}/simulator/?locale=${language.locale}`);
      await waitForFramesReady(page, everyone);
      const start = panel('ava').getByRole('button', { name: language.start, exact: true });
      await start.waitFor({ timeout: 15_000 });
      // The page says its language, so screen readers pronounce it right.
      expect(await panel('ava').locator('html').getAttribute('lang')).toBe(language.locale);
      await start.click();
      await panel('ava').getByRole('radiogroup', { name: language.statement }).waitFor({ timeout: 15_000 });
    }
    // Everyone in the (English) meeting finds the check the organizer started.
    for (const person of everyone) {
      await panel(person).getByRole('radiogroup', { name: english.statement }).waitFor({ timeout: 15_000 });
    }
  });

  it('lets one participant read German while the others read English: same check, same results', async () => {
    // The meeting is in English (the last locale above), with the check open.
    const ava = panel('ava');
    await ava.getByRole('combobox', { name: 'Language' }).selectOption({ label: 'Deutsch' });
    await ava.getByRole('radiogroup', { name: german.statement }).waitFor({ timeout: 10_000 });
    await ava.getByRole('combobox', { name: 'Sprache' }).waitFor();
    expect(await panel('ben').getByRole('radiogroup', { name: english.statement }).count()).toBe(1);

    // Rating by keyboard: arrow keys move the choice along the 👎…👍 scale, with visible focus.
    const group = ava.getByRole('radiogroup', { name: german.statement });
    await group.getByRole('radio', { name: '1 – Stimme überhaupt nicht zu' }).focus();
    for (let step = 0; step < 4; step += 1) await page.keyboard.press('ArrowRight');
    const strongly = group.getByRole('radio', { name: '5 – Stimme voll zu' });
    await expect.poll(() => strongly.isChecked()).toBe(true);
    expect(await strongly.evaluate((radio) => radio === document.activeElement)).toBe(true);
    const focusRing = await strongly.evaluate((radio) => {
      const root = radio.closest('.fui-Radio');
      return root ? getComputedStyle(root, '::after').borderTopWidth : '0px';
    });
    expect(focusRing).not.toBe('0px');

    const benGroup = panel('ben').getByRole('radiogroup', { name: english.statement });
    await benGroup.getByRole('radio', { name: '4 – Agree' }).check();
    await panel('chen').getByRole('radiogroup', { name: english.statement }).getByRole('radio', { name: '4 – Agree' }).check();

    await ava.getByText('3 von 3 haben bewertet').first().waitFor({ timeout: 10_000 });
    await panel('ben').getByText('3 of 3 have rated').first().waitFor({ timeout: 10_000 });
    await ava.getByRole('button', { name: 'Ergebnisse anzeigen' }).click();
    // Ratings 5, 4, 4 → (100 + 75 + 75) / 3: the same score, in each reader's number format.
    await ava.getByText('Wert 83,3 / 100', { exact: true }).first().waitFor({ timeout: 10_000 });
    await panel('ben').getByText('Score 83.3 / 100', { exact: true }).first().waitFor({ timeout: 10_000 });

    // The choice is Ava's own and outlasts a reload; Teams still says en-US.
    await reloadFrame(page, 'ava');
    await ava.getByRole('radiogroup', { name: german.statement }).waitFor({ timeout: 30_000 });
    await waitForFramesReady(page, ['ava']);
  });

  it('switches the theme live when Teams changes it', async () => {
    await waitForTheme(panel('ava'), 'default');
    const light = await backgroundOf(panel('ava'));
    await setSimulatorTheme(page, 'dark');
    await waitForTheme(panel('ava'), 'dark');
    await waitForTheme(panel('ben'), 'dark');
    expect(await backgroundOf(panel('ava'))).not.toBe(light);
    await setSimulatorTheme(page, 'contrast');
    await waitForTheme(panel('ava'), 'contrast');
    await setSimulatorTheme(page, 'default');
    await waitForTheme(panel('ava'), 'default');
  });

  it('has no serious or critical violations on the side panel and the stage, in every theme', async () => {
    await panel('ava').getByRole('button', { name: 'Auf der Bühne teilen' }).click();
    await stage().getByRole('region', { name: 'Ergebnisse auf der Bühne' }).waitFor({ timeout: 30_000 });
    await stage().getByText('83,3', { exact: true }).first().waitFor({ timeout: 10_000 });
    for (const theme of ['default', 'dark', 'contrast'] as const) {
      await setSimulatorTheme(page, theme);
      await waitForTheme(panel('ava'), theme);
      await waitForTheme(stage(), theme);
      expect(await axeViolations(page, 'iframe[data-frame-id="ava"]'), `side panel, ${theme}`).toEqual([]);
      expect(await axeViolations(page, 'iframe[data-frame-id="ben"]'), `side panel in English, ${theme}`).toEqual([]);
      expect(await axeViolations(page, 'iframe[data-frame-id="stage"]'), `stage, ${theme}`).toEqual([]);
      await screenshotFrame(page, 'ben', `side-panel-${theme}`);
      await screenshotFrame(page, 'stage', `stage-${theme}`);
    }
    await setSimulatorTheme(page, 'default');
  });

  it('moves nothing for people who asked for reduced motion', async () => {
    // The rating bars grow with a transition; with reduced motion they jump to their width.
    const bars = panel('ben').locator('.fui-ProgressBar__bar');
    await bars.first().waitFor({ state: 'attached' });
    const seconds = async () =>
      Math.max(
        ...(await bars.evaluateAll((elements) => elements.map((element) => getComputedStyle(element).transitionDuration)))
          .flatMap((value) => value.split(','))
          .map(Number.parseFloat),
      );
    expect(await seconds()).toBeGreaterThan(0.1);
    await page.emulateMedia({ reducedMotion: 'reduce' });
    await expect.poll(seconds).toBeLessThan(0.001);
    await page.emulateMedia({ reducedMotion: null });
  });

  it('has no serious or critical violations on the channel tab, in every theme', async () => {
    await closeOpenChecks();
    // Chen, whose Teams is in Swedish (Ava chose German for herself above).
    await page.goto(`${inject('tabOrigin')}/simulator/?surface=channel&locale=sv-SE&user=chen&width=1000`);
    await waitForFramesReady(page, ['channel']);
    await channel().getByRole('heading', { name: 'Customer Pulse-historik', level: 1 }).waitFor({ timeout: 30_000 });
    await channel().getByRole('heading', { name: 'Senaste kontrollen' }).waitFor({ timeout: 15_000 });
    for (const theme of ['default', 'dark', 'contrast'] as const) {
      await setSimulatorTheme(page, theme);
      await waitForTheme(channel(), theme);
      expect(await axeViolations(page, 'iframe[data-frame-id="channel"]'), `channel tab, ${theme}`).toEqual([]);
    }
  });
});
