import { describe, expect, it, vi } from 'vitest';
import { Translator, type Messages } from './translator.ts';

const english: Messages = {
  greeting: 'Hello {{name}}',
  score: 'Score {{value, percent}}',
  people_one: '{{count}} person',
  people_other: '{{count}} people',
  onlyEnglish: 'Only in English',
  nested: { deeper: { text: 'Deep' } },
};
const turkish: Messages = {
  greeting: 'Merhaba {{name}}',
  // Turkish counts without a singular form: only `_other`.
  people_other: '{{count}} kişi',
};
const swedish: Messages = { people_one: '{{count}} person', people_other: '{{count}} personer' };

function translator() {
  const translator = new Translator<'en' | 'tr' | 'sv'>('en', english, {
    percent: (value) => `${Number(value) * 100} %`,
  });
  translator.addLanguage('tr', turkish);
  translator.addLanguage('sv', swedish);
  return translator;
}

describe('the translator', () => {
  it('fills placeholders, through a named format where the text asks for one', () => {
    const texts = translator();
    expect(texts.translate('greeting', { name: 'Ada' })).toBe('Hello Ada');
    expect(texts.translate('score', { value: 0.5 })).toBe('Score 50 %');
    expect(texts.translate('nested.deeper.text')).toBe('Deep');
  });

  it('shows a placeholder nobody filled as nothing, not as braces', () => {
    expect(translator().translate('greeting')).toBe('Hello ');
  });

  it("picks the plural form by the language's own rules", () => {
    const texts = translator();
    expect(texts.translate('people', { count: 1 })).toBe('1 person');
    expect(texts.translate('people', { count: 0 })).toBe('0 people');
    texts.setLanguage('sv');
    expect(texts.translate('people', { count: 1 })).toBe('1 person');
    expect(texts.translate('people', { count: 3 })).toBe('3 personer');
    texts.setLanguage('tr');
    // Never the English singular in a Turkish sentence: the language's own `_other` wins.
    expect(texts.translate('people', { count: 1 })).toBe('1 kişi');
  });

  it('falls back to English for a text the language lacks, and to the key for an unknown one', () => {
    const texts = translator();
    texts.setLanguage('tr');
    expect(texts.translate('greeting', { name: 'Ada' })).toBe('Merhaba Ada');
    expect(texts.translate('onlyEnglish')).toBe('Only in English');
    expect(texts.exists('onlyEnglish')).toBe(true);
    expect(texts.exists('templates.unknown.name')).toBe(false);
    expect(texts.translate('templates.unknown.name')).toBe('templates.unknown.name');
    expect(texts.rawText('tr', 'onlyEnglish')).toBeUndefined();
  });

  it('tells its subscribers of a change of language, once, and only while subscribed', () => {
    const texts = translator();
    const listener = vi.fn();
    const unsubscribe = texts.subscribe(listener);
    texts.setLanguage('sv');
    texts.setLanguage('sv');
    expect(listener).toHaveBeenCalledTimes(1);
    unsubscribe();
    texts.setLanguage('en');
    expect(listener).toHaveBeenCalledTimes(1);
  });

  it('refuses a language whose texts are not loaded, and keeps the one shown', () => {
    const texts = new Translator<'en' | 'de'>('en', english, {});
    expect(() => texts.setLanguage('de')).toThrow(/No texts loaded/);
    expect(texts.language).toBe('en');
  });
});

