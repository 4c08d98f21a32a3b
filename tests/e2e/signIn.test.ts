/**
 * Every way Teams SSO can fail shows a way forward, in Chromium through the simulator's
 * `?sso=` modes: consent through the consent window (Accept loads the panel, Cancel shows the
 * admin hint), a cancelled sign-in window (Sign in), Teams never answering (Try again, with the
 * sign-in bound shortened through authToken.ts' seam), an anonymous participant and one from
 * another organisation (their messages).
 */
import type { Browser, Frame, FrameLocator, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { SIMULATED_PARTICIPANTS, SIMULATED_TENANT } from '../../tab/simulator/meetingData.ts';
import { tokenFor } from '../support/apiClient.ts';
import { simulatedMembership } from '../support/simulatedMembership.ts';
import { closeOpenChecks, everyone, openBrowser, screenshotFrame, waitForFramesReady, type Person } from '../support/simulator.ts';

const START = 'Start customer obsession check';
let browser: Browser;
let page: Page;

async function openMeeting(sso: string, ready = true) {
  await page.goto(`${inject('tabOrigin')}/simulator/?sso=${sso}`);
  // A problem screen is one the user acts on: the tab reports it as its first screen.
  if (ready) await waitForFramesReady(page, everyone);
}

const panel = (person: Person): FrameLocator => page.frameLocator(`iframe[data-frame-id="${person}"]`);

async function panelFrame(person: Person): Promise<Frame> {
  const frame = await (await page.locator(`iframe[data-frame-id="${person}"]`).elementHandle())?.contentFrame();
  if (!frame) throw new Error(`No frame for ${person}`);
  return frame;
}

/** Selects Continue in the panel and returns the consent window Teams (the simulator) opens for it. */
async function openConsentWindow(person: Person): Promise<Page> {
  const opened = page.context().waitForEvent('page');
  await panel(person).getByRole('button', { name: 'Continue' }).click();
  const consentWindow = await opened;
  await consentWindow.getByRole('heading', { name: 'Permissions requested' }).waitFor({ timeout: 15_000 });
  return consentWindow;
}

describe('signing in through Teams', () => {
  beforeAll(async () => {
    const organizer = SIMULATED_PARTICIPANTS[0]!;
    await closeOpenChecks(
      await tokenFor({ userId: organizer.userId, name: organizer.displayName, tenantId: SIMULATED_TENANT.id, ...simulatedMembership }),
    );
    ({ browser, page } = await openBrowser());
  });
  afterAll(async () => {
    await browser?.close();
  });

  it('asks for consent, and after Accept in the consent window the panel loads', async () => {
    await openMeeting('consent');
    await panel('ava').getByText('Customer Pulse needs your permission').waitFor();
    await screenshotFrame(page, 'ava', 'sign-in-consent');
    const consentWindow = await openConsentWindow('ava');
    const closed = consentWindow.waitForEvent('close');
    await consentWindow.getByRole('link', { name: 'Accept' }).click();
    // Our page tells Teams and teams-js closes the window; the tab signs in again.
    await closed;
    await panel('ava').getByRole('button', { name: START }).waitFor({ timeout: 20_000 });
    // Consent is the user's own: the others are still asked.
    await panel('ben').getByRole('button', { name: 'Continue' }).waitFor();
    const log = await page.evaluate(() => (window as unknown as { __simulator: { log: { func: string }[] } }).__simulator.log.map((entry) => entry.func));
    expect(log).toContain('authentication.authenticate');
    expect(log).toContain('authWindow:authentication.authenticate.success');
  });

  it('shows the admin-consent hint when the user cancels in the consent window', async () => {
    const consentWindow = await openConsentWindow('ben');
    const closed = consentWindow.waitForEvent('close');
    await consentWindow.getByRole('link', { name: 'Cancel' }).click();
    await closed;
    const ben = panel('ben');
    await ben.getByText('Customer Pulse still needs your permission').waitFor({ timeout: 15_000 });
    await ben.getByText('Can’t allow it yourself?').waitFor();
    await ben.getByText(`/dev/issuer/${SIMULATED_TENANT.id}/adminconsent?client_id=customer-pulse-local`).waitFor();
    // And the way on is still there.
    await ben.getByRole('button', { name: 'Continue' }).waitFor();
    await screenshotFrame(page, 'ben', 'sign-in-consent-declined');
  });

  it('offers Sign in after the user closed Teams’ sign-in window, and signing in loads the panel', async () => {
    await openMeeting('cancelled');
    await panel('chen').getByText('You’re not signed in').waitFor();
    await panel('chen').getByRole('button', { name: 'Sign in' }).click();
    await panel('chen').getByRole('button', { name: START }).waitFor({ timeout: 20_000 });
  });

  it('stops waiting when Teams never answers and offers Try again', async () => {
    await openMeeting('timeout', false);
    await panel('ava').getByText('Signing you in…').waitFor({ timeout: 30_000 });
    // The documented seam: the bound is shortened for the request already waiting.
    const frame = await panelFrame('ava');
    // A string: the test runner would rewrite an import() written as code. The dev server serves
    // the module at the URL the tab imported it from, so this is the tab's own instance.
    await frame.evaluate("import('/src/teams/authToken.ts').then((authToken) => authToken.setSignInTimeoutMs(300))");
    await panel('ava').getByText('Teams didn’t answer').waitFor({ timeout: 5_000 });
    await panel('ava').getByRole('button', { name: 'Try again' }).waitFor();
  });

  it('tells an anonymous participant they cannot rate and what they can do', async () => {
    await openMeeting('anonymous');
    await panel('ben').getByText('Sign in to take part').waitFor();
    await panel('ben').getByText('anonymous participants can’t rate', { exact: false }).waitFor();
    expect(await panel('ben').getByRole('button').count()).toBe(0);
  });

  it('tells someone from another organisation that theirs is not set up or they are not a member', async () => {
    await openMeeting('external');
    await panel('chen').getByText('Customer Pulse isn’t set up for your organisation').waitFor();
    await panel('chen').getByText('you aren’t a member of this team or meeting chat', { exact: false }).waitFor();
    await screenshotFrame(page, 'chen', 'sign-in-other-organisation');
    expect(await panel('chen').getByRole('button', { name: START }).count()).toBe(0);
  });
});
