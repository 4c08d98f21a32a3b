/**
 * The languages the tab speaks, and how a Teams locale maps onto them. Pure functions, no
 * translator and no DOM, so they are tested on their own.
 */

/** English first: the fallback for any locale we do not speak. */
export const LANGUAGES = ['en', 'sv', 'tr', 'da', 'de'] as const;
export type Language = (typeof LANGUAGES)[number];
export const DEFAULT_LANGUAGE: Language = 'en';

/**
 * Each language by its own name, as language menus show them: whatever language the panel
 * shows now, people find theirs. Names, not translations, so they live here and not in the
 * resource files.
 */
export const LANGUAGE_NAMES: Readonly<Record<Language, string>> = {
  en: 'English',
  sv: 'Svenska',
  tr: 'Türkçe',
  da: 'Dansk',
  de: 'Deutsch',
};

/** The region used for numbers and dates when the Teams locale is of another language. */
const DEFAULT_LOCALES: Readonly<Record<Language, string>> = {
  en: 'en-US',
  sv: 'sv-SE',
  tr: 'tr-TR',
  da: 'da-DK',
  de: 'de-DE',
};

export function isLanguage(value: unknown): value is Language {
  return typeof value === 'string' && (LANGUAGES as readonly string[]).includes(value);
}

/** A valid BCP 47 tag in canonical form (Teams may send `sv-se` or `sv_SE`), or undefined. */
export function canonicalLocale(locale: string | null | undefined): string | undefined {
  if (!locale) return undefined;
  try {
    return Intl.getCanonicalLocales(locale.trim().replace(/_/g, '-'))[0];
  } catch {
    return undefined;
  }
}

/** `sv-SE` → `sv`, `de-AT` → `de`; undefined for a language the tab does not speak. */
export function languageOfLocale(locale: string | null | undefined): Language | undefined {
  const canonical = canonicalLocale(locale);
  if (!canonical) return undefined;
  const language = new Intl.Locale(canonical).language;
  return isLanguage(language) ? language : undefined;
}

/**
 * The locale numbers and dates are formatted in: the Teams locale when it is of the language
 * shown (so `en-GB` keeps its day-month order), else the language's usual region.
 */
export function formattingLocaleFor(language: Language, teamsLocale: string | undefined): string {
  const canonical = canonicalLocale(teamsLocale);
  return canonical && languageOfLocale(canonical) === language ? canonical : DEFAULT_LOCALES[language];
}

/** The language to show: the user's own choice in the panel wins, then Teams' locale, then English. */
export function chooseStartLanguage(stored: string | null | undefined, teamsLocale: string | undefined): Language {
  if (isLanguage(stored)) return stored;
  return languageOfLocale(teamsLocale) ?? DEFAULT_LANGUAGE;
}
