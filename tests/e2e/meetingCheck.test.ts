/**
 * A whole check in a simulated meeting: the organizer starts it in the side panel, three
 * participants rate, results stay hidden until the third rating and then appear in every
 * panel, the organizer closes the check. Real tab, real teams-js, real API and Azurite.
 */
import AxeBuilder from '@axe-core/playwright';
import type { Browser, FrameLocator, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { launchChromium } from '../support/browser.ts';

let browser: Browser;
let page: Page;

const ratingName = ['1 – Strongly disagree', '2 – Disagree', '3 – Neutral', '4 – Agree', '5 – Strongly agree'];
const firstStatement = 'We talk with our customers directly, not only through others.';
const hiddenText = /Results stay hidden until at least 3 people have rated this statement/;

function panel(participant: 'ava' | 'ben' | 'chen'): FrameLocator {
  return page.frameLocator(`iframe[data-frame-id="${participant}"]`);
}

async function rate(participant: 'ava' | 'ben' | 'chen', statement: string, value: 1 | 2 | 3 | 4 | 5) {
  const group = panel(participant).getByRole('radiogroup', { name: statement });
  await group.getByRole('radio', { name: ratingName[value - 1] }).check();
}

async function openSimulator(): Promise<void> {
  const context = await browser.newContext({ viewport: { width: 1500, height: 1000 } });
  page = await context.newPage();
  // teams-js asks Microsoft's CDN for valid origins at load; this machine has no internet.
  await page.route('https://res.cdn.office.net/**', (route) => route.fulfill({ json: { validOrigins: [] } }));
  await page.goto(`${inject('tabOrigin')}/simulator/`);
  await page.waitForFunction(
    () => {
      const frames = (window as unknown as { __simulator?: { frames: Record<string, { appState: string }> } }).__simulator?.frames;
      return frames && ['ava', 'ben', 'chen'].every((id) => frames[id]?.appState === 'success');
    },
    undefined,
    { timeout: 60_000 },
  );
}

describe('a customer obsession check in a Teams meeting', () => {
  beforeAll(async () => {
    browser = await launchChromium();
    await openSimulator();
  });
  afterAll(async () => {
    await browser?.close();
  });

  it('every side panel loads through teams-js and reports success to the host', async () => {
    for (const participant of ['ava', 'ben', 'chen'] as const) {
      await expect.poll(() => panel(participant).getByRole('button', { name: 'Start customer obsession check' }).count()).toBe(1);
    }
  });

  it('the organizer starts a check and every participant sees the three statements', async () => {
    await panel('ava').getByRole('button', { name: 'Start customer obsession check' }).click();
    for (const participant of ['ava', 'ben', 'chen'] as const) {
      await panel(participant).getByRole('radiogroup', { name: firstStatement }).waitFor({ timeout: 15_000 });
      expect(await panel(participant).getByRole('radiogroup').count()).toBe(3);
    }
  });

  it('results stay hidden after two ratings and appear for everyone after the third', async () => {
    await rate('ava', firstStatement, 5);
    await rate('ben', firstStatement, 2);
    await panel('chen').getByText(hiddenText).first().waitFor({ timeout: 10_000 });

    await rate('chen', firstStatement, 4);
    for (const participant of ['ava', 'ben', 'chen'] as const) {
      await panel(participant).getByText('66.7').first().waitFor({ timeout: 10_000 });
    }
  });

  it('a rating can be changed, counts once, and the panel keeps it after a reload', async () => {
    await rate('ben', firstStatement, 4); // ratings 5, 4, 4 → (100 + 75 + 75) / 3
    await panel('ava').getByText('83.3').first().waitFor({ timeout: 10_000 });

    await page.locator('iframe[data-frame-id="ben"]').evaluate((frame: HTMLIFrameElement) => frame.contentWindow?.location.reload());
    const agree = panel('ben').getByRole('radiogroup', { name: firstStatement }).getByRole('radio', { name: ratingName[3] });
    await agree.waitFor({ timeout: 30_000 });
    await expect.poll(() => agree.isChecked(), { timeout: 10_000 }).toBe(true);
  });

  it('an open answer is added anonymously and shows up in the results', async () => {
    const question = 'Through which channels do we hear from our customers today?';
    await panel('chen').getByRole('textbox', { name: question }).fill('Support tickets and a quarterly survey');
    await panel('chen').getByRole('button', { name: `Add answer to: ${question}` }).click();
    await panel('ava').getByText('Support tickets and a quarterly survey').waitFor({ timeout: 10_000 });
  });

  it('the side panel has no serious or critical accessibility violations', async () => {
    const results = await new AxeBuilder({ page })
      .include('iframe[data-frame-id="ava"]')
      // Fluent's focus manager (Tabster) puts aria-hidden focus sentinels around dialogs; they
      // hand focus on at once and are a known false positive of the aria-hidden-focus rule.
      .exclude(['iframe[data-frame-id="ava"]', '[data-tabster-dummy]'])
      .analyze();
    const serious = results.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical');
    expect(serious.map((v) => `${v.id}: ${v.help} at ${v.nodes.map((n) => n.html).join(', ')}`)).toEqual([]);
  });

  it('only the organizer can close the check, and then every panel says it is closed', async () => {
    expect(await panel('ben').getByRole('button', { name: 'Close check' }).count()).toBe(0);
    await panel('ava').getByRole('button', { name: 'Close check' }).click();
    await panel('ava').getByRole('button', { name: 'Close check for everyone' }).click();
    for (const participant of ['ava', 'ben', 'chen'] as const) {
      await panel(participant).getByText('This check is closed').first().waitFor({ timeout: 10_000 });
    }
    for (const participant of ['ava', 'ben', 'chen'] as const) {
      await panel(participant).getByRole('heading', { name: 'Results' }).scrollIntoViewIfNeeded();
    }
    await page.screenshot({ path: new URL('./screenshots/simulator.png', import.meta.url).pathname });
  });
});
