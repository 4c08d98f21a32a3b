/**
 * The leadership view's pictures in the simulator, in a 320 px personal tab: the heat map of
 * teams × statements (a cell's score and noise readable as text, a hidden figure shown as
 * hidden), the spread of team scores per statement, each with its table equivalent behind
 * "Show as table", and the spread's CSV. Two teams of this file's own, searched for by name, so
 * the figures are theirs whichever teams other files share: North has a statement only two of
 * its four people rated (hidden below the threshold of 3), South three people who rated all.
 * Both stop sharing at the end.
 */
import { readFile } from 'node:fs/promises';
import type { Browser, FrameLocator, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { csvField } from '../../api/src/contract/csv.ts';
import type { LeadershipSpread as Spread } from '../../api/src/contract/index.ts';
import { SIMULATED_TENANT } from '../../tab/simulator/meetingData.ts';
import { newTeamId, tokenFor } from '../support/apiClient.ts';
import { simulatedMembership } from '../support/simulatedMembership.ts';
import { axeViolations, callOk, frameScrollsSideways, openBrowser, screenshotFrame, waitForFramesReady } from '../support/simulator.ts';

const run = crypto.randomUUID().slice(0, 8);
const search = `Spread e2e ${run}`;
const north = { id: newTeamId(), name: `${search} North` };
const south = { id: newTeamId(), name: `${search} South` };
/** Per person, their ratings of the template's three statements; null: not rated. */
const northRatings = [
  [5, 4, 3],
  [4, 4, 2],
  [5, 3, null],
  [4, 4, null],
];
const southRatings = [
  [2, 3, 4],
  [3, 2, 4],
  [3, 3, 5],
];

const score = new Intl.NumberFormat('en-US', { maximumFractionDigits: 1 });

let browser: Browser;
let page: Page;
let tokens: string[];
let statements: { id: string; text: string }[];
let spread: Record<string, Spread>;
let northCells: { score: number | null; interval: { low: number; high: number } | null }[];

const personal = (): FrameLocator => page.frameLocator('iframe[data-frame-id="personal"]');

async function sharedCheck(team: { id: string; name: string }, ratings: (number | null)[][]) {
  const session = await callOk(tokens[0]!, 'POST', '/api/sessions', { templateId: 'customer-obsession', teamId: team.id, teamName: team.name, title: `${team.name} check` });
  statements = session.statements;
  for (const [person, values] of ratings.entries()) {
    await callOk(tokens[person]!, 'POST', `/api/sessions/${session.id}/join`);
    for (const [index, value] of values.entries()) {
      if (value !== null) await callOk(tokens[person]!, 'PUT', `/api/sessions/${session.id}/votes/${statements[index]!.id}`, { value });
    }
  }
  await callOk(tokens[0]!, 'POST', `/api/sessions/${session.id}/reveal`);
  await callOk(tokens[0]!, 'POST', `/api/sessions/${session.id}/close`);
  await callOk(tokens[0]!, 'PUT', `/api/teams/${team.id}/sharing`, { shared: true, teamName: team.name });
}

describe('the leadership view’s heat map and spread, with their tables', () => {
  beforeAll(async () => {
    tokens = await Promise.all(
      [0, 1, 2, 3].map((n) =>
        tokenFor({
          userId: `spread-${run}-${n}`,
          name: `Spread member ${n + 1}`,
          tenantId: SIMULATED_TENANT.id,
          ...simulatedMembership,
          groups: [...simulatedMembership.groups, north.id, south.id],
        }),
      ),
    );
    await sharedCheck(north, northRatings);
    await sharedCheck(south, southRatings);
    const scores = await callOk(tokens[0]!, 'GET', `/api/scores?${new URLSearchParams({ search })}`);
    expect(scores.total).toBe(2);
    spread = scores.spread;
    northCells = scores.teams.find((team: { teamId: string }) => team.teamId === north.id).latest.statements;
    // North's third statement is hidden, so only South's figure is in its spread.
    expect(northCells[2]!.score).toBeNull();
    expect(spread[statements[0]!.id]).toMatchObject({ teams: 2, min: 41.7, max: 87.5 });
    expect(spread[statements[2]!.id]).toMatchObject({ teams: 1, min: 83.3, median: 83.3, max: 83.3 });
    ({ browser, page } = await openBrowser({ acceptDownloads: true }));
    await page.goto(`${inject('tabOrigin')}/simulator/?surface=personal&personalTab=leadership&width=320`);
    await waitForFramesReady(page, ['personal']);
    // The first open of the leadership view compiles its chunk (and its chart library) in the dev server.
    // Wait for the searched page itself: the view before the search may list the same two teams.
    await Promise.all([
      page.waitForResponse((response) => new URL(response.url()).pathname === '/api/scores' && new URL(response.url()).searchParams.get('search') === search, {
        timeout: 90_000,
      }),
      personal().getByRole('searchbox', { name: 'Team name' }).fill(search, { timeout: 90_000 }),
    ]);
    await personal().getByText('2 of 2 teams', { exact: true }).waitFor({ timeout: 15_000 });
  });
  afterAll(async () => {
    await browser?.close();
    for (const team of [north, south]) {
      if (tokens?.[0]) await callOk(tokens[0], 'PUT', `/api/teams/${team.id}/sharing`, { shared: false, teamName: team.name });
    }
  });

  it('shows each heat map cell’s score and noise as text, and a hidden figure as hidden', async () => {
    const heatMap = personal().getByRole('region', { name: 'Teams × statements', exact: true });
    const first = northCells[0]!;
    const noise = Math.round(((first.interval!.high - first.interval!.low) / 2) * 10) / 10;
    const text = `${score.format(first.score!)} ±${score.format(noise)}`;
    await heatMap.getByText(text, { exact: true }).waitFor({ timeout: 15_000 });
    await heatMap.getByRole('option', { name: `${north.name}, ${statements[0]!.text}: ${text}`, exact: true }).waitFor();
    await heatMap.getByRole('option', { name: `${north.name}, ${statements[2]!.text}: hidden, too few ratings`, exact: true }).waitFor();

    await heatMap.scrollIntoViewIfNeeded();
    await screenshotFrame(page, 'personal', 'leadership-heat-map-320');
    await heatMap.getByRole('switch', { name: 'Show as table' }).click();
    const table = heatMap.getByRole('table', { name: 'Latest score of each loaded team per statement, with its noise' });
    const row = table.getByRole('row').filter({ hasText: north.name });
    await row.getByRole('cell', { name: text, exact: true }).waitFor();
    await row.getByRole('cell', { name: 'Hidden: too few ratings', exact: true }).waitFor();
    await table.getByRole('columnheader', { name: `S3: ${statements[2]!.text}` }).waitFor();
    await table.scrollIntoViewIfNeeded();
    await screenshotFrame(page, 'personal', 'leadership-heat-map-table-320');
  });

  it('shows the spread of team scores per statement in words and as a table, from shown figures only', async () => {
    const section = personal().getByRole('region', { name: 'Spread of team scores', exact: true });
    const summary = (figures: Spread) =>
      `Median ${score.format(figures.median!)} · middle half ${score.format(figures.lowerQuartile!)}–${score.format(figures.upperQuartile!)} · lowest ${score.format(figures.min!)}, highest ${score.format(figures.max!)}`;
    for (const [index, teams] of [
      [0, '2 teams'],
      [2, '1 team'],
    ] as const) {
      const item = section.getByRole('listitem').filter({ hasText: statements[index]!.text });
      await item.getByText(summary(spread[statements[index]!.id]!), { exact: true }).waitFor({ timeout: 15_000 });
      await item.getByText(teams, { exact: true }).waitFor();
    }

    await section.scrollIntoViewIfNeeded();
    await screenshotFrame(page, 'personal', 'leadership-spread-320');
    await section.getByRole('switch', { name: 'Show as table' }).click();
    const table = section.getByRole('table', { name: 'Spread of team scores per statement' });
    const figures = spread[statements[0]!.id]!;
    const row = table.getByRole('row').filter({ hasText: statements[0]!.text });
    await row.waitFor();
    await table.scrollIntoViewIfNeeded();
    await screenshotFrame(page, 'personal', 'leadership-spread-table-320');
    const cells = await row.getByRole('cell').allInnerTexts();
    expect(cells).toEqual([statements[0]!.text, '2', ...[figures.min, figures.lowerQuartile, figures.median, figures.upperQuartile, figures.max].map((value) => score.format(value!))]);
  });

  it('downloads the spread as CSV', async () => {
    const section = personal().getByRole('region', { name: 'Spread of team scores', exact: true });
    const [download] = await Promise.all([page.waitForEvent('download'), section.getByRole('button', { name: 'Download CSV' }).click()]);
    expect(download.suggestedFilename()).toBe('customer-pulse-spread-by-statement.csv');
    const lines = (await readFile((await download.path())!, 'utf8')).split('\r\n');
    const figures = spread[statements[2]!.id]!;
    expect(lines[0]).toBe('statement_id,statement,teams,min,lower_quartile,median,upper_quartile,max');
    expect(lines).toContain(
      [statements[2]!.id, statements[2]!.text, 1, figures.min!, figures.lowerQuartile!, figures.median!, figures.upperQuartile!, figures.max!].map(csvField).join(','),
    );
  });

  it('fits a 320 px personal tab, and has no serious accessibility violations', async () => {
    expect(await frameScrollsSideways(page, 'personal')).toBe(false);
    expect(await axeViolations(page, 'iframe[data-frame-id="personal"]')).toEqual([]);
  });
});
