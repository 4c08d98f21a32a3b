/**
 * Who owns an action, through the simulator: the owner is a typed name everywhere, and where
 * Teams offers its people picker (teams-js `people.selectPeople`), a person chosen in it.
 *
 * teams-js 2.58 lets `people.selectPeople` run in content, task and settings frames only
 * (public/people.ts); in a meeting side panel it throws before anything reaches Teams. So in
 * the side panel the "Make action" dialog offers no picker and the facilitator types the
 * owner; in a content frame (here the channel tab; in Teams also a meeting's chat and details
 * tabs, which show the same panel) the tab's adapter opens the simulator's picker, which stands
 * where Teams shows its own: on the page, outside the app's frame. A host without the `people`
 * capability (Outlook) offers none. Real tab, real teams-js, real API and Azurite.
 *
 * The meeting tests use the same team and meeting: open checks are closed first, texts carry
 * this run's id, and the file leaves no open check and no open action of its own behind.
 */
import type { Browser, Frame, FrameLocator, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { SIMULATED_PARTICIPANTS, SIMULATED_TEAM } from '../../tab/simulator/meetingData.ts';
import { axeViolations, callOk, closeOpenChecks, openFreshMeeting, waitForFramesReady, type Person } from '../support/simulator.ts';

const run = crypto.randomUUID().slice(0, 8);
const channelsQuestion = 'Through which channels do we hear from our customers today?';
const answerText = `The partner portal's feedback form (${run})`;
const chen = SIMULATED_PARTICIPANTS.find((person) => person.key === 'chen')!;
/** The tab's adapter, as the Vite dev server serves it to the frames. */
const PICKER_MODULE = '/src/teams/peoplePicker.ts';
const pickerTitle = 'Who owns this action?';

let browser: Browser;
let page: Page;
let avaToken: string;

const panel = (person: Person): FrameLocator => page.frameLocator(`iframe[data-frame-id="${person}"]`);
const api = (method: string, path: string, body?: unknown) => callOk(avaToken, method, path, body);

/** The Playwright frame of a simulator frame, for running the tab's own adapter in it. */
async function appFrame(frameId: string): Promise<Frame> {
  const frame = await (await page.locator(`iframe[data-frame-id="${frameId}"]`).elementHandle())?.contentFrame();
  if (!frame) throw new Error(`No frame ${frameId}`);
  return frame;
}

/**
 * Runs the adapter in `frame` (the same module, and so the same initialised teams-js, the tab
 * uses). A string, not a function: the test runner rewrites `import()` in this file's code.
 */
function inFrame<T>(frame: Frame, body: string): Promise<T> {
  return frame.evaluate(`import(${JSON.stringify(PICKER_MODULE)}).then((picker) => ${body})`) as Promise<T>;
}

/** Starts `pickOnePerson` in the frame; `pickResult` waits for what it settles with. */
async function startPick(frame: Frame): Promise<void> {
  await inFrame(
    frame,
    `{ window.__pick = picker.pickOnePerson(${JSON.stringify(pickerTitle)}).then(
        (person) => ({ person: person ?? null }),
        (error) => ({ error: error.name + ': ' + error.message })); }`,
  );
}

function pickResult(frame: Frame): Promise<{ person?: { displayName: string; id: string } | null; error?: string }> {
  return frame.evaluate('window.__pick') as Promise<{ person?: { displayName: string; id: string } | null; error?: string }>;
}

/** The simulator's picker: on the simulator page, outside every app frame. */
const simulatorPicker = () => page.getByRole('dialog', { name: pickerTitle });

describe("an action's owner: typed in the side panel, chosen in Teams' people picker where teams-js offers it", () => {
  beforeAll(async () => {
    ({ browser, page, organizerToken: avaToken } = await openFreshMeeting());
  });
  afterAll(async () => {
    // Leave the team as found: the meeting test expects only its own open action in the next check.
    if (avaToken) {
      const { actions } = await api('GET', `/api/teams/${SIMULATED_TEAM.groupId}/actions?status=open`);
      for (const action of (actions as { id: string; text: string }[]).filter((item) => item.text.includes(run))) {
        await api('PATCH', `/api/teams/${SIMULATED_TEAM.groupId}/actions/${action.id}`, { status: 'done' });
      }
      await closeOpenChecks(avaToken);
    }
    await browser?.close();
  });

  it('the facilitator reveals a check with an answer', async () => {
    await panel('ava').getByRole('button', { name: 'Start customer obsession check' }).click();
    await panel('chen').getByRole('textbox', { name: channelsQuestion }).waitFor({ timeout: 15_000 });
    await panel('chen').getByRole('textbox', { name: channelsQuestion }).fill(answerText);
    await panel('chen').getByRole('button', { name: `Add answer to: ${channelsQuestion}` }).click();
    await panel('chen').getByText('Answer added').waitFor({ timeout: 10_000 });
    await panel('ava').getByRole('button', { name: 'Reveal results' }).click();
    await panel('ava').getByRole('button', { name: `Make action: ${answerText}` }).waitFor({ timeout: 15_000 });
  });

  it('in the side panel teams-js offers no people picker: the owner is typed, and the dialog is accessible', async () => {
    await panel('ava').getByRole('button', { name: `Make action: ${answerText}` }).click();
    const dialog = panel('ava').getByRole('dialog', { name: 'Make this answer an action' });
    await dialog.waitFor({ timeout: 10_000 });
    const owner = dialog.getByRole('textbox', { name: 'Owner' });
    await owner.waitFor();
    expect(await dialog.getByRole('button', { name: 'Choose a person' }).count()).toBe(0);
    expect(await axeViolations(page, 'iframe[data-frame-id="ava"]')).toEqual([]);

    // Why: the host declares `people`, but teams-js refuses the call in a side panel frame.
    const frame = await appFrame('ava');
    expect(await inFrame<boolean>(frame, 'picker.canPickPeople()')).toBe(false);
    await startPick(frame);
    expect((await pickResult(frame)).error).toMatch(/^PeoplePickerError: .*only allowed in following contexts.*"sidePanel"/);
    expect(await page.evaluate(() => window.__simulator!.funcs('ava'))).not.toContain('people.selectPeople');
    expect(await simulatorPicker().count()).toBe(0);

    await owner.fill(chen.displayName);
    await dialog.getByRole('button', { name: 'Save action' }).click();
    await panel('ava').getByText('Action', { exact: true }).first().waitFor({ timeout: 10_000 });
    const { actions } = await api('GET', `/api/teams/${SIMULATED_TEAM.groupId}/actions?status=open`);
    const mine = (actions as { text: string; owner: string }[]).filter((action) => action.text === answerText);
    expect(mine.map((action) => action.owner)).toEqual([chen.displayName]);
  });

  it("in a content frame the tab opens Teams' people picker: choosing Chen gives Chen, Cancel gives nobody", async () => {
    await page.goto(`${inject('tabOrigin')}/simulator/?surface=channel&width=900`);
    await waitForFramesReady(page, ['channel']);
    const frame = await appFrame('channel');
    expect(await inFrame<boolean>(frame, 'picker.canPickPeople()')).toBe(true);

    await startPick(frame);
    const picker = simulatorPicker();
    await picker.waitFor({ timeout: 10_000 });
    // A channel tab's picker offers the channel's members: the roster, not the colleague who left.
    const names = await picker.getByRole('list', { name: 'People' }).getByRole('button').allTextContents();
    expect(names).toEqual(SIMULATED_PARTICIPANTS.map((person) => person.displayName));
    expect(await page.evaluate(() => window.__simulator!.funcs('channel'))).toContain('people.selectPeople');
    await picker.getByRole('button', { name: chen.displayName, exact: true }).click();
    expect(await pickResult(frame)).toEqual({ person: { displayName: chen.displayName, id: chen.userId } });
    expect(await simulatorPicker().count()).toBe(0);

    await startPick(frame);
    await simulatorPicker().waitFor({ timeout: 10_000 });
    await simulatorPicker().getByRole('button', { name: 'Cancel' }).click();
    expect(await pickResult(frame)).toEqual({ person: null });
  });

  it('a host without the people capability (Outlook) offers no picker, and asking anyway fails clearly', async () => {
    await page.goto(`${inject('tabOrigin')}/simulator/?surface=personal&personalTab=leadership&host=outlook`);
    await waitForFramesReady(page, ['personal']);
    const frame = await appFrame('personal');
    expect(await inFrame<boolean>(frame, 'picker.canPickPeople()')).toBe(false);
    await startPick(frame);
    expect(await pickResult(frame)).toEqual({ error: 'PeoplePickerError: Teams does not offer its people picker here.' });
    expect(await simulatorPicker().count()).toBe(0);
  });
});
