/**
 * Team data only for the team, in Chromium through the simulator: someone of the same tenant
 * who left the team opens its channel tab and sees none of its checks, answers or actions,
 * while a member sees them.
 */
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { SIMULATED_PARTICIPANTS, SIMULATED_TEAM, SIMULATED_TENANT } from '../../tab/simulator/meetingData.ts';
import { callApi, tokenFor } from '../support/apiClient.ts';
import { simulatedMembership } from '../support/simulatedMembership.ts';
import { openBrowser, waitForFramesReady } from '../support/simulator.ts';

let browser: Browser;
let page: Page;
const run = crypto.randomUUID().slice(0, 8);
const title = `Former member e2e ${run}`;
const answerText = `Our customers call us on Mondays (${run})`;

async function openChannelTabAs(user: string) {
  await page.goto(`${inject('tabOrigin')}/simulator/?surface=channel&user=${user}`);
  await waitForFramesReady(page, ['channel']);
  return page.frameLocator('iframe[data-frame-id="channel"]');
}

describe("a team's channel tab, opened by someone who left the team", () => {
  beforeAll(async () => {
    // Three members run and close a check with an answer and an action.
    const tokens = await Promise.all(
      SIMULATED_PARTICIPANTS.slice(0, 3).map((person) =>
        tokenFor({ userId: person.userId, name: person.displayName, tenantId: SIMULATED_TENANT.id, ...simulatedMembership }),
      ),
    );
    const [ava] = tokens as [string, ...string[]];
    const { body: session } = await callApi('POST', '/api/sessions', {
      token: ava,
      body: { templateId: 'customer-obsession', teamId: SIMULATED_TEAM.groupId, teamName: SIMULATED_TEAM.displayName, title },
    });
    for (const token of tokens) await callApi('PUT', `/api/sessions/${session.id}/votes/direct-dialogue`, { token, body: { value: 4 } });
    const { body: answer } = await callApi('POST', `/api/sessions/${session.id}/answers`, { token: tokens[1], body: { questionId: 'trust-risks', text: answerText } });
    await callApi('POST', `/api/sessions/${session.id}/reveal`, { token: ava });
    await callApi('POST', `/api/sessions/${session.id}/actions`, { token: ava, body: { answerId: answer.id, owner: 'Ben', dueDate: '2027-01-15' } });
    expect((await callApi('POST', `/api/sessions/${session.id}/close`, { token: ava })).status).toBe(200);
    ({ browser, page } = await openBrowser());
  });
  afterAll(async () => {
    await browser?.close();
  });

  it('shows a member the check, its action and answer', async () => {
    const tab = await openChannelTabAs('ben');
    await tab.getByText(title).first().waitFor({ timeout: 15_000 });
    await tab.getByText(answerText).first().waitFor({ timeout: 15_000 });
  });

  it('shows the former member nothing of the team: no check, no answer, no action', async () => {
    const tab = await openChannelTabAs('oscar');
    await tab.getByText('This team has no closed checks yet.', { exact: false }).waitFor({ timeout: 15_000 });
    expect(await tab.getByText(title).count()).toBe(0);
    expect(await tab.getByText(answerText).count()).toBe(0);
  });
});
