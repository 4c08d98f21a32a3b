import { afterAll, describe, expect, it } from 'vitest';
import type { Session } from '../api/client.ts';
import { i18n } from './i18n.ts';
import { localizeScale, localizeSession, templateName } from './templateTexts.ts';

const custom = {
  templateId: 'squad-abc',
  title: 'Squad check, 2026-02-01',
  scale: { points: 3, labels: ['Poor', 'OK', 'Great'] },
  languages: ['en', 'sv'],
  pillars: [{ id: 'delivery', name: 'Delivery', description: '' }],
  statements: [
    { id: 'fun', pillarId: 'delivery', text: 'Fun' },
    { id: 'speed', pillarId: 'delivery', text: 'Speed' },
  ],
  questions: [{ id: 'q', pillarId: 'delivery', text: 'What next?' }],
  translations: {
    sv: {
      name: 'Gruppkoll',
      description: '',
      pillars: { delivery: { name: 'Leverans', description: '' } },
      statements: { fun: 'Kul' },
      questions: { q: 'Vad nu?' },
      scaleLabels: ['Dåligt', 'OK', 'Toppen'],
    },
  },
} satisfies Partial<Session> & Pick<Session, 'templateId' | 'title' | 'pillars' | 'statements' | 'questions'>;

afterAll(async () => {
  i18n.setLanguage('en');
});

describe('custom template texts', () => {
  it('use the translation of the language shown, else the plain texts', async () => {
    i18n.addLanguage('sv', (await import('./locales/sv.json')).default);
    i18n.setLanguage('sv');
    const swedish = localizeSession(i18n.t, custom, 'sv');
    expect(swedish.statements.map((statement) => statement.text)).toEqual(['Kul', 'Speed']);
    expect(swedish.questions[0]!.text).toBe('Vad nu?');
    expect(swedish.pillars[0]!.name).toBe('Leverans');
    expect(swedish.title).toBe('Gruppkoll, 2026-02-01');
    expect(templateName(i18n.t, { ...custom, name: 'Squad check' }, 'sv')).toBe('Gruppkoll');

    const german = localizeSession(i18n.t, custom, 'de');
    expect(german.statements.map((statement) => statement.text)).toEqual(['Fun', 'Speed']);
    expect(german.title).toBe(custom.title);
  });

  it('name the scale values with their labels in the language shown', async () => {
    i18n.setLanguage('en');
    expect(localizeScale(i18n.t, custom, 'sv').options.map((option) => option.name)).toEqual([
      '1 – Dåligt',
      '2 – OK',
      '3 – Toppen',
    ]);
    const english = localizeScale(i18n.t, custom, 'en');
    expect(english.options.map((option) => `${option.symbol} ${option.name}`)).toEqual([
      '🔴 1 – Poor',
      '🟡 2 – OK',
      '🟢 3 – Great',
    ]);
  });

  it('keep the built-in 5-point names of the resource files', async () => {
    i18n.setLanguage('en');
    const builtIn = localizeScale(i18n.t, { templateId: 'customer-obsession', scale: { points: 5, labels: [] }, translations: {} }, 'en');
    expect(builtIn.options[3]!.name).toBe('4 – Agree');
  });
});
