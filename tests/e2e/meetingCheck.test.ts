/**
 * A whole facilitated check in a simulated meeting, as people live it: the organizer starts a
 * check with a timer, three participants rate, they see only counts until the organizer
 * reveals and shares to the stage, the stage and every panel show the results, a changed
 * rating and late answers wait until enough come together, an answer becomes an action, the check closes, and the team's next check opens with that action.
 * Real tab, real teams-js, real API and Azurite.
 */
import type { Browser, FrameLocator, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { axeViolations, everyone, openBrowser, reloadFrame, screenshotFrame, waitForFramesReady, type Person } from '../support/simulator.ts';

let browser: Browser;
let page: Page;

const ratingName = ['1 – Strongly disagree', '2 – Disagree', '3 – Neutral', '4 – Agree', '5 – Strongly agree'];
const firstStatement = 'We talk with our customers directly, not only through others.';
const channelsQuestion = 'Through which channels do we hear from our customers today?';
const answerText = 'Support tickets and a quarterly survey';
const laterAnswers = ['Account managers and the community forum', 'Usage analytics, when someone looks at them'] as const;

const panel = (person: Person): FrameLocator => page.frameLocator(`iframe[data-frame-id="${person}"]`);
const stage = (): FrameLocator => page.frameLocator('iframe[data-frame-id="stage"]');

async function answer(person: Person, text: string) {
  await panel(person).getByRole('textbox', { name: channelsQuestion }).fill(text);
  await panel(person).getByRole('button', { name: `Add answer to: ${channelsQuestion}` }).click();
}

/** Reloads a side panel and waits until the frame holds the new page, not the old one. */
async function reloadPanel(person: Person) {
  const body = panel(person).locator('body');
  await body.evaluate(() => ((window as { beforeReload?: boolean }).beforeReload = true));
  await reloadFrame(page, person);
  await expect
    .poll(() => body.evaluate(() => (window as { beforeReload?: boolean }).beforeReload !== true).catch(() => false), { timeout: 30_000 })
    .toBe(true);
}

async function rate(person: Person, statement: string, value: 1 | 2 | 3 | 4 | 5) {
  await panel(person).getByRole('radiogroup', { name: statement }).getByRole('radio', { name: ratingName[value - 1] }).check();
}

describe('a facilitated customer obsession check in a Teams meeting', () => {
  beforeAll(async () => {
    ({ browser, page } = await openBrowser());
    await page.goto(`${inject('tabOrigin')}/simulator/`);
    await waitForFramesReady(page, everyone);
  });
  afterAll(async () => {
    await browser?.close();
  });

  it('every side panel loads through teams-js and offers to start a check', async () => {
    for (const person of everyone) {
      await panel(person).getByRole('button', { name: 'Start customer obsession check' }).waitFor();
    }
  });

  it('the organizer starts a check with a timer that every participant sees', async () => {
    await panel('ava').getByRole('button', { name: 'Start customer obsession check' }).click();
    for (const person of everyone) {
      await panel(person).getByRole('radiogroup', { name: firstStatement }).waitFor({ timeout: 15_000 });
      expect(await panel(person).getByRole('radiogroup').count()).toBe(3);
    }
    expect(await panel('ben').getByRole('region', { name: 'Facilitator controls' }).count()).toBe(0);
    // At 320 px the statements come first, also for the facilitator: her controls follow them.
    const firstGroupFits = await panel('ava')
      .getByRole('radiogroup', { name: firstStatement })
      .evaluate((group) => group.getBoundingClientRect().bottom <= window.innerHeight);
    expect(firstGroupFits).toBe(true);
    const lastStatementBottom = await panel('ava').getByRole('radiogroup').last().evaluate((group) => group.getBoundingClientRect().bottom);
    const controlsTop = await panel('ava').getByRole('region', { name: 'Facilitator controls' }).evaluate((region) => region.getBoundingClientRect().top);
    expect(controlsTop).toBeGreaterThan(lastStatementBottom);
    await panel('ava').getByRole('button', { name: 'Start 5 min timer' }).click();
    for (const person of everyone) {
      await expect
        .poll(() => panel(person).getByRole('timer', { name: 'Timer' }).textContent(), { timeout: 10_000 })
        .toMatch(/Time left 4:[0-5]\d/);
    }
  });

  it('before the reveal, participants see only how many have rated', async () => {
    await rate('ava', firstStatement, 5);
    await rate('ben', firstStatement, 2);
    await rate('chen', firstStatement, 4);
    for (const person of everyone) {
      await panel(person).getByText('3 of 3 have rated').first().waitFor({ timeout: 10_000 });
      await panel(person).getByText('Results appear when the facilitator reveals them.').first().waitFor();
      expect(await panel(person).getByText('Score 66.7 / 100', { exact: true }).count()).toBe(0);
    }
    await screenshotFrame(page, 'ava', 'side-panel-facilitator-rating');
    await screenshotFrame(page, 'ben', 'side-panel-participant-rating');
  });

  // Before the reveal, so the answer sent here is shown with the reveal and does not change how
  // the later answers wait for company.
  it('a typed answer outlasts a reload until it is sent; a too long one is kept whole, with a message, and cannot be sent', async () => {
    const box = panel('chen').getByRole('textbox', { name: channelsQuestion });
    const send = panel('chen').getByRole('button', { name: `Add answer to: ${channelsQuestion}` });
    const draft = 'Sales calls and the yearly user group';
    await box.fill(draft);
    await reloadPanel('chen');
    await box.waitFor({ timeout: 30_000 });
    expect(await box.inputValue()).toBe(draft);

    await send.click();
    await panel('chen').getByText('Answer added').waitFor({ timeout: 10_000 });
    expect(await box.inputValue()).toBe('');
    await reloadPanel('chen');
    await box.waitFor({ timeout: 30_000 });
    expect(await box.inputValue()).toBe('');

    // 2,001 characters pasted: all of them stay, the counter and an announced message say why
    // it cannot be added, and "Add answer" waits until it is shortened.
    const tooLong = 'Support tickets, sales calls and the user group. '.repeat(50).slice(0, 2000) + '!';
    expect(tooLong).toHaveLength(2001);
    await box.fill(tooLong);
    await panel('chen').getByRole('alert').filter({ hasText: 'An answer can be at most 2,000 characters. Shorten this one to add it.' }).waitFor();
    await panel('chen').getByText('2,001 / 2,000 characters').waitFor();
    expect(await box.inputValue()).toBe(tooLong);
    expect(await box.getAttribute('aria-invalid')).toBe('true');
    expect(await send.isDisabled()).toBe(true);
    await reloadPanel('chen');
    await box.waitFor({ timeout: 30_000 });
    expect(await box.inputValue()).toBe(tooLong);
    expect(await send.isDisabled()).toBe(true);

    await box.fill(tooLong.slice(0, 2000));
    await panel('chen').getByRole('alert').filter({ hasText: 'That is the limit: an answer can be at most 2,000 characters.' }).waitFor();
    expect(await send.isDisabled()).toBe(false);
    await box.fill('');
  });

  it('the organizer reveals and shares to the stage; the stage and every panel show the results', async () => {
    await panel('ava').getByRole('button', { name: 'Reveal results' }).click();
    await panel('ava').getByRole('button', { name: 'Share to stage' }).click();
    await stage().getByRole('region', { name: 'Results on stage' }).waitFor({ timeout: 30_000 });
    await stage().getByText('Score 66.7 / 100', { exact: true }).waitFor({ timeout: 10_000 });
    // The overall score is the headline, and the scores page reads without scrolling at 918 × 540.
    await stage().getByText('Overall score 66.7 / 100', { exact: true }).waitFor();
    const stageFits = await stage().locator('main').evaluate(() => ({
      width: window.innerWidth,
      height: window.innerHeight,
      scrolls: document.documentElement.scrollHeight > window.innerHeight || document.documentElement.scrollWidth > window.innerWidth,
    }));
    expect(stageFits).toEqual({ width: 918, height: 540, scrolls: false });
    await screenshotFrame(page, 'stage', 'stage-scores');
    for (const person of everyone) {
      await panel(person).getByText('Score 66.7 / 100', { exact: true }).first().waitFor({ timeout: 10_000 });
    }
    expect(await panel('ben').getByRole('button', { name: 'Share to stage' }).count()).toBe(0);
  });

  it('a rating changed after the reveal waits, so nobody can tell whose it was; the panel keeps it after a reload', async () => {
    await rate('ben', firstStatement, 4); // one person's change: 5, 2, 4 stays on screen
    for (const person of everyone) {
      await panel(person).getByText(/^Newer ratings are waiting/).first().waitFor({ timeout: 10_000 });
    }
    await stage().getByText(/^Newer ratings are waiting/).waitFor({ timeout: 10_000 });
    await stage().getByText('Score 66.7 / 100', { exact: true }).first().waitFor();
    expect(await stage().getByText('Score 83.3 / 100', { exact: true }).count()).toBe(0);
    await reloadFrame(page, 'ben');
    const agree = panel('ben').getByRole('radiogroup', { name: firstStatement }).getByRole('radio', { name: ratingName[3] });
    await agree.waitFor({ timeout: 30_000 });
    await expect.poll(() => agree.isChecked(), { timeout: 10_000 }).toBe(true);
  });

  it('answers sent after the reveal wait until three have come in, then appear together for everyone; one becomes an action', async () => {
    await answer('chen', answerText);
    // One new answer on screen would be the person just seen typing: it waits.
    await panel('ben').getByText(/^Newer answers are waiting/).waitFor({ timeout: 10_000 });
    // The answers are the stage's second page.
    await stage().getByRole('tab', { name: /^Answers/ }).click();
    await stage().getByText(/^Newer answers are waiting/).waitFor({ timeout: 10_000 });
    expect(await stage().getByText(answerText).count()).toBe(0);
    expect(await panel('ava').getByText(answerText).count()).toBe(0);

    await answer('ben', laterAnswers[0]);
    await answer('ava', laterAnswers[1]);
    for (const text of [answerText, ...laterAnswers]) {
      await stage().getByText(text).waitFor({ timeout: 10_000 });
      await panel('ben').getByText(text).waitFor({ timeout: 10_000 });
    }
    expect(await stage().getByText(/^Newer answers are waiting/).count()).toBe(0);

    await panel('ava').getByRole('button', { name: `Make action: ${answerText}` }).click();
    await panel('ava').getByRole('textbox', { name: 'Owner' }).fill('Chen');
    await panel('ava').getByRole('button', { name: 'Save action' }).click();
    await panel('ava').getByText('Action', { exact: true }).first().waitFor({ timeout: 10_000 });
  });

  it('the side panel and the stage have no serious or critical accessibility violations', async () => {
    expect(await axeViolations(page, 'iframe[data-frame-id="ava"]')).toEqual([]);
    expect(await axeViolations(page, 'iframe[data-frame-id="stage"]')).toEqual([]);
  });

  it('only the organizer can close the check, and then every panel says it is closed', async () => {
    expect(await panel('ben').getByRole('button', { name: 'Close check' }).count()).toBe(0);
    await panel('ava').getByRole('button', { name: 'Close check' }).click();
    await panel('ava').getByRole('button', { name: 'Close check for everyone' }).click();
    for (const person of everyone) {
      await panel(person).getByText('This check is closed').first().waitFor({ timeout: 10_000 });
    }
    // A closed check is a results view: no rating, no answer box left.
    for (const person of everyone) {
      expect(await panel(person).getByRole('radiogroup').count()).toBe(0);
      expect(await panel(person).getByRole('textbox').count()).toBe(0);
    }
    // Ben's changed rating never got company: the closed check says it was left out, not that it waits.
    await panel('chen').getByText(/^Some ratings came after the reveal .* the check closed without them\.$/).waitFor({ timeout: 10_000 });
    expect(await panel('chen').getByText(/^Newer ratings are waiting/).count()).toBe(0);
    for (const person of everyone) {
      await panel(person).getByRole('heading', { name: 'Results' }).scrollIntoViewIfNeeded();
    }
    // Into the ignored artifacts folder, so `npm test` leaves the tree clean; `npm run screenshot:readme` refreshes the README's copy.
    await page.screenshot({ path: new URL('../.artifacts/screenshots/simulator.png', import.meta.url).pathname });
  });

  it("the team's next check starts with the open action, which can be marked done", async () => {
    await reloadFrame(page, 'ava');
    await waitForFramesReady(page, ['ava']);
    await panel('ava').getByRole('button', { name: 'Start customer obsession check' }).click();
    const review = panel('ava').getByRole('heading', { name: 'Open actions from earlier checks' });
    await review.waitFor({ timeout: 15_000 });
    await panel('ava').getByText('Owner: Chen').waitFor();
    await panel('ava').getByRole('button', { name: `Mark done: ${answerText}` }).click();
    await panel('ava').getByText('All open actions are done.').waitFor({ timeout: 10_000 });
  });
});
