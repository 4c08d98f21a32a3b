/**
 * The personal app's "Your teams" (issue #16), in Chromium through the simulator's personal
 * surface: the manifest's two personal static tabs in the app header, "Your teams" open first
 * as in Teams; a member sees the simulated team and the meeting chat they are in, each by name,
 * opens one's history and comes back; the colleague who left the team sees neither. The checks
 * are made through the API (the e2e stack starts with an empty Azurite), with the tokens the
 * simulator's own frames get: the same people, teams and chats (simulatedMembership).
 */
import type { Browser, FrameLocator, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { SIMULATED_MEETING, SIMULATED_PARTICIPANTS, SIMULATED_TEAM, SIMULATED_TENANT } from '../../tab/simulator/meetingData.ts';
import { tokenFor } from '../support/apiClient.ts';
import { simulatedMembership } from '../support/simulatedMembership.ts';
import { axeViolations, callOk, openBrowser, setTheme, waitForFramesReady } from '../support/simulator.ts';

const run = crypto.randomUUID().slice(0, 8);
const teamTitle = `Your teams e2e ${run} · team`;
const chatTitle = `Your teams e2e ${run} · meeting chat`;
/** What the local Graph calls them: the simulated world's names (api/local/simulatedMeeting.ts). */
const teamName = SIMULATED_TEAM.displayName;
const chatName = SIMULATED_MEETING.title;
const listName = 'Your teams and meeting chats with checks';

let browser: Browser;
let page: Page;

const personal = (): FrameLocator => page.frameLocator('iframe[data-frame-id="personal"]');
const header = () => page.getByRole('navigation', { name: 'Personal app tabs' });
const openEntityId = () =>
  page.evaluate(() => (window as unknown as { __simulator: { frames: Record<string, { settings: { config: { entityId?: string } } }> } }).__simulator.frames.personal!.settings.config.entityId);

/** A closed check of `teamId` (a team's group id or, for a meeting without a team, its chat's id), rated by everyone. */
async function closedCheck(tokens: string[], teamId: string, title: string, name?: string) {
  const session = await callOk(tokens[0]!, 'POST', '/api/sessions', { templateId: 'customer-obsession', teamId, title, ...(name ? { teamName: name } : {}) });
  for (const token of tokens) {
    await callOk(token, 'POST', `/api/sessions/${session.id}/join`);
    for (const statement of session.statements as { id: string }[]) {
      await callOk(token, 'PUT', `/api/sessions/${session.id}/votes/${statement.id}`, { value: 4 });
    }
  }
  await callOk(tokens[0]!, 'POST', `/api/sessions/${session.id}/reveal`);
  await callOk(tokens[0]!, 'POST', `/api/sessions/${session.id}/close`);
}

async function openPersonalApp(query: string) {
  await page.goto(`${inject('tabOrigin')}/simulator/?surface=personal${query}`);
  await waitForFramesReady(page, ['personal']);
}

describe('the personal app’s “Your teams”', () => {
  beforeAll(async () => {
    const tokens = await Promise.all(
      SIMULATED_PARTICIPANTS.slice(0, 3).map((person) =>
        tokenFor({ userId: person.userId, name: person.displayName, tenantId: SIMULATED_TENANT.id, ...simulatedMembership }),
      ),
    );
    await closedCheck(tokens, SIMULATED_TEAM.groupId, teamTitle, teamName);
    await closedCheck(tokens, SIMULATED_MEETING.chatId, chatTitle);
    ({ browser, page } = await openBrowser());
  });
  afterAll(async () => {
    await browser?.close();
  });

  it('opens on “Your teams”, the first of the two tabs in the app header, as Teams does', async () => {
    await openPersonalApp('&user=ben&width=900');
    const tabs = header().getByRole('link');
    expect(await tabs.allTextContents()).toEqual(['Your teams', 'Leadership view']);
    expect(await header().getByRole('link', { name: 'Your teams' }).getAttribute('aria-current')).toBe('page');
    expect(await openEntityId()).toBe('yourTeams');
    await personal().getByRole('heading', { name: 'Your teams and meetings', level: 1 }).waitFor({ timeout: 30_000 });
  });

  it('lists the member’s team and meeting chat by name, opens a history and goes back', async () => {
    const list = personal().getByRole('list', { name: listName });
    await list.waitFor({ timeout: 30_000 });
    const team = list.getByRole('button').filter({ hasText: teamName });
    const chat = list.getByRole('button').filter({ hasText: chatName });
    // Each says what it is and when its latest check was.
    await team.getByText(/^Team · latest check /).waitFor();
    await chat.getByText(/^Meeting chat · latest check /).waitFor();

    await chat.click();
    await personal().getByText(chatTitle).first().waitFor({ timeout: 30_000 });
    expect(await personal().getByText(teamTitle).count()).toBe(0);
    await personal().getByRole('button', { name: 'Back to your teams' }).click();

    await list.getByRole('button').filter({ hasText: teamName }).click();
    await personal().getByText(teamTitle).first().waitFor({ timeout: 30_000 });
    expect(await personal().getByText(chatTitle).count()).toBe(0);
    await personal().getByRole('button', { name: 'Back to your teams' }).click();
    await list.getByRole('button').filter({ hasText: chatName }).waitFor({ timeout: 15_000 });
  });

  it('has no serious or critical accessibility violations, in the default and the high-contrast theme', async () => {
    for (const theme of ['default', 'contrast'] as const) {
      await setTheme(page, theme);
      // The frame re-renders with the new Fluent theme on teams-js' themeChange event.
      await page.waitForTimeout(300);
      expect(await axeViolations(page, 'iframe[data-frame-id="personal"]'), theme).toEqual([]);
    }
    await setTheme(page, 'default');
  });

  it('switches to the leadership view from the app header, which the address then keeps', async () => {
    await header().getByRole('link', { name: 'Leadership view' }).click();
    await personal().getByRole('heading', { name: 'Customer Pulse across teams', level: 1 }).waitFor({ timeout: 30_000 });
    expect(await openEntityId()).toBe('leadership');
    expect(new URL(page.url()).searchParams.get('personalTab')).toBe('leadership');
    expect(await header().getByRole('link', { name: 'Leadership view' }).getAttribute('aria-current')).toBe('page');

    await header().getByRole('link', { name: 'Your teams' }).click();
    await personal().getByRole('list', { name: listName }).waitFor({ timeout: 30_000 });
    expect(await openEntityId()).toBe('yourTeams');
  });

  it('shows the colleague who left the team neither the team nor the meeting chat', async () => {
    await openPersonalApp('&user=oscar');
    await personal().getByText('None of your teams or meeting chats has a check yet.', { exact: false }).waitFor({ timeout: 30_000 });
    expect(await personal().getByText(teamName).count()).toBe(0);
    expect(await personal().getByText(chatName).count()).toBe(0);
  });
});
