/**
 * Trends over a window, in the simulator's channel tab and leadership view: the simulated team
 * (Contoso Checkout) rises steadily over ten checks, as `npm run seed` makes it (its API test is
 * in tests/api/seed.test.ts), while each check against the one before stays within noise. The
 * e2e stack starts with an empty Azurite and other files use the same team, so the checks are
 * made here through the API, as teamHistory.test.ts does: they are the team's latest ten, so the
 * window is theirs whichever file ran before. Each check has its own facilitator among five
 * people of the team, so no one's daily quota of checks runs out; the team's sharing setting is
 * put back as it was at the end.
 */
import type { Browser, FrameLocator, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { SIMULATED_TEAM, SIMULATED_TENANT } from '../../tab/simulator/meetingData.ts';
import { tokenFor } from '../support/apiClient.ts';
import { simulatedMembership } from '../support/simulatedMembership.ts';
import { axeViolations, callOk, openBrowser, screenshotFrame, waitForFramesReady } from '../support/simulator.ts';

interface WindowTrend {
  trend: 'up' | 'down' | 'within-noise';
  since: string;
  checks: number;
  change: number;
  interval: { low: number; high: number };
}

const teamId = SIMULATED_TEAM.groupId;
const run = crypto.randomUUID().slice(0, 8);
const weeks = 10;

/**
 * Person p's ratings of the three statements in check w: a steady rise of about 0.09 of a
 * rating per check, each person with a leaning of their own, and a wobble that moves round.
 */
const ratingsOf = (week: number) =>
  [0, 1, 2, 3, 4].map((person) =>
    [0, 1, 2].map((statement) => {
      const leaning = [-1.2, -0.4, 0.3, 0.9, 1.3][person]!;
      const wobble = [0.4, -0.3, 0, 0.3, -0.4, 0.2, -0.2][(person * 3 + statement + week * 2) % 7]!;
      return Math.min(5, Math.max(1, Math.round(2.9 + week * 0.09 + leaning + wobble)));
    }),
  );

const changeFormat = new Intl.NumberFormat('en-US', { maximumFractionDigits: 1, signDisplay: 'exceptZero' });
const shownDay = (iso: string) => new Intl.DateTimeFormat('en-US', { dateStyle: 'medium' }).format(Date.parse(iso));
const risingText = (trend: WindowTrend) => `Rising since ${shownDay(trend.since)}: ${changeFormat.format(trend.change)}, beyond noise`;

let browser: Browser;
let page: Page;
let tokens: string[];
let overall: WindowTrend;
let statements: Record<string, WindowTrend | null>;
let latestTrend: string | null;
let sharedBefore: boolean;

const channel = (): FrameLocator => page.frameLocator('iframe[data-frame-id="channel"]');
const personal = (): FrameLocator => page.frameLocator('iframe[data-frame-id="personal"]');

async function closedCheck(week: number) {
  const facilitator = tokens[week % tokens.length]!;
  const title = `Window e2e ${run} · week ${week + 1}`;
  const session = await callOk(facilitator, 'POST', '/api/sessions', {
    templateId: 'customer-obsession',
    teamId,
    teamName: SIMULATED_TEAM.displayName,
    title,
  });
  const statementIds: string[] = session.statements.map((statement: { id: string }) => statement.id);
  for (const [person, values] of ratingsOf(week).entries()) {
    await callOk(tokens[person]!, 'POST', `/api/sessions/${session.id}/join`);
    for (const [index, value] of values.entries()) {
      await callOk(tokens[person]!, 'PUT', `/api/sessions/${session.id}/votes/${statementIds[index]}`, { value });
    }
  }
  await callOk(facilitator, 'POST', `/api/sessions/${session.id}/reveal`);
  await callOk(facilitator, 'POST', `/api/sessions/${session.id}/close`);
  return session.id as string;
}

async function openSurface(query: string, frameId: string) {
  await page.goto(`${inject('tabOrigin')}/simulator/${query}`);
  await waitForFramesReady(page, [frameId]);
}

describe('trends over a window in the channel tab and the leadership view', () => {
  beforeAll(async () => {
    tokens = await Promise.all(
      [0, 1, 2, 3, 4].map((n) =>
        tokenFor({ userId: `window-trend-${run}-${n}`, name: `Window member ${n + 1}`, tenantId: SIMULATED_TENANT.id, ...simulatedMembership }),
      ),
    );
    let latestId = '';
    for (let week = 0; week < weeks; week += 1) latestId = await closedCheck(week);

    const history = await callOk(tokens[0]!, 'GET', `/api/teams/${teamId}/scores`);
    expect(history.windowTrends.sessionId).toBe(latestId);
    ({ overall, statements } = history.windowTrends);
    expect(overall).toMatchObject({ trend: 'up', checks: weeks });
    const latest = history.sessions.find((check: { id: string }) => check.id === latestId);
    latestTrend = latest.trend;
    // What the window is for: against the check before, the same rise is noise.
    expect(latestTrend).toBe('within-noise');

    sharedBefore = (await callOk(tokens[0]!, 'GET', `/api/teams/${teamId}/sharing`)).shared;
    ({ browser, page } = await openBrowser());
  });
  afterAll(async () => {
    await browser?.close();
    if (tokens?.[0] && sharedBefore !== undefined) {
      await callOk(tokens[0], 'PUT', `/api/teams/${teamId}/sharing`, { shared: sharedBefore, teamName: SIMULATED_TEAM.displayName });
    }
  });

  it('tells the latest check’s rise over the last ten checks in words, beside “within noise” since the previous check', async () => {
    await openSurface('?surface=channel&width=1200', 'channel');
    const tab = channel();
    const section = tab.getByRole('region', { name: 'Latest check', exact: true });
    await section.waitFor({ timeout: 30_000 });
    const card = section.locator('li').filter({ has: tab.getByRole('heading', { name: 'Overall score', exact: true }) });
    await card.getByText(risingText(overall), { exact: false }).waitFor({ timeout: 15_000 });
    await card.getByText('≈ Within noise', { exact: true }).waitFor();
    await card
      .getByText(
        `Change ${changeFormat.format(overall.change)}, 95 % interval ${changeFormat.format(overall.interval.low)} to ${changeFormat.format(overall.interval.high)}`,
      )
      .waitFor();
    for (const trend of Object.values(statements)) {
      if (trend?.trend === 'up') await section.getByText(risingText(trend)).first().waitFor();
    }
    // The explanation, in the same form as the intervals': one sentence, the statistics a click away.
    await section.getByText(/^Over time, we draw a line through the team’s last 6 to 10 checks/).waitFor();
    const how = section.getByRole('button', { name: 'How is the trend over time worked out?' });
    await how.click();
    await section.getByText(/Student’s t\)\. Only shown scores count/).waitFor();
  });

  it('shows the window trend with the latest check in the list of checks', async () => {
    const tab = channel();
    const list = tab.getByRole('region', { name: 'Checks', exact: true });
    await list.getByRole('button', { name: new RegExp(`^Window e2e ${run} · week ${weeks}`) }).click();
    await list.getByText(risingText(overall)).first().waitFor({ timeout: 15_000 });
  });

  it('fits a 320 px channel tab, and has no serious accessibility violations', async () => {
    const width = await page.evaluate(
      () => (window as unknown as { __simulator: { setFrameWidth(w: number): number } }).__simulator.setFrameWidth(320),
    );
    expect(width).toBe(320);
    await channel().getByText(risingText(overall)).first().waitFor();
    await page.waitForTimeout(500);
    const sizes = await page.locator('iframe[data-frame-id="channel"]').evaluate((frame: HTMLIFrameElement) => {
      const root = frame.contentDocument!.documentElement;
      return { client: root.clientWidth, scroll: root.scrollWidth };
    });
    expect(sizes.scroll).toBeLessThanOrEqual(sizes.client);
    expect(await axeViolations(page, 'iframe[data-frame-id="channel"]')).toEqual([]);
    await screenshotFrame(page, 'channel', 'channel-tab-window-trend-320');
  });

  it('shows each shared team’s window trend in its leadership cell', async () => {
    await callOk(tokens[0]!, 'PUT', `/api/teams/${teamId}/sharing`, { shared: true, teamName: SIMULATED_TEAM.displayName });
    await openSurface('?surface=personal&personalTab=leadership&width=1200', 'personal');
    const table = personal().getByRole('grid', { name: 'Teams and their latest scores' });
    // The first open of the leadership view compiles its chunk (and its chart library) in the dev server.
    await table.waitFor({ timeout: 90_000 });
    const row = table.getByRole('row').filter({ hasText: SIMULATED_TEAM.displayName });
    await row.getByText(risingText(overall)).first().waitFor({ timeout: 15_000 });
    await row.getByText('≈ Within noise', { exact: true }).first().waitFor();
    expect(await axeViolations(page, 'iframe[data-frame-id="personal"]')).toEqual([]);
  });

  it('shows the loaded teams × statements as a heat map whose cells read without colour', async () => {
    const section = personal().getByRole('region', { name: 'Teams × statements', exact: true });
    await section.waitFor({ timeout: 15_000 });
    const page1 = await callOk(tokens[0]!, 'GET', '/api/scores?pageSize=25');
    const ours = page1.teams.find((team: { teamId: string }) => team.teamId === teamId);
    const first = ours.latest.statements.find((statement: { score: number | null }) => statement.score !== null);
    const score = new Intl.NumberFormat('en-US', { maximumFractionDigits: 1 }).format(first.score);
    // The cell's text is the score and its noise, ± half the interval.
    const noise = new Intl.NumberFormat('en-US', { maximumFractionDigits: 1 }).format(Math.round(((first.interval.high - first.interval.low) / 2) * 10) / 10);
    await section.getByText(`${score} ±${noise}`, { exact: true }).first().waitFor();
    await section.getByText(SIMULATED_TEAM.displayName).first().waitFor();
    await section.getByText(/^S1: /).waitFor();
    expect(await axeViolations(page, 'iframe[data-frame-id="personal"]')).toEqual([]);
    await section.scrollIntoViewIfNeeded();
    await screenshotFrame(page, 'personal', 'leadership-heat-map');
  });

  it('shows the organisation by month, its table and its CSV, as the API pools them', async () => {
    // The view of the test before: the team shares, and its checks are all of this month.
    const section = personal().getByRole('region', { name: 'The organisation by month' });
    const table = section.getByRole('table', { name: 'Scores by month across teams, as a table' });
    await table.waitFor({ timeout: 15_000 });
    const trend = await callOk(tokens[0]!, 'GET', '/api/scores/trend');
    const thisMonth = trend.months.at(-1);
    expect(thisMonth.overall.teams).toBeGreaterThanOrEqual(1);
    const monthName = new Intl.DateTimeFormat('en-US', { month: 'short', year: 'numeric', timeZone: 'UTC' }).format(Date.parse(`${thisMonth.month}-01T00:00:00Z`));
    const row = table.getByRole('row').filter({ hasText: monthName });
    await row.getByText(new Intl.NumberFormat('en-US', { maximumFractionDigits: 1 }).format(thisMonth.overall.score), { exact: true }).first().waitFor();
    // The months before hold nothing yet, and say so rather than show a zero.
    expect(await table.getByRole('row').count()).toBe(13);
    await section.getByRole('img', { name: /Scores by month across teams/ }).or(section.locator('svg').first()).first().waitFor();

    const [download] = await Promise.all([page.waitForEvent('download'), section.getByRole('button', { name: 'Download CSV' }).click()]);
    expect(download.suggestedFilename()).toBe('customer-pulse-organisation-by-month.csv');
    const { readFile } = await import('node:fs/promises');
    const downloaded = await readFile(await download.path(), 'utf8');
    const response = await fetch(`${inject('apiOrigin')}/api/scores/trend?format=csv`, { headers: { Authorization: `Bearer ${tokens[0]}` } });
    expect(downloaded).toBe(await response.text());
    expect(await axeViolations(page, 'iframe[data-frame-id="personal"]')).toEqual([]);
    await section.scrollIntoViewIfNeeded();
    await screenshotFrame(page, 'personal', 'leadership-organisation-trend');
  });
});
