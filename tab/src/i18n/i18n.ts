/**
 * The tab's translator (translator.ts): one resource file per language in `locales/`, English bundled
 * with the page, the other languages loaded on demand (each is its own small chunk), so the
 * side panel's first load carries one language only.
 *
 * Which language shows: the person's own choice in the panel (kept per user in this browser),
 * else the Teams locale (`app.getContext()` → `app.locale`, `sv-SE` → Swedish), else English.
 * Numbers and dates follow the Teams locale when it is of the language shown, else the
 * language's usual region (see languages.ts); the translations format them by name
 * (`{{score, score}}`), with the formatters of format.ts.
 */
import { formattersFor } from './format.ts';
import {
  chooseStartLanguage,
  DEFAULT_LANGUAGE,
  formattingLocaleFor,
  languageOfLocale,
  type Language,
} from './languages.ts';
import en from './locales/en.json';
import { readLanguagePreference, writeLanguagePreference } from './preference.ts';
import { Translator, type Messages } from './translator.ts';

/** Every language but English, each in its own chunk. */
const loaders: Readonly<Record<Exclude<Language, 'en'>, () => Promise<{ default: Messages }>>> = {
  sv: () => import('./locales/sv.json'),
  tr: () => import('./locales/tr.json'),
  da: () => import('./locales/da.json'),
  de: () => import('./locales/de.json'),
};

/** The formats the texts name in their placeholders, in the locale of the moment. */
function numberFormat(name: 'int' | 'score' | 'change') {
  return (value: unknown) => (typeof value === 'number' ? formattersFor(activeFormattingLocale())[name](value) : String(value));
}
function dateFormat(name: 'checkDate' | 'dueDate') {
  return (value: unknown) => (typeof value === 'string' ? formattersFor(activeFormattingLocale())[name](value) : String(value));
}

/** English is here from the start: `t` works from the first render on. */
export const i18n = new Translator<Language>(DEFAULT_LANGUAGE, en, {
  int: numberFormat('int'),
  score: numberFormat('score'),
  change: numberFormat('change'),
  checkDate: dateFormat('checkDate'),
  dueDate: dateFormat('dueDate'),
});

let teamsLocale: string | undefined;
let userId: string | undefined;

/** The language shown now. */
export function activeLanguage(): Language {
  return i18n.language;
}

/** The BCP 47 locale that numbers and dates are formatted in now. */
export function activeFormattingLocale(): string {
  return formattingLocaleFor(activeLanguage(), teamsLocale);
}

async function loadLanguage(language: Language): Promise<void> {
  if (language === 'en' || i18n.hasLanguage(language)) return;
  const resources = await loaders[language]();
  i18n.addLanguage(language, resources.default);
}

/** Shows `language` once its texts are here; if they cannot be loaded, stays as it is. */
async function switchTo(language: Language): Promise<void> {
  try {
    await loadLanguage(language);
  } catch {
    // A chunk that did not download (offline, new deployment): keep the language shown.
    return;
  }
  i18n.setLanguage(language);
}

/**
 * Called once Teams said who and where we are: picks the language (the user's own choice,
 * else Teams' locale) and waits for its texts, so the first screen shows in that language.
 */
export async function startLanguage(context: { locale?: string; userId?: string }): Promise<void> {
  teamsLocale = context.locale;
  userId = context.userId;
  await switchTo(chooseStartLanguage(readLanguagePreference(userId), teamsLocale));
  applyToDocument();
}

/**
 * The person picked a language in the panel: shown at once, kept for their next visits.
 * Picking Teams' own language forgets the choice, so the panel follows Teams again.
 */
export async function chooseLanguage(language: Language): Promise<void> {
  writeLanguagePreference(userId, language === languageOfLocale(teamsLocale) ? undefined : language);
  await switchTo(language);
}

/** The page's language (what screen readers pronounce with) and title follow the UI. */
function applyToDocument(): void {
  if (typeof document === 'undefined') return;
  document.documentElement.lang = activeFormattingLocale();
  document.title = i18n.t('appName');
}

i18n.subscribe(applyToDocument);
applyToDocument();
