/**
 * Custom, versioned templates through the simulator: in the team's channel tab someone writes
 * a template of three statements on a 3-point scale in English and Swedish (the editor names
 * a missing Swedish text on its own field and keeps what was typed; saving for the whole
 * organisation is refused to a non-admin, clearly); in the meeting the organizer picks it,
 * three people rate on the traffic light, the results show three bars per statement, the check
 * closes; the channel tab shows the check with the template's texts, and editing the template
 * (one statement more) saves version 2 while the check keeps version 1; the next check, of
 * version 2, is compared over the three statements both versions have, and the tab says so. Real tab, real teams-js, real API and Azurite.
 *
 * The meeting, history and registers tests use the same team and meeting and may run before or
 * after this file: open checks are closed first, names carry this run's id, and the file leaves
 * the meeting without an open check.
 */
import type { Browser, FrameLocator, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { SIMULATED_PARTICIPANTS, SIMULATED_TEAM, SIMULATED_TENANT } from '../../tab/simulator/meetingData.ts';
import { simulatedMembership } from '../support/simulatedMembership.ts';
import { tokenFor } from '../support/apiClient.ts';
import {
  axeViolations,
  callOk,
  closeOpenChecks,
  everyone,
  openBrowser,
  waitForFramesReady,
  type Person,
} from '../support/simulator.ts';


const run = crypto.randomUUID().slice(0, 8);
const templateName = `Squad check ${run}`;
const swedishName = `Gruppkoll ${run}`;
const labels = { en: ['Poor', 'Okay', 'Great'], sv: ['Dåligt', 'Okej', 'Toppen'] };
const statements = {
  en: ['Releasing is easy for us.', 'We learn something every week.', 'Our mission is clear to everyone.'],
  sv: ['Det är lätt för oss att släppa.', 'Vi lär oss något varje vecka.', 'Vårt uppdrag är tydligt för alla.'],
};
const question = { en: 'What slows us down?', sv: 'Vad bromsar oss?' };
const addedStatement = { en: 'We can say no to work that does not fit.', sv: 'Vi kan säga nej till arbete som inte passar.' };
const pillar = { en: 'Delivery', sv: 'Leverans' };
/** Per person, ratings of the three statements on 1–3. */
const ratings: Record<Person, [number, number, number]> = { ava: [3, 2, 1], ben: [3, 2, 2], chen: [3, 1, 2] };

let browser: Browser;
let page: Page;
let avaToken: string;

const panel = (person: Person): FrameLocator => page.frameLocator(`iframe[data-frame-id="${person}"]`);
const channel = (): FrameLocator => page.frameLocator('iframe[data-frame-id="channel"]');

const api = (method: string, path: string, body?: unknown) => callOk(avaToken, method, path, body);

describe('a custom template, written in the channel tab and run in a meeting', () => {
  beforeAll(async () => {
    const ava = SIMULATED_PARTICIPANTS.find((participant) => participant.key === 'ava')!;
    avaToken = await tokenFor({ userId: ava.userId, name: ava.displayName, tenantId: SIMULATED_TENANT.id, ...simulatedMembership });
    await closeOpenChecks(avaToken);
    ({ browser, page } = await openBrowser());
  });
  afterAll(async () => {
    await browser?.close();
  });

  it('the editor names a missing translation on its field, keeps the input, and refuses an organisation template clearly', async () => {
    await page.goto(`${inject('tabOrigin')}/simulator/?surface=channel&width=900`);
    await waitForFramesReady(page, ['channel']);
    const tab = channel();
    await tab.getByRole('heading', { name: 'Templates', level: 2 }).waitFor({ timeout: 30_000 });
    await tab.getByRole('button', { name: 'New template' }).click();
    await tab.getByRole('heading', { name: 'New template', level: 3 }).waitFor({ timeout: 30_000 });

    await tab.getByRole('checkbox', { name: 'Svenska' }).check();
    await tab.getByRole('textbox', { name: 'Template name (English)' }).fill(templateName);
    await tab.getByRole('textbox', { name: 'Template name (Svenska)' }).fill(swedishName);

    const points = tab.getByRole('spinbutton', { name: 'Scale points' });
    await points.fill('3');
    await points.press('Enter');
    await expect.poll(() => tab.getByRole('textbox', { name: /^Label for \d \(English\)$/ }).count()).toBe(3);
    for (const [index, label] of labels.en.entries()) {
      await tab.getByRole('textbox', { name: `Label for ${index + 1} (English)` }).fill(label);
      await tab.getByRole('textbox', { name: `Label for ${index + 1} (Svenska)` }).fill(labels.sv[index]!);
    }
    await tab.getByRole('textbox', { name: 'Pillar 1 name (English)' }).fill(pillar.en);
    await tab.getByRole('textbox', { name: 'Pillar 1 name (Svenska)' }).fill(pillar.sv);

    await tab.getByRole('button', { name: 'Add statement' }).click();
    await tab.getByRole('button', { name: 'Add statement' }).click();
    for (const [index, text] of statements.en.entries()) {
      await tab.getByRole('textbox', { name: `Statement ${index + 1} (English)` }).fill(text);
      // Statement 2 stays without its Swedish text for now.
      if (index !== 1) await tab.getByRole('textbox', { name: `Statement ${index + 1} (Svenska)` }).fill(statements.sv[index]!);
    }
    await tab.getByRole('button', { name: 'Add question' }).click();
    await tab.getByRole('textbox', { name: 'Question 1 (English)' }).fill(question.en);
    await tab.getByRole('textbox', { name: 'Question 1 (Svenska)' }).fill(question.sv);

    await tab.getByRole('button', { name: 'Save template' }).click();
    // The field itself says what is missing, and the summary names the field.
    const missing = tab.getByRole('textbox', { name: 'Statement 2 (Svenska)' });
    await tab.getByText('Statement 2 (Svenska): Write this text in Svenska.').waitFor({ timeout: 10_000 });
    await expect.poll(() => missing.getAttribute('aria-invalid')).toBe('true');
    const described = await missing.getAttribute('aria-describedby');
    const message = await tab.locator(`[id="${described?.split(' ')[0]}"]`).textContent();
    expect(message).toContain('Write this text in Svenska.');
    // Nothing typed was lost.
    expect(await tab.getByRole('textbox', { name: 'Statement 2 (English)' }).inputValue()).toBe(statements.en[1]);
    expect(await tab.getByRole('textbox', { name: 'Template name (Svenska)' }).inputValue()).toBe(swedishName);
    expect(await tab.getByRole('textbox', { name: 'Label for 3 (Svenska)' }).inputValue()).toBe(labels.sv[2]);

    expect(await axeViolations(page, 'iframe[data-frame-id="channel"]')).toEqual([]);

    await missing.fill(statements.sv[1]!);
    await expect.poll(() => tab.getByText('Statement 2 (Svenska): Write this text in Svenska.').count()).toBe(0);

    // Only tenant admins may save for the whole organisation: said plainly, input kept.
    await tab.getByRole('radio', { name: 'The whole organisation' }).check();
    await tab.getByRole('button', { name: 'Save template' }).click();
    await tab.getByText(/Only tenant admins can save templates for the whole organisation/).waitFor({ timeout: 15_000 });
    expect(await tab.getByRole('textbox', { name: 'Statement 3 (English)' }).inputValue()).toBe(statements.en[2]);
  });

  it('saves it as the team’s template, version 1', async () => {
    const tab = channel();
    await tab.getByRole('radio', { name: 'This team' }).check();
    await tab.getByRole('button', { name: 'Save template' }).click();
    await tab.getByText(`Saved “${templateName}”, version 1.`).waitFor({ timeout: 15_000 });
    const card = tab.locator('li').filter({ has: tab.getByRole('heading', { name: templateName, level: 3 }) });
    await card.getByText('Our team', { exact: true }).waitFor();
    await card.getByText('Statements: 3 · Questions: 1 · Scale: 3 points').waitFor();
  });

  it('the organizer starts a check with it from the picker, and three people rate on the traffic light', async () => {
    await page.goto(`${inject('tabOrigin')}/simulator/`);
    await waitForFramesReady(page, everyone);
    const ava = panel('ava');
    await ava.getByRole('combobox', { name: 'Template' }).click();
    await ava.getByRole('option', { name: new RegExp(templateName) }).click();
    await ava.getByRole('button', { name: `Start check: ${templateName}` }).click();

    for (const person of everyone) {
      await panel(person).getByRole('radiogroup', { name: statements.en[0] }).waitFor({ timeout: 15_000 });
      expect(await panel(person).getByRole('radiogroup').count()).toBe(3);
      const radios = panel(person).getByRole('radiogroup', { name: statements.en[0] }).getByRole('radio');
      expect(await radios.count()).toBe(3);
    }
    await panel('ben').getByText('🔴 Poor … 🟢 Great').waitFor();

    for (const person of everyone) {
      for (const [index, value] of ratings[person].entries()) {
        await panel(person)
          .getByRole('radiogroup', { name: statements.en[index] })
          .getByRole('radio', { name: `${value} – ${labels.en[value - 1]}` })
          .check();
      }
    }
    for (const person of everyone) {
      await panel(person).getByText('3 of 3 have rated').first().waitFor({ timeout: 10_000 });
    }
  });

  it('the organizer reveals and closes; the results show the 3-point spread', async () => {
    const ava = panel('ava');
    await ava.getByRole('button', { name: 'Reveal results' }).click();
    // Statement 1: all three rated 3 – Great; statement 2: one each of Poor, Okay, Okay.
    await ava.getByRole('progressbar', { name: '3 – Great: 3 of 3' }).waitFor({ timeout: 10_000 });
    await ava.getByRole('progressbar', { name: '2 – Okay: 2 of 3' }).first().waitFor();
    await ava.getByText('Score 100 / 100', { exact: true }).first().waitFor();
    expect(await ava.getByRole('progressbar').count()).toBe(9);
    await panel('ben').getByRole('progressbar', { name: '1 – Poor: 1 of 3' }).first().waitFor({ timeout: 10_000 });

    await ava.getByRole('button', { name: 'Close check' }).click();
    await ava.getByRole('button', { name: 'Close check for everyone' }).click();
    for (const person of everyone) {
      await panel(person).getByText('This check is closed').first().waitFor({ timeout: 10_000 });
    }
    expect(await ava.getByRole('progressbar').count()).toBe(9);
    expect(await axeViolations(page, 'iframe[data-frame-id="ava"]')).toEqual([]);
  });

  it('the history shows the check with the template’s texts; a new version leaves it at version 1', async () => {
    await page.goto(`${inject('tabOrigin')}/simulator/?surface=channel&width=900`);
    await waitForFramesReady(page, ['channel']);
    const tab = channel();
    await tab.getByRole('heading', { name: 'Latest check' }).waitFor({ timeout: 30_000 });
    await tab.getByRole('heading', { name: statements.en[1], level: 3 }).first().waitFor();

    await tab.getByRole('button', { name: `Edit ${templateName}` }).click();
    await tab.getByText(/This is version 1\. Saving makes version 2/).waitFor({ timeout: 15_000 });
    // The saved ids stay, so the history keeps comparing those statements.
    await tab.getByText('id: releasing-is-easy-for-us', { exact: true }).waitFor();
    await tab.getByRole('button', { name: 'Add statement' }).click();
    await tab.getByRole('textbox', { name: 'Statement 4 (English)' }).fill(addedStatement.en);
    await tab.getByRole('textbox', { name: 'Statement 4 (Svenska)' }).fill(addedStatement.sv);
    await tab.getByRole('button', { name: 'Save new version' }).click();
    await tab.getByText(`Saved “${templateName}”, version 2.`).waitFor({ timeout: 15_000 });

    const header = tab.getByRole('button', { name: new RegExp(`^${templateName}`) }).first();
    await header.click();
    await tab.getByText('Template version 1', { exact: true }).first().waitFor();
  });

  it('a check of version 2 is compared with the one before over the statements both had, and says so', async () => {
    // The list gives summaries (names by language), the team's own right after the built-ins.
    const { templates } = await api('GET', `/api/templates?teamId=${encodeURIComponent(SIMULATED_TEAM.groupId)}`);
    const template = (templates as { id: string; name: { en: string }; version: number }[]).find((item) => item.name.en === templateName)!;
    expect(template.version).toBe(2);
    const session = await api('POST', '/api/sessions', {
      templateId: template.id,
      teamId: SIMULATED_TEAM.groupId,
      teamName: SIMULATED_TEAM.displayName,
    });
    expect(session.templateVersion).toBe(2);
    expect(session.statements).toHaveLength(4);
    for (const statement of session.statements as { id: string }[]) {
      await api('PUT', `/api/sessions/${session.id}/votes/${statement.id}`, { value: 2 });
    }
    await api('POST', `/api/sessions/${session.id}/close`);

    await page.goto(`${inject('tabOrigin')}/simulator/?surface=channel&width=320`);
    await waitForFramesReady(page, ['channel']);
    const tab = channel();
    await tab.getByRole('heading', { name: 'Latest check' }).waitFor({ timeout: 30_000 });
    await tab.getByText('Template changed since the previous check: 3 statements compared.').first().waitFor();
    await tab.getByRole('heading', { name: addedStatement.en, level: 3 }).first().waitFor();
    expect(await axeViolations(page, 'iframe[data-frame-id="channel"]')).toEqual([]);

    // Version 3 drops the first statement: the checks that rated it still show its text.
    const { id, version, origin: _origin, teamId: _teamId, updatedAt: _at, updatedBy: _by, ...definition } = await api(
      'GET',
      `/api/templates/${template.id}/definition?teamId=${encodeURIComponent(SIMULATED_TEAM.groupId)}`,
    );
    await api('PUT', `/api/templates/${id}`, {
      ...definition,
      statements: definition.statements.slice(1),
      baseVersion: version,
      teamId: SIMULATED_TEAM.groupId,
    });
    await page.goto(`${inject('tabOrigin')}/simulator/?surface=channel&width=320`);
    await waitForFramesReady(page, ['channel']);
    await tab.getByRole('heading', { name: 'Latest check' }).waitFor({ timeout: 30_000 });
    await tab.getByRole('heading', { name: statements.en[0], level: 3 }).first().waitFor();
    expect(await tab.getByText(/^Statement “/).count()).toBe(0);
  });
});
