/**
 * The team's history in a channel tab and the leadership view, through the simulator's
 * channel and personal surfaces: real tab, real teams-js, real API and Azurite. The history
 * is made through the API here (the e2e stack starts with an empty Azurite): three closed
 * checks of the simulated team, facilitated by Ava, each rated by four people, before them one
 * with the title the API gives (template name and ISO day), plus a team that does not share
 * its scores.
 *
 * The meeting test (meetingCheck.test.ts) uses the same team and may run before or after this
 * file, so assertions are about the checks made here, and the action made here is marked done
 * before the file ends.
 */
import type { Browser, FrameLocator, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { rangeOf } from '../../tab/src/history/period.ts';
import { SIMULATED_PARTICIPANTS, SIMULATED_TEAM, SIMULATED_TENANT } from '../../tab/simulator/meetingData.ts';
import { simulatedMembership } from '../support/simulatedMembership.ts';
import { tokenFor } from '../support/apiClient.ts';
import {
  axeViolations,
  callOk,
  openBrowser,
  screenshotFrame,
  setTheme as setSimulatorTheme,
  waitForFramesReady,
  type SimulatorTheme,
} from '../support/simulator.ts';


type Trend = 'up' | 'down' | 'within-noise';
interface Interval {
  low: number;
  high: number;
}
interface HistoryCheck {
  id: string;
  title: string;
  createdAt: string;
  state: string;
  overall: number | null;
  overallInterval: Interval | null;
  trend: Trend | null;
  statements: { id: string; score: number | null; interval: Interval | null; trend: Trend | null }[];
}

const teamId = SIMULATED_TEAM.groupId;
const hiddenTeamId = `team-not-shared-${crypto.randomUUID()}`;
const hiddenTeamName = 'Team That Keeps Its Scores';
const run = crypto.randomUUID().slice(0, 8);
const titles = [1, 2, 3].map((n) => `History e2e ${run} · check ${n}`);
const answerText = `Customer calls every Friday (${run})`;
const sharingLabel = 'Share this team’s scores with the leadership view';
const grid = 'Teams and their latest scores';
const plainHelp =
  'With few people rating, a score could easily be a few points higher or lower; we only call a change up or down when it is bigger than that.';
/** A check's day as the tab shows it (the browser runs on this machine, in its time zone). */
const shownDate = (check: HistoryCheck) => new Intl.DateTimeFormat('en-US', { dateStyle: 'medium' }).format(Date.parse(check.createdAt));

/** Per check, per person, ratings of the three statements (in template order). */
const ratings = [
  [
    [2, 3, 2],
    [2, 3, 3],
    [3, 3, 2],
    [2, 4, 3],
  ],
  [
    [5, 4, 4],
    [4, 4, 5],
    [5, 3, 4],
    [4, 4, 4],
  ],
  [
    [5, 4, 2],
    [4, 3, 2],
    [4, 4, 1],
    [5, 4, 2],
  ],
];

const scoreFormat = new Intl.NumberFormat('en-US', { maximumFractionDigits: 1 });
const range = (interval: Interval) => `${scoreFormat.format(interval.low)}–${scoreFormat.format(interval.high)}`;
const trendText: Record<Trend, string> = { up: '↑ Up', down: '↓ Down', 'within-noise': '≈ Within noise' };

let browser: Browser;
let page: Page;
let avaToken: string;
let latest: HistoryCheck;
let previous: HistoryCheck;
/** The check with the API's own title ("Customer obsession health check, 2026-11-23"). */
let named: HistoryCheck;

const people = SIMULATED_PARTICIPANTS.slice(0, 4);
const channel = (): FrameLocator => page.frameLocator('iframe[data-frame-id="channel"]');
const personal = (): FrameLocator => page.frameLocator('iframe[data-frame-id="personal"]');

const api = (method: string, path: string, token: string, body?: unknown) => callOk(token, method, path, body);

/**
 * A closed check: opened by the first token (who facilitates), rated by everyone, answered, revealed, closed.
 * Without a title, the API names it after the template and the day.
 */
async function closedCheck(tokens: string[], team: string, teamName: string, title: string | undefined, votes: number[][], answer?: string) {
  const session = await api('POST', '/api/sessions', tokens[0]!, { templateId: 'customer-obsession', teamId: team, teamName, title });
  const statementIds: string[] = session.statements.map((statement: { id: string }) => statement.id);
  for (const [person, values] of votes.entries()) {
    await api('POST', `/api/sessions/${session.id}/join`, tokens[person]!);
    for (const [index, value] of values.entries()) {
      await api('PUT', `/api/sessions/${session.id}/votes/${statementIds[index]}`, tokens[person]!, { value });
    }
  }
  let answerId: string | undefined;
  if (answer) {
    answerId = (await api('POST', `/api/sessions/${session.id}/answers`, tokens[1]!, { questionId: 'customer-channels', text: answer })).id;
  }
  await api('POST', `/api/sessions/${session.id}/reveal`, tokens[0]!);
  if (answerId) {
    await api('POST', `/api/sessions/${session.id}/actions`, tokens[0]!, { answerId, owner: 'Dana', dueDate: '2030-01-31' });
  }
  await api('POST', `/api/sessions/${session.id}/close`, tokens[0]!);
  return session.id as string;
}

async function openSurface(query: string, frameId: string) {
  await page.goto(`${inject('tabOrigin')}/simulator/${query}`);
  await waitForFramesReady(page, [frameId]);
}

async function setTheme(theme: SimulatorTheme) {
  await setSimulatorTheme(page, theme);
  // The frame re-renders with the new Fluent theme on teams-js' themeChange event.
  await page.waitForTimeout(300);
}

describe("a team's history in a channel tab, and the leadership view", () => {
  beforeAll(async () => {
    const tokens = await Promise.all(
      // They are also in the team that does not share (its tokens say so; the simulator's frames do not need it).
      people.map((person) =>
        tokenFor({ userId: person.userId, name: person.displayName, tenantId: SIMULATED_TENANT.id, ...simulatedMembership, groups: [...simulatedMembership.groups, hiddenTeamId] }),
      ),
    );
    avaToken = tokens[0]!;
    const namedId = await closedCheck(tokens, teamId, SIMULATED_TEAM.displayName, undefined, ratings[1]!);
    for (const [index, votes] of ratings.entries()) {
      await closedCheck(tokens, teamId, SIMULATED_TEAM.displayName, titles[index]!, votes, index === 2 ? answerText : undefined);
    }
    // Another team of the tenant that never opts in: the leadership view must not list it.
    await closedCheck(tokens.slice(1), hiddenTeamId, hiddenTeamName, `Hidden ${run}`, ratings[1]!.slice(0, 3));

    const history = await api('GET', `/api/teams/${teamId}/scores`, avaToken);
    const mine = (history.sessions as HistoryCheck[]).filter((check) => titles.includes(check.title));
    [latest, previous] = mine as [HistoryCheck, HistoryCheck];
    expect(latest.title).toBe(titles[2]);
    expect(previous.trend).toBe('up');
    expect(latest.statements.map((statement) => statement.trend)).toContain('within-noise');
    named = (history.sessions as HistoryCheck[]).find((check) => check.id === namedId)!;
    expect(named.title).toBe(`Customer obsession health check, ${named.createdAt.slice(0, 10)}`);

    ({ browser, page } = await openBrowser({ acceptDownloads: true }));
  });
  afterAll(async () => {
    await browser?.close();
  });

  it('sets the channel tab up for the channel’s team and opens the saved history', async () => {
    await page.goto(`${inject('tabOrigin')}/simulator/?surface=channel-setup`);
    await page.waitForFunction(
      () => (window as unknown as { __simulator?: { tabSettings: { valid: boolean | null } | null } }).__simulator?.tabSettings?.valid === true,
      null,
      { timeout: 60_000 },
    );
    await channel().getByText('Team shown in this tab: Contoso Checkout').waitFor();
    await page.getByRole('button', { name: 'Save' }).click();
    await channel().getByRole('heading', { name: 'Customer Pulse history', level: 1 }).waitFor({ timeout: 30_000 });
    const settings = await page.evaluate(
      () => (window as unknown as { __simulator: { tabSettings: { config: Record<string, string> } } }).__simulator.tabSettings.config,
    );
    expect(settings).toEqual({
      entityId: `customer-pulse-history-${teamId}`,
      contentUrl: `${inject('tabOrigin')}/index.html?view=history&teamId=${teamId}`,
      // Teams on phones shows a channel tab only with a website address.
      websiteUrl: `${inject('tabOrigin')}/index.html?view=history&teamId=${teamId}`,
      suggestedDisplayName: 'Customer Pulse history',
    });
  });

  it('shows the latest check against the previous one, with intervals and trends in words', async () => {
    await openSurface('?surface=channel&width=1200', 'channel');
    const tab = channel();
    await tab.getByRole('heading', { name: 'Latest check' }).waitFor({ timeout: 30_000 });
    await tab.getByText('Contoso Checkout', { exact: true }).first().waitFor();
    const section = tab.getByRole('region', { name: 'Latest check', exact: true });
    await section.getByText(`${latest.title}, ${shownDate(latest)}`, { exact: true }).waitFor();

    const overall = tab.locator('li').filter({ has: tab.getByRole('heading', { name: 'Overall score', exact: true }) });
    await overall.getByText(`95 % interval ${range(latest.overallInterval!)}`).waitFor();
    await overall.getByText(`95 % interval ${range(previous.overallInterval!)}`).waitFor();
    await overall.getByText(trendText[latest.trend!], { exact: true }).first().waitFor();
    await screenshotFrame(page, 'channel', 'channel-tab-1200');

    for (const statement of latest.statements) {
      if (statement.interval) await tab.getByText(`95 % interval ${range(statement.interval)}`).first().waitFor();
    }
    await tab.getByText(trendText['within-noise'], { exact: true }).first().waitFor();
  });

  it('explains the intervals in one plain sentence, with the statistics one link away', async () => {
    const tab = channel();
    const section = tab.getByRole('region', { name: 'Latest check', exact: true });
    // The plain sentence describes the latest check's scores, for screen readers too.
    await expect
      .poll(() => section.getAttribute('aria-describedby').then((id) => tab.locator(`[id="${id}"]`).textContent()))
      .toBe(plainHelp);
    const details = section.getByText(/Student’s t on the individual ratings/);
    expect(await details.isVisible()).toBe(false);
    const how = section.getByRole('button', { name: 'How is this worked out?' });
    expect(await how.getAttribute('aria-expanded')).toBe('false');
    // By keyboard: the link is a button in the tab order, and Enter opens the details after it.
    await how.focus();
    await page.keyboard.press('Enter');
    await details.waitFor();
    expect(await how.getAttribute('aria-expanded')).toBe('true');
    const controlled = tab.locator(`[id="${await how.getAttribute('aria-controls')}"]`);
    expect(await controlled.textContent()).toContain('“≈ Within noise”');
    expect(await controlled.textContent()).toContain('95\u00a0% interval (Student’s t on the individual ratings)');
  });

  it('draws the scores over time with Fluent UI charts', async () => {
    const tab = channel();
    const chart = tab.getByRole('region', { name: /^Scores over time/ });
    await chart.waitFor();
    for (const legend of ['Overall', 'We talk with our customers directly, not only through others.']) {
      await tab.getByRole('option', { name: legend }).or(tab.getByText(legend, { exact: true })).first().waitFor();
    }
    await tab.getByRole('region', { name: /^People who rated per check/ }).waitFor();
  });

  it('lists every check with its trend, and loads a check’s answers when it is opened', async () => {
    const tab = channel();
    const header = tab.getByRole('button', { name: new RegExp(`^${titles[1]}`) });
    await expect.poll(() => header.textContent()).toContain(trendText.up);
    await tab.getByRole('button', { name: new RegExp(`^${titles[2]}`) }).click();
    await tab.getByText(answerText, { exact: true }).first().waitFor({ timeout: 15_000 });
  });

  it('tells a check’s date once in its row, localized, also when the API put the ISO day in its title', async () => {
    const tab = channel();
    const list = tab.getByRole('region', { name: 'Checks', exact: true });
    const date = shownDate(named);
    const day = named.createdAt.slice(0, 10);
    const row = list.getByRole('button', { name: `Customer obsession health check · ${date}` }).first();
    await row.waitFor();
    const text = (await row.textContent()) ?? '';
    expect(text.split(date).length - 1, text).toBe(1);
    expect(text).not.toContain(day);
    // No row repeats its day in ISO form, and a title someone chose is followed by its day once.
    for (const header of await list.getByRole('heading', { level: 3 }).allTextContents()) {
      expect(header, header).not.toMatch(/\d{4}-\d{2}-\d{2}/);
    }
    const latestHeader = (await list.getByRole('button', { name: new RegExp(`^${titles[2]}`) }).textContent()) ?? '';
    expect(latestHeader.split(shownDate(latest)).length - 1, latestHeader).toBe(1);
  });

  it('shows the team’s actions with their status, and one can be marked done', async () => {
    const tab = channel();
    const item = tab.locator('li').filter({ hasText: `Owner: Dana` }).filter({ hasText: answerText });
    await item.getByText('Open', { exact: true }).waitFor();
    // The check it came from, with its day localized.
    await item.getByText(`From: ${latest.title}, ${shownDate(latest)}`, { exact: true }).waitFor();
    await item.getByRole('button', { name: `Mark done: ${answerText}` }).click();
    await item.getByText('Done', { exact: true }).waitFor({ timeout: 10_000 });
    await item.getByRole('button', { name: `Reopen: ${answerText}` }).waitFor();
  });

  it('downloads the history as the CSV the API exports', async () => {
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      channel().getByRole('button', { name: 'Download CSV' }).click(),
    ]);
    expect(download.suggestedFilename()).toBe('customer-pulse-contoso-checkout.csv');
    const path = await download.path();
    const { readFile } = await import('node:fs/promises');
    const downloaded = await readFile(path, 'utf8');
    const { from } = rangeOf('year');
    const response = await fetch(`${inject('apiOrigin')}/api/teams/${teamId}/scores?format=csv&from=${from}`, {
      headers: { Authorization: `Bearer ${avaToken}` },
    });
    expect(downloaded).toBe(await response.text());
    expect(downloaded).toContain(latest.id);
  });

  it('has no serious or critical accessibility violations in light, dark and high contrast', async () => {
    for (const theme of ['default', 'dark', 'contrast'] as const) {
      await setTheme(theme);
      expect(await axeViolations(page, 'iframe[data-frame-id="channel"]'), theme).toEqual([]);
    }
    await setTheme('default');
  });

  it('fits a 320 px channel tab without scrolling sideways', async () => {
    const width = await page.evaluate(
      () => (window as unknown as { __simulator: { setFrameWidth(w: number): number } }).__simulator.setFrameWidth(320),
    );
    expect(width).toBe(320);
    const tab = channel();
    await tab.getByRole('region', { name: /^Scores over time/ }).waitFor();
    await page.waitForTimeout(500);
    const sizes = await page
      .locator('iframe[data-frame-id="channel"]')
      .evaluate((frame: HTMLIFrameElement) => {
        const root = frame.contentDocument!.documentElement;
        return { frame: frame.getBoundingClientRect().width, client: root.clientWidth, scroll: root.scrollWidth };
      });
    expect(sizes.frame).toBe(320);
    expect(sizes.scroll).toBeLessThanOrEqual(sizes.client);
    expect(await axeViolations(page, 'iframe[data-frame-id="channel"]')).toEqual([]);
    await screenshotFrame(page, 'channel', 'channel-tab-320');
  });

  it('only someone who facilitated the team’s checks can share its scores, with the API’s reason', async () => {
    await openSurface('?surface=channel&width=900&user=ben', 'channel');
    const tab = channel();
    const toggle = tab.getByRole('switch', { name: sharingLabel });
    await expect.poll(() => toggle.isEnabled(), { timeout: 15_000 }).toBe(true);
    await toggle.click();
    await tab.getByText(/Only someone who facilitated a check of this team can change what it shares/).waitFor({ timeout: 10_000 });
    expect(await toggle.isChecked()).toBe(false);
  });

  it('the facilitator shares the team’s scores with the leadership view', async () => {
    await openSurface('?surface=channel&width=900', 'channel');
    const toggle = channel().getByRole('switch', { name: sharingLabel });
    await expect.poll(() => toggle.isEnabled(), { timeout: 15_000 }).toBe(true);
    if (!(await toggle.isChecked())) await toggle.click();
    await expect.poll(() => toggle.isChecked(), { timeout: 10_000 }).toBe(true);
    const sharing = await api('GET', `/api/teams/${teamId}/sharing`, avaToken);
    expect(sharing).toMatchObject({ shared: true, teamName: 'Contoso Checkout' });
  });

  it('the leadership view lists the teams that share, sortable and filterable by pillar', async () => {
    await openSurface('?surface=personal&personalTab=leadership&width=1200', 'personal');
    const view = personal();
    const table = view.getByRole('grid', { name: grid });
    await table.waitFor({ timeout: 30_000 });
    const row = table.getByRole('row').filter({ hasText: 'Contoso Checkout' });
    await row.waitFor();
    await row.getByText(`95 % interval ${range(latest.overallInterval!)}`).waitFor();
    await row.getByText(trendText[latest.trend!], { exact: true }).first().waitFor();
    expect(await table.getByText(hiddenTeamName).count()).toBe(0);

    const overallHeader = table.getByRole('columnheader', { name: 'Overall' });
    await overallHeader.getByRole('button').click();
    await expect.poll(() => overallHeader.getAttribute('aria-sort')).toBe('ascending');
    await overallHeader.getByRole('button').click();
    await expect.poll(() => overallHeader.getAttribute('aria-sort')).toBe('descending');

    await view.getByRole('combobox', { name: 'Pillar' }).click();
    await view.getByRole('option', { name: 'Customer trust' }).click();
    // With a pillar, the grid shows that pillar's statements only, and no overall score.
    await expect
      .poll(() => table.getByRole('columnheader', { name: 'Overall' }).count(), { timeout: 15_000 })
      .toBe(0);
    await table.getByRole('columnheader', { name: 'Our customers trust us, and we work with them as partners.' }).waitFor();
    // The filtered scores arrive a moment after the choice; the other pillars' columns then go.
    await expect
      .poll(() => table.getByRole('columnheader', { name: 'We talk with our customers directly, not only through others.' }).count(), {
        timeout: 15_000,
      })
      .toBe(0);
    await table.getByRole('row').filter({ hasText: 'Contoso Checkout' }).waitFor();
  });

  it('the leadership view has no serious or critical accessibility violations', async () => {
    for (const theme of ['default', 'contrast'] as const) {
      await setTheme(theme);
      expect(await axeViolations(page, 'iframe[data-frame-id="personal"]'), theme).toEqual([]);
    }
  });

  it('the leadership view runs in Outlook, which has no Teams-only capabilities', async () => {
    await openSurface('?surface=personal&personalTab=leadership&host=outlook', 'personal');
    await personal().getByRole('grid', { name: grid }).waitFor({ timeout: 30_000 });
    const funcs = await page.evaluate(() => (window as unknown as { __simulator: { funcs(id: string): string[] } }).__simulator.funcs('personal'));
    expect(funcs.filter((func) => func.startsWith('meeting.') || func.startsWith('settings.'))).toEqual([]);
  });

  it('leaves the team without open actions made here, for the meeting test', async () => {
    await openSurface('?surface=channel&width=1200', 'channel');
    await channel().getByRole('button', { name: `Reopen: ${answerText}` }).waitFor({ timeout: 30_000 });
    const { actions } = await api('GET', `/api/teams/${teamId}/actions?status=open`, avaToken);
    expect(actions.filter((action: { text: string }) => action.text === answerText)).toEqual([]);
  });
});
