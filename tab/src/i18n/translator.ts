/**
 * The tab's translator: nested resource files, `{{name}}` and `{{name, format}}` placeholders,
 * plural forms chosen by the language's own rules (`key_one`, `key_other`, with `Intl.PluralRules`)
 * and English wherever a language lacks a text.
 *
 * Our own, and small on purpose: it does what our texts use and nothing more. i18next and
 * react-i18next did the same and weighed 17 KB gzip of the side panel's first load, a tenth of
 * the budget (#7). No React and no DOM here, so it is tested on its own.
 */
import type en from './locales/en.json';

export interface Messages {
  readonly [key: string]: string | Messages;
}

const PLURAL_SUFFIXES = ['zero', 'one', 'two', 'few', 'many', 'other'] as const;

/** Every key of the English file, a plural's forms under their base key (`results.peopleRated`). */
type LeafKeys<T, Prefix extends string = ''> = {
  [K in keyof T & string]: T[K] extends string ? `${Prefix}${K}` : LeafKeys<T[K], `${Prefix}${K}.`>;
}[keyof T & string];
type PluralBase<K extends string> = K extends `${infer Base}_${(typeof PLURAL_SUFFIXES)[number]}` ? Base : K;

/** A key of the resource files: a typo is a type error, before the key test even runs. */
export type TranslationKey = PluralBase<LeafKeys<typeof en>>;
/** Placeholder values; `count` also picks the plural form. */
export type TranslationValues = Readonly<Record<string, unknown>>;
export type Translate = (key: TranslationKey, values?: TranslationValues) => string;

/** A named format for placeholders (`{{score, score}}`), in the locale of the moment. */
export type Formatter = (value: unknown) => string;

const PLACEHOLDER = /\{\{\s*([\w.]+)\s*(?:,\s*(\w+)\s*)?\}\}/g;

export class Translator<Language extends string> {
  private readonly catalogs = new Map<Language, Messages>();
  private readonly pluralRules = new Map<Language, Intl.PluralRules>();
  private readonly listeners = new Set<() => void>();
  private current: Language;

  constructor(
    private readonly fallback: Language,
    fallbackMessages: Messages,
    private readonly formatters: Readonly<Record<string, Formatter>>,
  ) {
    this.catalogs.set(fallback, fallbackMessages);
    this.current = fallback;
  }

  /** The language shown. */
  get language(): Language {
    return this.current;
  }

  hasLanguage(language: Language): boolean {
    return this.catalogs.has(language);
  }

  addLanguage(language: Language, messages: Messages): void {
    this.catalogs.set(language, messages);
  }

  /** Shows `language`; its texts must have been added. Everyone subscribed hears of it. */
  setLanguage(language: Language): void {
    if (!this.catalogs.has(language)) throw new Error(`No texts loaded for language "${language}"`);
    if (language === this.current) return;
    this.current = language;
    for (const listener of [...this.listeners]) listener();
  }

  /** Arrow property: `subscribe` is handed to React's `useSyncExternalStore` unbound. */
  readonly subscribe = (listener: () => void): (() => void) => {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  };

  /** Whether the language shown, or the fallback, has a text for `key`. */
  exists(key: string): boolean {
    return this.lookup(this.current, key) !== undefined || this.lookup(this.fallback, key) !== undefined;
  }

  /** The raw text of `key` in one language (no fallback, no placeholders), if it has one. */
  rawText(language: Language, key: string): string | undefined {
    return this.lookup(language, key);
  }

  /** Arrow property, so it can be passed around unbound like any `t`. */
  readonly t: Translate = (key, values) => this.translate(key, values);

  /**
   * For keys built at run time from ids (a template's statements): not checked by the compiler,
   * so callers check `exists` first or accept the key as the text.
   */
  translate(key: string, values?: TranslationValues): string {
    const count = typeof values?.count === 'number' ? values.count : undefined;
    const text = this.textIn(this.current, key, count) ?? this.textIn(this.fallback, key, count);
    return text === undefined ? key : this.interpolate(text, values);
  }

  /** A language's own text, in the plural form its rules give `count`; never another language's. */
  private textIn(language: Language, key: string, count: number | undefined): string | undefined {
    if (count === undefined) return this.lookup(language, key);
    const form = this.pluralRulesOf(language).select(count);
    return this.lookup(language, `${key}_${form}`) ?? this.lookup(language, `${key}_other`) ?? this.lookup(language, key);
  }

  private lookup(language: Language, key: string): string | undefined {
    let node: string | Messages | undefined = this.catalogs.get(language);
    for (const part of key.split('.')) {
      if (node === undefined || typeof node === 'string') return undefined;
      node = node[part];
    }
    return typeof node === 'string' ? node : undefined;
  }

  private interpolate(text: string, values: TranslationValues | undefined): string {
    if (!text.includes('{{')) return text;
    return text.replace(PLACEHOLDER, (_placeholder, name: string, format: string | undefined) => {
      const value = values?.[name];
      // A value the caller did not give shows as nothing rather than as `{{name}}`.
      if (value === undefined || value === null) return '';
      const formatter = format ? this.formatters[format] : undefined;
      return formatter ? formatter(value) : String(value);
    });
  }

  private pluralRulesOf(language: Language): Intl.PluralRules {
    let rules = this.pluralRules.get(language);
    if (!rules) {
      rules = new Intl.PluralRules(language);
      this.pluralRules.set(language, rules);
    }
    return rules;
  }
}
