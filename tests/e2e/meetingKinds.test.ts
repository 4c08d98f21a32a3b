/**
 * Every kind of Teams meeting, as Teams plays it in the simulator: a check runs in a scheduled
 * private meeting, an instant meeting, an occurrence of a recurring series and a channel
 * meeting, and is found afterwards in the right history — the meeting chat's for a meeting
 * without a team (its chat and details tab), the team's for a channel meeting. Two occurrences
 * of a recurring series (one meetingId) get two checks; last week's check left open is offered
 * for closing, never joined as today's.
 */
import type { Browser, FrameLocator, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { SIMULATED_MEETINGS, SIMULATED_PARTICIPANTS, SIMULATED_TEAM, SIMULATED_TENANT, type MeetingKind } from '../../tab/simulator/meetingData.ts';
import { callApi, tokenFor } from '../support/apiClient.ts';
import { simulatedMembership } from '../support/simulatedMembership.ts';
import { axeViolations, closeOpenChecks, everyone, openBrowser, waitForFramesReady } from '../support/simulator.ts';

let browser: Browser;
let page: Page;
let avaToken: string;

const panel = (person: string): FrameLocator => page.frameLocator(`iframe[data-frame-id="${person}"]`);
const meetingTab = (): FrameLocator => page.frameLocator('iframe[data-frame-id="meeting-tab"]');
const firstStatement = 'We talk with our customers directly, not only through others.';

async function openMeeting(query: string) {
  await page.goto(`${inject('tabOrigin')}/simulator/?${query}`);
  await waitForFramesReady(page, everyone);
}

async function startCheck() {
  await panel('ava').getByRole('button', { name: 'Start customer obsession check' }).click();
  await panel('ava').getByRole('radiogroup', { name: firstStatement }).waitFor({ timeout: 15_000 });
}

async function closeCheck() {
  await panel('ava').getByRole('button', { name: 'Close check' }).click();
  await panel('ava').getByRole('button', { name: 'Close check for everyone' }).click();
  await panel('ava').getByText('This check is closed', { exact: false }).first().waitFor({ timeout: 15_000 });
}

/** The checks stored for a home (team or chat), newest first, as the API answers the history. */
async function checksOf(homeId: string): Promise<{ id: string; title: string; state: string }[]> {
  const reply = await callApi('GET', `/api/teams/${encodeURIComponent(homeId)}/scores`, { token: avaToken });
  return reply.status === 200 ? reply.body.sessions : [];
}

async function openChecks(kind: MeetingKind, occurrenceStart?: string) {
  const query = new URLSearchParams({ meetingId: SIMULATED_MEETINGS[kind].id, state: 'open', ...(occurrenceStart ? { occurrenceStart } : {}) });
  return (await callApi('GET', `/api/sessions?${query}`, { token: avaToken })).body as { sessions: { id: string }[]; leftOpen: { id: string }[] };
}

describe('a check in every kind of Teams meeting', () => {
  beforeAll(async () => {
    const ava = SIMULATED_PARTICIPANTS[0]!;
    avaToken = await tokenFor({ userId: ava.userId, name: ava.displayName, tenantId: SIMULATED_TENANT.id, ...simulatedMembership });
    for (const kind of Object.keys(SIMULATED_MEETINGS) as MeetingKind[]) await closeOpenChecks(avaToken, SIMULATED_MEETINGS[kind].id);
    ({ browser, page } = await openBrowser());
  });
  afterAll(async () => {
    await browser?.close();
  });

  for (const kind of ['scheduled', 'instant', 'channel'] as const) {
    it(`runs in the ${kind} meeting and is found afterwards in its home’s history, also in the meeting’s chat tab`, async () => {
      const meeting = SIMULATED_MEETINGS[kind];
      const home = kind === 'channel' ? SIMULATED_TEAM.groupId : meeting.chatId;
      await openMeeting(`meeting=${kind}`);
      await startCheck();
      const [started] = (await openChecks(kind)).sessions;
      expect(started).toBeDefined();
      await closeCheck();
      expect((await checksOf(home)).map((check) => check.id)).toContain(started!.id);
      if (kind !== 'channel') {
        // Filed under the chat, not under the simulated team.
        expect((await checksOf(SIMULATED_TEAM.groupId)).map((check) => check.id)).not.toContain(started!.id);
      }

      await page.goto(`${inject('tabOrigin')}/simulator/?surface=meeting-tab&meeting=${kind}`);
      await waitForFramesReady(page, ['meeting-tab']);
      const heading = kind === 'channel' ? SIMULATED_TEAM.displayName : meeting.title;
      await meetingTab().getByText(heading, { exact: true }).first().waitFor({ timeout: 30_000 });
      await meetingTab().getByRole('heading', { name: 'Latest check' }).waitFor({ timeout: 30_000 });
      if (kind === 'scheduled') expect(await axeViolations(page, 'iframe[data-frame-id="meeting-tab"]')).toEqual([]);
    });
  }

  it('gives two occurrences of a recurring meeting two checks, and offers last week’s open one for closing', async () => {
    const series = SIMULATED_MEETINGS.recurring;
    const [first, second] = series.occurrences;
    await openMeeting('meeting=recurring&occurrence=1');
    await startCheck();
    const lastWeek = (await openChecks('recurring', first!.scheduledStartTime)).sessions[0]!;

    // A week later, the same meetingId: Ben's panel does not join last week's check.
    await openMeeting('meeting=recurring&occurrence=2');
    await panel('ben').getByRole('button', { name: 'Start customer obsession check' }).waitFor({ timeout: 15_000 });
    await panel('ben').getByText(/is still open; it is not today’s check/).waitFor();
    expect(await panel('ben').getByRole('button', { name: 'Close that check' }).count()).toBe(0);
    await panel('ben').getByText('Ava Organizer facilitates it and can close it from their panel.', { exact: false }).waitFor();

    await startCheck();
    const thisWeek = (await openChecks('recurring', second!.scheduledStartTime)).sessions[0]!;
    expect(thisWeek.id).not.toBe(lastWeek.id);
    expect((await openChecks('recurring', second!.scheduledStartTime)).leftOpen.map((check) => check.id)).toEqual([lastWeek.id]);

    // Its facilitator closes last week's check from this week's panel.
    await panel('ava').getByRole('button', { name: 'Close that check' }).click();
    await expect.poll(async () => (await openChecks('recurring', second!.scheduledStartTime)).leftOpen.length, { timeout: 15_000 }).toBe(0);
    await expect.poll(() => panel('ava').getByRole('button', { name: 'Close that check' }).count()).toBe(0);
    await closeCheck();

    // One history for the series, in its chat: both checks, one per occurrence.
    const ids = (await checksOf(series.chatId)).map((check) => check.id);
    expect(ids).toEqual(expect.arrayContaining([lastWeek.id, thisWeek.id]));
  });

  it('offers to stop sharing while the check is on the stage, also after a reload, and Stop takes it off', async () => {
    await closeOpenChecks(avaToken, SIMULATED_MEETINGS.channel.id);
    await openMeeting('meeting=channel');
    await startCheck();
    await panel('ava').getByRole('button', { name: 'Share to stage' }).click();
    await page.frameLocator('iframe[data-frame-id="stage"]').getByRole('heading').first().waitFor({ timeout: 15_000 });
    await panel('ava').getByRole('button', { name: 'Stop sharing' }).waitFor();
    // A panel opened while the check is on the stage reads Teams' sharing state.
    await page.evaluate(() => document.querySelector<HTMLIFrameElement>('iframe[data-frame-id="ava"]')!.contentWindow!.location.reload());
    await panel('ava').getByRole('button', { name: 'Stop sharing' }).waitFor({ timeout: 30_000 });
    await panel('ava').getByRole('button', { name: 'Stop sharing' }).click();
    await panel('ava').getByText('The results are no longer on the meeting stage.').waitFor();
    await expect.poll(() => page.locator('iframe[data-frame-id="stage"]').count(), { timeout: 10_000 }).toBe(0);
    await panel('ava').getByRole('button', { name: 'Share to stage' }).waitFor();
    await closeCheck();
  });

  it('on a phone, says the stage is for computers instead of offering a share that cannot work', async () => {
    await closeOpenChecks(avaToken, SIMULATED_MEETINGS.scheduled.id);
    await page.goto(`${inject('tabOrigin')}/simulator/?meeting=scheduled&client=android`);
    await waitForFramesReady(page, ['ava']);
    await startCheck();
    await panel('ava').getByText('Teams on phones and tablets can’t show the results on the meeting stage.', { exact: false }).waitFor();
    expect(await panel('ava').getByRole('button', { name: 'Share to stage' }).count()).toBe(0);
    await closeCheck();
  });

  for (const channel of ['private', 'shared'] as const) {
    it(`sets the history tab up in a ${channel} channel for the team that owns it`, async () => {
      await page.goto(`${inject('tabOrigin')}/simulator/?surface=channel-setup&channel=${channel}`);
      const settingsValid = () =>
        (window as unknown as { __simulator?: { tabSettings: { valid: boolean | null } | null } }).__simulator?.tabSettings?.valid === true;
      await page.waitForFunction(settingsValid, null, { timeout: 60_000 });
      const setup = page.frameLocator('iframe[data-frame-id="channel"]');
      // A private channel's context names the channel itself as the team: no name is better than that one.
      const shown = channel === 'private' ? 'the team this channel belongs to' : SIMULATED_TEAM.displayName;
      await setup.getByText(`Team shown in this tab: ${shown}`).waitFor();
      await page.getByRole('button', { name: 'Save' }).click();
      await setup.getByRole('heading', { name: 'Customer Pulse history', level: 1 }).waitFor({ timeout: 30_000 });
      const saved = await page.evaluate(
        () => (window as unknown as { __simulator: { tabSettings: { config: Record<string, string> } } }).__simulator.tabSettings.config,
      );
      expect(new URL(saved.contentUrl!).searchParams.get('teamId')).toBe(SIMULATED_TEAM.groupId);
    });
  }
});

