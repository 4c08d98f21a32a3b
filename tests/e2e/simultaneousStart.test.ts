/**
 * Who starts: two people press Start at the same moment in their side panels, and the meeting
 * gets one check that both panels show (the API gives one of them a 409 pointing to the
 * other's); and whoever starts facilitates, organizer or not, up to sharing it to the stage.
 */
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { SIMULATED_MEETING, SIMULATED_PARTICIPANTS, SIMULATED_TENANT } from '../../tab/simulator/meetingData.ts';
import { callApi, tokenFor } from '../support/apiClient.ts';
import { simulatedMembership } from '../support/simulatedMembership.ts';
import { openBrowser, waitForFramesReady } from '../support/simulator.ts';

let browser: Browser;
let page: Page;
let tokens: string[];
const startButton = 'Start customer obsession check';
const firstStatement = 'We talk with our customers directly, not only through others.';

async function openChecks(): Promise<{ id: string }[]> {
  const listed = await callApi('GET', `/api/sessions?meetingId=${encodeURIComponent(SIMULATED_MEETING.id)}&state=open`, { token: tokens[0] });
  return listed.body.sessions;
}

/** Closes the meeting's open checks, as whichever of their facilitators may. */
async function closeOpenChecks() {
  for (const { id } of await openChecks()) {
    for (const token of tokens) if ((await callApi('POST', `/api/sessions/${id}/close`, { token })).status === 200) break;
  }
}

/** Each case starts in a meeting with no open check, every panel offering Start. */
async function freshMeeting() {
  await closeOpenChecks();
  await page.goto(`${inject('tabOrigin')}/simulator/`);
  await waitForFramesReady(page, ['ava', 'ben', 'chen']);
}

beforeAll(async () => {
  tokens = await Promise.all(
    SIMULATED_PARTICIPANTS.slice(0, 3).map((person) =>
      tokenFor({ userId: person.userId, name: person.displayName, tenantId: SIMULATED_TENANT.id, ...simulatedMembership }),
    ),
  );
  ({ browser, page } = await openBrowser());
});
afterAll(async () => {
  await browser?.close();
  await closeOpenChecks();
});

describe('two people starting a check at once', () => {
  beforeAll(freshMeeting);

  it('get one check, shown in both panels', async () => {
    const ava = page.frameLocator('iframe[data-frame-id="ava"]');
    const ben = page.frameLocator('iframe[data-frame-id="ben"]');
    await ava.getByRole('button', { name: startButton }).waitFor();
    await ben.getByRole('button', { name: startButton }).waitFor();
    await Promise.all([ava.getByRole('button', { name: startButton }).click(), ben.getByRole('button', { name: startButton }).click()]);
    for (const panel of [ava, ben]) await panel.getByRole('radiogroup', { name: firstStatement }).waitFor({ timeout: 15_000 });
    expect(await openChecks()).toHaveLength(1);
    expect(await ava.getByText(/could not be started/i).count()).toBe(0);
    expect(await ben.getByText(/could not be started/i).count()).toBe(0);
  });
});

describe('a facilitator who is not the organizer', () => {
  beforeAll(freshMeeting);

  it('shares the check to the stage, as Teams lets any presenter', async () => {
    const ben = page.frameLocator('iframe[data-frame-id="ben"]');
    await ben.getByRole('button', { name: startButton }).click();
    await ben.getByRole('radiogroup', { name: firstStatement }).waitFor({ timeout: 15_000 });
    await ben.getByRole('button', { name: 'Share to stage' }).click();
    const stage = page.frameLocator('iframe[data-frame-id="stage"]');
    await stage.getByRole('region', { name: 'Results on stage' }).waitFor({ timeout: 30_000 });
    await page.getByText('Shared by Ben Participant').waitFor();
  });
});
