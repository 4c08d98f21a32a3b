import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { customerObsession } from '../../../api/src/domain/templates.ts';
import { activeFormattingLocale, activeLanguage, chooseLanguage, i18n, startLanguage } from './i18n.ts';
import { chooseStartLanguage, formattingLocaleFor, languageOfLocale } from './languages.ts';
import { checkTitle, localizeSession } from './templateTexts.ts';
import { MemoryStorage } from '../../../tests/support/memoryStorage.ts';

const storage = new MemoryStorage();
beforeAll(() => {
  (globalThis as { localStorage?: unknown }).localStorage = storage;
});
afterAll(async () => {
  delete (globalThis as { localStorage?: unknown }).localStorage;
  await startLanguage({ locale: 'en-US' });
});

const session = {
  templateId: customerObsession.id,
  title: `${customerObsession.name}, 2026-01-15`,
  pillars: customerObsession.pillars,
  statements: customerObsession.statements,
  questions: customerObsession.questions,
};

describe('the language from the Teams locale', () => {
  it('takes the language of a locale we speak, in any spelling, else none', () => {
    expect(languageOfLocale('sv-SE')).toBe('sv');
    expect(languageOfLocale('sv-se')).toBe('sv');
    expect(languageOfLocale('de_AT')).toBe('de');
    expect(languageOfLocale('tr')).toBe('tr');
    expect(languageOfLocale('fr-FR')).toBeUndefined();
    expect(languageOfLocale('not a locale')).toBeUndefined();
    expect(languageOfLocale(undefined)).toBeUndefined();
  });

  it("prefers the person's own choice, then Teams, then English", () => {
    expect(chooseStartLanguage('da', 'sv-SE')).toBe('da');
    expect(chooseStartLanguage(null, 'sv-SE')).toBe('sv');
    expect(chooseStartLanguage('xx', 'ja-JP')).toBe('en');
  });

  it('formats in the Teams locale when it is of the language shown', () => {
    expect(formattingLocaleFor('en', 'en-GB')).toBe('en-GB');
    expect(formattingLocaleFor('de', 'de-ch')).toBe('de-CH');
    expect(formattingLocaleFor('sv', 'en-US')).toBe('sv-SE');
    expect(formattingLocaleFor('en', undefined)).toBe('en-US');
  });
});

describe('texts in each language', () => {
  it('count in English as before', async () => {
    await startLanguage({ locale: 'en-US' });
    expect(i18n.t('results.participation', { count: 1, participants: 3 })).toBe('1 of 3 has rated');
    expect(i18n.t('results.participation', { count: 2, participants: 3 })).toBe('2 of 3 have rated');
    expect(i18n.t('results.participation', { count: 0, participants: 3 })).toBe('0 of 3 have rated');
    expect(i18n.t('results.statementVoters', { count: 1 })).toBe('1 rating');
    expect(i18n.t('results.statementVoters', { count: 4 })).toBe('4 ratings');
    expect(i18n.t('results.answerCount', { count: 1 })).toBe('1 answer so far');
    expect(i18n.t('results.statementScore', { score: 200 / 3 })).toBe('Score 66.7 / 100');
    expect(i18n.t('scores.interval', { low: 59.42, high: 98.91 })).toBe('95\u00a0% interval 59.4–98.9');
    expect(i18n.t('questions.counter', { length: 1234, count: 2000 })).toBe('1,234 / 2,000 characters');
  });

  it('formats due dates as calendar days, whatever the time zone', async () => {
    await startLanguage({ locale: 'en-US' });
    expect(i18n.t('openActions.due', { date: '2025-03-01' })).toBe('Due Mar 1, 2025');
    await startLanguage({ locale: 'de-DE' });
    expect(i18n.t('openActions.due', { date: '2025-03-01' })).toBe('Fällig am 01.03.2025');
  });

  it('loads Swedish, Turkish, Danish and German on demand, with their plurals and number formats', async () => {
    await startLanguage({ locale: 'sv-SE' });
    expect(activeLanguage()).toBe('sv');
    expect(i18n.t('start.startButton')).toBe('Starta kontrollen av kundfokus');
    expect(i18n.t('results.statementScore', { score: 200 / 3 })).toBe('Poäng 66,7 / 100');
    expect(i18n.t('results.peopleRated', { count: 1 })).toBe('1 person har betygsatt');
    expect(i18n.t('results.peopleRated', { count: 3 })).toBe('3 personer har betygsatt');

    await startLanguage({ locale: 'tr-TR' });
    expect(i18n.t('results.participation', { count: 2, participants: 3 })).toBe('3 kişiden 2 kişi puan verdi');
    expect(i18n.t('scores.interval', { low: 59.42, high: 98.91 })).toBe('%95 aralığı 59,4–98,9');

    await startLanguage({ locale: 'da-DK' });
    expect(i18n.t('results.statementVoters', { count: 1 })).toBe('1 vurdering');
    expect(i18n.t('results.statementVoters', { count: 2 })).toBe('2 vurderinger');

    await startLanguage({ locale: 'de-AT' });
    expect(activeFormattingLocale()).toBe('de-AT');
    expect(i18n.t('results.participation', { count: 1, participants: 3 })).toBe('1 von 3 hat bewertet');
    expect(i18n.t('trend.word.within-noise')).toBe('Im Rauschen');
  });

  it('falls back to English for a locale the tab does not speak', async () => {
    await startLanguage({ locale: 'ja-JP' });
    expect(activeLanguage()).toBe('en');
    expect(i18n.t('start.startButton')).toBe('Start customer obsession check');
  });
});

