/**
 * Living registers through the simulator: in a check, the facilitator turns revealed answers
 * into register entries (a new trust risk with a severity, a new customer channel, and a
 * second answer merged into that channel); the team's next check opens with their review
 * (done, still open) before rating; the channel tab shows the registers with statuses, age,
 * the merged answers and who changed what. Real tab, real teams-js, real API and Azurite.
 *
 * The meeting and history tests use the same team and meeting and may run before or after
 * this file: open checks are closed first, texts carry this run's id, and the file leaves
 * the meeting without an open check and the team without open entries made here.
 */
import type { Browser, FrameLocator, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { SIMULATED_MEETING, SIMULATED_TEAM } from '../../tab/simulator/meetingData.ts';
import {
  axeViolations,
  callOk,
  closeOpenChecks,
  everyone,
  openFreshMeeting,
  reloadFrame,
  setTheme as setSimulatorTheme,
  waitForFramesReady,
  type Person,
  type SimulatorTheme,
} from '../support/simulator.ts';


const run = crypto.randomUUID().slice(0, 8);
const channelsQuestion = 'Through which channels do we hear from our customers today?';
const risksQuestion = 'What could put our customers’ trust at risk?';
const riskAnswer = `Invoices that arrive twice (${run})`;
const channelAnswer = `The retail partners’ monthly call (${run})`;
const mergedAnswer = `Store managers phoning us (${run})`;
const teamId = SIMULATED_TEAM.groupId;

let browser: Browser;
let page: Page;
let avaToken: string;

const panel = (person: Person): FrameLocator => page.frameLocator(`iframe[data-frame-id="${person}"]`);
const channel = (): FrameLocator => page.frameLocator('iframe[data-frame-id="channel"]');

const api = (method: string, path: string, body?: unknown) => callOk(avaToken, method, path, body);

async function reloadPanel(person: Person) {
  await reloadFrame(page, person);
  await waitForFramesReady(page, [person]);
}

async function answer(person: Person, question: string, text: string) {
  await panel(person).getByRole('textbox', { name: question }).fill(text);
  await panel(person).getByRole('button', { name: `Add answer to: ${question}` }).click();
}

async function setTheme(theme: SimulatorTheme) {
  await setSimulatorTheme(page, theme);
  await page.waitForTimeout(300);
}

describe('living registers: from answers in a check to the next check’s review and the channel tab', () => {
  beforeAll(async () => {
    ({ browser, page, organizerToken: avaToken } = await openFreshMeeting());
  });
  afterAll(async () => {
    await browser?.close();
  });

  it('a check runs, answers come in and the facilitator reveals them', async () => {
    await panel('ava').getByRole('button', { name: 'Start customer obsession check' }).click();
    for (const person of everyone) {
      await panel(person).getByRole('textbox', { name: risksQuestion }).waitFor({ timeout: 15_000 });
    }
    await answer('ben', risksQuestion, riskAnswer);
    await answer('chen', channelsQuestion, channelAnswer);
    await answer('ben', channelsQuestion, mergedAnswer);
    await panel('ava').getByRole('button', { name: 'Reveal results' }).click();
    for (const text of [riskAnswer, channelAnswer, mergedAnswer]) {
      await panel('ava').getByText(text, { exact: true }).waitFor({ timeout: 15_000 });
    }
    // Only the facilitator turns answers into register entries.
    await panel('ben').getByText(riskAnswer, { exact: true }).waitFor({ timeout: 15_000 });
    expect(await panel('ben').getByRole('button', { name: `Keep track of this: ${riskAnswer}` }).count()).toBe(0);
  });

  it('the facilitator turns an answer into a trust risk with a severity', async () => {
    await panel('ava').getByRole('button', { name: `Keep track of this: ${riskAnswer}` }).click();
    const dialog = panel('ava').getByRole('dialog', { name: 'Keep track of this answer' });
    await dialog.waitFor({ timeout: 15_000 });
    // The question's own register is chosen already, and the answer is the title.
    await expect.poll(() => dialog.getByRole('combobox', { name: 'Register' }).textContent()).toContain('Risks to customer trust');
    expect(await dialog.getByRole('textbox', { name: 'Title' }).inputValue()).toBe(riskAnswer);
    expect(await dialog.getByRole('textbox', { name: 'Customer' }).count()).toBe(0);
    await dialog.getByRole('textbox', { name: 'Owner' }).fill('Ben');
    await dialog.getByRole('combobox', { name: 'Severity' }).click();
    await panel('ava').getByRole('option', { name: 'High' }).click();
    await dialog.getByRole('button', { name: 'Save entry' }).click();
    await panel('ava').getByText('In register: Risks to customer trust').waitFor({ timeout: 10_000 });
    expect(await dialog.count()).toBe(0);
  });

  it('makes a customer channel of another answer, and merges a third answer into it', async () => {
    await panel('ava').getByRole('button', { name: `Keep track of this: ${channelAnswer}` }).click();
    let dialog = panel('ava').getByRole('dialog', { name: 'Keep track of this answer' });
    await dialog.waitFor({ timeout: 15_000 });
    await expect.poll(() => dialog.getByRole('combobox', { name: 'Register' }).textContent()).toContain('Customer channels');
    expect(await dialog.getByRole('combobox', { name: 'Severity' }).count()).toBe(0);
    await dialog.getByRole('textbox', { name: 'Owner' }).fill('Chen');
    await dialog.getByRole('textbox', { name: 'Customer' }).fill('Contoso Retail');
    await dialog.getByRole('button', { name: 'Save entry' }).click();
    await panel('ava').getByText('In register: Customer channels').first().waitFor({ timeout: 10_000 });

    await panel('ava').getByRole('button', { name: `Keep track of this: ${mergedAnswer}` }).click();
    dialog = panel('ava').getByRole('dialog', { name: 'Keep track of this answer' });
    await dialog.waitFor({ timeout: 15_000 });
    await dialog.getByRole('radio', { name: 'Add to an existing entry' }).check();
    // Nothing chosen yet: the dialog says what is missing and keeps what was chosen.
    await dialog.getByRole('combobox', { name: 'Entry' }).waitFor({ timeout: 10_000 });
    await dialog.getByRole('button', { name: 'Add to entry' }).click();
    await dialog.getByText('Choose the entry to add the answer to.').waitFor();
    await dialog.getByRole('combobox', { name: 'Entry' }).click();
    await panel('ava').getByRole('option', { name: channelAnswer }).click();
    await dialog.getByRole('button', { name: 'Add to entry' }).click();
    await expect.poll(() => panel('ava').getByText('In register: Customer channels').count(), { timeout: 10_000 }).toBe(2);

    const { entries } = await api('GET', `/api/teams/${teamId}/registers?status=active`);
    const mine = (entries as { title: string; register: string; severity?: string; notes: { text: string }[] }[]).filter(
      (entry) => entry.title.includes(run),
    );
    expect(mine.map((entry) => [entry.register, entry.title, entry.severity]).sort()).toEqual([
      ['customer-channels', channelAnswer, undefined],
      ['trust-risks', riskAnswer, 'high'],
    ]);
    const channelEntry = mine.find((entry) => entry.register === 'customer-channels')!;
    expect(channelEntry.notes.map((note) => note.text)).toEqual(expect.arrayContaining([channelAnswer, mergedAnswer]));
    // Entries never say who wrote the answers they came from.
    expect(JSON.stringify(mine)).not.toMatch(/Ben Participant|Chen Participant/);
  });

  it('the answers keep their register badges after a reload, and the panel has no serious accessibility violations', async () => {
    await reloadPanel('ava');
    await panel('ava').getByText('In register: Risks to customer trust').waitFor({ timeout: 15_000 });
    await expect.poll(() => panel('ava').getByText('In register: Customer channels').count(), { timeout: 10_000 }).toBe(2);
    expect(await axeViolations(page, 'iframe[data-frame-id="ava"]')).toEqual([]);
  });

  it('the check closes; the team’s next check opens with the review of both entries', async () => {
    await panel('ava').getByRole('button', { name: 'Close check' }).click();
    await panel('ava').getByRole('button', { name: 'Close check for everyone' }).click();
    await panel('ava').getByText('This check is closed').first().waitFor({ timeout: 10_000 });

    await reloadPanel('ava');
    await panel('ava').getByRole('button', { name: 'Start customer obsession check' }).click();
    const review = panel('ava').getByRole('region', { name: 'Register review' });
    await review.waitFor({ timeout: 15_000 });
    await review.getByRole('button', { name: /^Risks to customer trust \(\d+\)$/ }).waitFor();
    await review.getByRole('button', { name: /^Customer channels \(\d+\)$/ }).waitFor();
    const risk = review.locator('li').filter({ hasText: riskAnswer });
    await risk.getByText('Severity: High').waitFor();
    await risk.getByText('Owner: Ben').waitFor();
    await risk.getByText('Opened today').waitFor();
    const channelItem = review.locator('li').filter({ hasText: channelAnswer });
    await channelItem.getByText('Customer: Contoso Retail').waitFor();
    await channelItem.getByText('Owner: Chen').waitFor();

    // The statements come first (the first screen at 320 px); the review is its own step after them.
    const reviewTop = await review.evaluate((element) => element.getBoundingClientRect().top);
    const ratingBottom = await panel('ava').getByRole('radiogroup').last().evaluate((element) => element.getBoundingClientRect().bottom);
    expect(reviewTop).toBeGreaterThan(ratingBottom);
  });

  it('participants read the review without its buttons', async () => {
    await reloadPanel('ben');
    const review = panel('ben').getByRole('region', { name: 'Register review' });
    await review.waitFor({ timeout: 15_000 });
    await review.getByText(riskAnswer).waitFor();
    expect(await review.getByRole('button', { name: `Done: ${riskAnswer}` }).count()).toBe(0);
  });

  it('the review has no serious or critical accessibility violations', async () => {
    await panel('ava').getByRole('region', { name: 'Register review' }).evaluate((element) => element.setAttribute('data-axe-scope', 'review'));
    for (const theme of ['default', 'dark'] as const) {
      await setTheme(theme);
      expect(await axeViolations(page, 'iframe[data-frame-id="ava"]', '[data-axe-scope="review"]'), theme).toEqual([]);
    }
    await setTheme('default');
  });

  it('the facilitator marks one entry done and keeps the other open; both leave the review', async () => {
    const review = panel('ava').getByRole('region', { name: 'Register review' });
    await review.getByRole('button', { name: `Done: ${riskAnswer}` }).click();
    await review.getByText(`Marked done: ${riskAnswer}`).waitFor({ timeout: 10_000 });
    expect(await review.getByText(riskAnswer, { exact: true }).count()).toBe(0);
    await review.getByRole('button', { name: `Still open: ${channelAnswer}` }).click();
    await review.getByText(`Kept open: ${channelAnswer}`).waitFor({ timeout: 10_000 });
    expect(await review.locator('li').filter({ hasText: channelAnswer }).count()).toBe(0);

    const session = (await api('GET', `/api/sessions?${new URLSearchParams({ meetingId: SIMULATED_MEETING.id, state: 'open' })}`))
      .sessions[0] as { id: string };
    const current = await api('GET', `/api/sessions/${session.id}/review`);
    expect((current.registerReview as { title: string }[]).filter((entry) => entry.title.includes(run))).toEqual([]);
  });

  it('the channel tab shows the registers with statuses, age, merged answers and who changed what', async () => {
    await page.goto(`${inject('tabOrigin')}/simulator/?surface=channel&width=1200`);
    await waitForFramesReady(page, ['channel']);
    const tab = channel();
    const registers = tab.getByRole('region', { name: 'Registers' });
    await registers.waitFor({ timeout: 30_000 });
    await registers.getByRole('tab', { name: /^Customer channels \(\d+\)$/, selected: true }).waitFor({ timeout: 15_000 });

    const channelItem = registers.locator('li').filter({ hasText: channelAnswer }).first();
    await channelItem.getByText('Opened today').waitFor();
    await channelItem.getByText('Customer: Contoso Retail').waitFor();
    await expect.poll(() => channelItem.getByRole('combobox', { name: 'Status' }).textContent()).toContain('Open');
    await channelItem.getByRole('button', { name: /^Answers \(2\) and history/ }).click();
    await channelItem.getByText(mergedAnswer).waitFor();
    await channelItem.getByText('Ava Organizer created the entry').waitFor();
    await channelItem.getByText('Ava Organizer added an answer').waitFor();
    await channelItem.getByText('Ava Organizer reviewed it in a check: Open').waitFor();

    // Done entries show only when asked for.
    await registers.getByRole('tab', { name: /^Risks to customer trust/ }).click();
    expect(await registers.getByText(riskAnswer, { exact: true }).count()).toBe(0);
    await registers.getByRole('switch', { name: 'Show done and dropped entries' }).click();
    const riskItem = registers.locator('li').filter({ hasText: riskAnswer }).first();
    await riskItem.waitFor({ timeout: 10_000 });
    await expect.poll(() => riskItem.getByRole('combobox', { name: 'Status' }).textContent()).toContain('Done');
    await riskItem.getByText('Severity: High').waitFor();
    await riskItem.getByRole('button', { name: /^Answers \(1\) and history/ }).click();
    await riskItem.getByText('Ava Organizer reviewed it in a check: Done').waitFor();
  });

  it('anyone in the team can change an entry’s status and owner, and the history says who', async () => {
    const registers = channel().getByRole('region', { name: 'Registers' });
    await registers.getByRole('tab', { name: /^Customer channels/ }).click();
    const channelItem = registers.locator('li').filter({ hasText: channelAnswer }).first();
    await channelItem.getByRole('combobox', { name: 'Status' }).click();
    await channel().getByRole('option', { name: 'In progress' }).click();
    await registers.getByText(`${channelAnswer}: the status is now In progress`).waitFor({ timeout: 10_000 });
    // The tab was switched, so the entry's details are collapsed again.
    await channelItem.getByRole('button', { name: /^Answers \(2\) and history/ }).click();
    await channelItem.getByText('Ava Organizer changed the status from Open to In progress').waitFor();

    await channelItem.getByRole('textbox', { name: 'Owner' }).fill('Farah');
    await channelItem.getByRole('button', { name: `Save owner: ${channelAnswer}` }).click();
    await registers.getByText(`Owner changed: ${channelAnswer}`).waitFor({ timeout: 10_000 });
    await channelItem.getByText('Owner: Farah').waitFor();
    await channelItem.getByText('Ava Organizer changed Owner').waitFor();
  });

  it('the channel tab’s registers have no serious or critical accessibility violations, and fit 320 px', async () => {
    await channel().getByRole('region', { name: 'Registers' }).evaluate((element) => element.setAttribute('data-axe-scope', 'registers'));
    for (const theme of ['default', 'dark', 'contrast'] as const) {
      await setTheme(theme);
      expect(await axeViolations(page, 'iframe[data-frame-id="channel"]', '[data-axe-scope="registers"]'), theme).toEqual([]);
    }
    await setTheme('default');
    await page.evaluate(() => (window as unknown as { __simulator: { setFrameWidth(w: number): number } }).__simulator.setFrameWidth(320));
    await page.waitForTimeout(500);
    const sizes = await page.locator('iframe[data-frame-id="channel"]').evaluate((frame: HTMLIFrameElement) => {
      const root = frame.contentDocument!.documentElement;
      return { client: root.clientWidth, scroll: root.scrollWidth };
    });
    expect(sizes.scroll).toBeLessThanOrEqual(sizes.client);
  });

  it('leaves no open check and no open entry made here, for the other tests', async () => {
    await closeOpenChecks(avaToken);
    const { entries } = await api('GET', `/api/teams/${teamId}/registers?status=active`);
    for (const entry of (entries as { id: string; title: string }[]).filter((item) => item.title.includes(run))) {
      await api('PATCH', `/api/teams/${teamId}/registers/${entry.id}`, { status: 'done' });
    }
    const after = await api('GET', `/api/teams/${teamId}/registers?status=active`);
    expect((after.entries as { title: string }[]).filter((entry) => entry.title.includes(run))).toEqual([]);
  });
});
