/**
 * The tab's i18next instance: one resource file per language in `locales/`, English bundled
 * with the page, the other languages loaded on demand (each is its own small chunk), so the
 * side panel's first load carries one language only.
 *
 * Which language shows: the person's own choice in the panel (kept per user in this browser),
 * else the Teams locale (`app.getContext()` → `app.locale`, `sv-SE` → Swedish), else English.
 * Numbers and dates follow the Teams locale when it is of the language shown, else the
 * language's usual region (see languages.ts); the translations format them by name
 * (`{{score, score}}`), with the formatters of format.ts.
 */
import i18next from 'i18next';
import { initReactI18next } from 'react-i18next';
import { formattersFor } from './format.ts';
import {
  chooseStartLanguage,
  DEFAULT_LANGUAGE,
  formattingLocaleFor,
  isLanguage,
  LANGUAGES,
  languageOfLocale,
  type Language,
} from './languages.ts';
import en from './locales/en.json';
import { readLanguagePreference, writeLanguagePreference } from './preference.ts';

type Resources = typeof en;

/** Every language but English, each in its own chunk. */
const loaders: Readonly<Record<Exclude<Language, 'en'>, () => Promise<{ default: Resources }>>> = {
  sv: () => import('./locales/sv.json'),
  tr: () => import('./locales/tr.json'),
  da: () => import('./locales/da.json'),
  de: () => import('./locales/de.json'),
};

export const i18n = i18next.createInstance();

void i18n.use(initReactI18next).init({
  resources: { en: { translation: en } },
  lng: DEFAULT_LANGUAGE,
  fallbackLng: DEFAULT_LANGUAGE,
  supportedLngs: [...LANGUAGES],
  // English is here already: nothing to wait for, so `t` works from the first render on.
  initAsync: false,
  // One namespace; keys hold template ids, which must never be read as a namespace.
  nsSeparator: false,
  // React escapes what it renders.
  interpolation: { escapeValue: false },
  // Languages are loaded before they are switched to (loadLanguage): never suspend.
  react: { useSuspense: false },
});

let teamsLocale: string | undefined;
let userId: string | undefined;

/** The language shown now. */
export function activeLanguage(): Language {
  const language = i18n.resolvedLanguage ?? i18n.language;
  return isLanguage(language) ? language : DEFAULT_LANGUAGE;
}

/** The BCP 47 locale that numbers and dates are formatted in now. */
export function activeFormattingLocale(): string {
  return formattingLocaleFor(activeLanguage(), teamsLocale);
}

const formatter = i18n.services.formatter;
if (!formatter) throw new Error('i18next started without its formatter');
for (const name of ['int', 'score', 'checkDate', 'dueDate'] as const) {
  formatter.add(name, (value: unknown) => {
    const formatters = formattersFor(activeFormattingLocale());
    if (name === 'int' || name === 'score') return typeof value === 'number' ? formatters[name](value) : String(value);
    return typeof value === 'string' ? formatters[name](value) : String(value);
  });
}

async function loadLanguage(language: Language): Promise<void> {
  if (language === 'en' || i18n.hasResourceBundle(language, 'translation')) return;
  const resources = await loaders[language]();
  i18n.addResourceBundle(language, 'translation', resources.default, true, true);
}

/** Shows `language` once its texts are here; if they cannot be loaded, stays as it is. */
async function switchTo(language: Language): Promise<void> {
  try {
    await loadLanguage(language);
  } catch {
    // A chunk that did not download (offline, new deployment): keep the language shown.
    return;
  }
  await i18n.changeLanguage(language);
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

i18n.on('languageChanged', applyToDocument);
applyToDocument();