describe('the built-in template in each language', () => {
  it('keeps ids and translates texts, falling back to the API text for unknown ids', async () => {
    await startLanguage({ locale: 'da-DK' });
    const unknown = { id: 'new-statement', pillarId: 'customer-trust', text: 'A statement the tab does not know.' };
    const danish = localizeSession(i18n.t, { ...session, statements: [...session.statements, unknown] });
    expect(danish.statements.map((statement) => statement.id)).toEqual([...session.statements.map((s) => s.id), unknown.id]);
    expect(danish.statements[0]!.text).toBe('Vi taler direkte med vores kunder, ikke kun gennem andre.');
    expect(danish.statements[3]!.text).toBe(unknown.text);
    expect(danish.pillars.map((pillar) => pillar.name)).toContain('Kundens tillid');
    expect(danish.title).toBe('Sundhedstjek af kundefokus, 2026-01-15');
    expect(localizeSession(i18n.t, { ...session, templateId: 'other-template' }).statements[0]!.text).toBe(
      customerObsession.statements[0]!.text,
    );
  });

  it("leaves a title someone chose as it is, and the API's own English as it was", async () => {
    await startLanguage({ locale: 'sv-SE' });
    expect(checkTitle(i18n.t, customerObsession.id, 'Retro week 12')).toBe('Retro week 12');
    expect(checkTitle(i18n.t, customerObsession.id, customerObsession.name)).toBe('Hälsokontroll av kundfokus');
    await startLanguage({ locale: 'en-US' });
    expect(localizeSession(i18n.t, session)).toEqual(session);
  });
});

describe("a person's own language", () => {
  it('wins over the Teams locale, is kept per user, and is forgotten when it is Teams’ own', async () => {
    await startLanguage({ locale: 'en-US', userId: 'user-a' });
    await chooseLanguage('tr');
    expect(activeLanguage()).toBe('tr');
    expect(storage.getItem('customer-pulse.language.user-a')).toBe('tr');

    await startLanguage({ locale: 'en-US', userId: 'user-a' });
    expect(activeLanguage()).toBe('tr');
    await startLanguage({ locale: 'en-US', userId: 'user-b' });
    expect(activeLanguage()).toBe('en');

    await startLanguage({ locale: 'en-US', userId: 'user-a' });
    await chooseLanguage('en');
    expect(storage.getItem('customer-pulse.language.user-a')).toBeNull();
  });
});
