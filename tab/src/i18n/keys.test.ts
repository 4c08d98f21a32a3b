/**
 * The resource files stay complete and lean:
 * - every key of en.json is in every other language, and no language has a key English lacks;
 *   plural keys (`_one`, `_other`, …) in each language exactly in the forms its plural rules use;
 * - every translation of a key takes the same values (`{{name}}`) as the English one;
 * - every key is used in the tab's code, and every key the code uses exists;
 * - the built-in templates' texts (keys built from ids at run time, see templateTexts.ts) are
 *   there for exactly the API's template, pillar, statement and question ids (and scale values,
 *   for a template that has scale texts), and the English ones read as the API's.
 * The last tests show that the checks do fail on a missing, an extra and an unused key.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { builtInTemplates, type Template } from '../../../api/src/domain/templates.ts';
import { LANGUAGES, type Language } from './languages.ts';

type Flat = Record<string, string>;

const srcDir = fileURLToPath(new URL('..', import.meta.url));
const localesDir = fileURLToPath(new URL('./locales', import.meta.url));

/**
 * Keys built at run time, so not found as literals in code. Each is checked another way:
 * `templates.` against the API's built-in templates (below).
 */
const DYNAMIC_KEY_PREFIXES = ['templates.'] as const;

const PLURAL_SUFFIXES = ['zero', 'one', 'two', 'few', 'many', 'other'] as const;

function flatten(tree: unknown, prefix = '', into: Flat = {}): Flat {
  for (const [key, value] of Object.entries(tree as Record<string, unknown>)) {
    const path = prefix ? `${prefix}.${key}` : key;
    if (typeof value === 'string') into[path] = value;
    else if (value && typeof value === 'object') flatten(value, path, into);
    else throw new Error(`${path} is neither text nor a group`);
  }
  return into;
}

function loadResources(): Record<Language, Flat> {
  const files = readdirSync(localesDir).filter((name) => name.endsWith('.json'));
  expect(files.sort()).toEqual(LANGUAGES.map((language) => `${language}.json`).sort());
  return Object.fromEntries(
    LANGUAGES.map((language) => [language, flatten(JSON.parse(readFileSync(join(localesDir, `${language}.json`), 'utf8')))]),
  ) as Record<Language, Flat>;
}

/** `results.peopleRated_one` → base `results.peopleRated`, form `one`. */
function splitPlural(key: string): { base: string; form?: string } {
  const match = /^(.*)_(zero|one|two|few|many|other)$/.exec(key);
  return match ? { base: match[1]!, form: match[2] } : { base: key };
}

function pluralForms(language: string): string[] {
  const categories = new Intl.PluralRules(language).resolvedOptions().pluralCategories as string[];
  return PLURAL_SUFFIXES.filter((suffix) => categories.includes(suffix));
}

function variables(text: string): string[] {
  return [...text.matchAll(/\{\{\s*([^,}\s]+)/g)].map((match) => match[1]!);
}

/** What is wrong with the languages against English: missing, extra, plural forms, values. */
function languageProblems(resources: Record<string, Flat>, reference = 'en'): string[] {
  const problems: string[] = [];
  const english = resources[reference]!;
  const englishPlurals = new Set(Object.keys(english).map(splitPlural).filter((k) => k.form).map((k) => k.base));
  for (const [language, flat] of Object.entries(resources)) {
    if (language === reference) continue;
    const expected = new Set<string>();
    for (const key of Object.keys(english)) {
      const { base } = splitPlural(key);
      if (englishPlurals.has(base)) for (const form of pluralForms(language)) expected.add(`${base}_${form}`);
      else expected.add(key);
    }
    for (const key of expected) if (!(key in flat)) problems.push(`${language}: missing ${key}`);
    for (const key of Object.keys(flat)) if (!expected.has(key)) problems.push(`${language}: ${key} is not in ${reference}.json`);
    // Every form of a key together takes the values the English forms take.
    const valuesOf = (resource: Flat, base: string) =>
      [...new Set(Object.entries(resource).filter(([key]) => splitPlural(key).base === base).flatMap(([, text]) => variables(text)))].sort();
    for (const base of new Set(Object.keys(english).map((key) => splitPlural(key).base))) {
      if (![...expected].some((key) => splitPlural(key).base === base && key in flat)) continue;
      const want = valuesOf(english, base);
      const got = valuesOf(flat, base);
      if (want.join() !== got.join()) problems.push(`${language}: ${base} takes {{${got.join(', ')}}}, English {{${want.join(', ')}}}`);
    }
  }
  for (const key of Object.keys(english)) {
    const { base, form } = splitPlural(key);
    if (form && !pluralForms(reference).every((f) => `${base}_${f}` in english)) {
      problems.push(`${reference}: ${base} lacks a plural form`);
    }
  }
  return [...new Set(problems)];
}

function sourceFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return name === 'locales' ? [] : sourceFiles(path);
    return /\.(ts|tsx)$/.test(name) && !/\.test\.tsx?$/.test(name) && !name.endsWith('.d.ts') ? [path] : [];
  });
}

/** String literals in code that look like keys: `t('results.heading')`, `{ up: 'trend.word.up' }`. */
function literals(code: string): Set<string> {
  return new Set([...code.matchAll(/(['"`])([A-Za-z0-9_.-]+)\1/g)].map((match) => match[2]!));
}

/** Keys of en.json no code uses, and keys code hands to `t()` that en.json lacks. */
function usageProblems(english: Flat, code: string): string[] {
  const problems: string[] = [];
  const used = literals(code);
  const bases = new Set(Object.keys(english).map((key) => splitPlural(key).base));
  for (const base of bases) {
    if (DYNAMIC_KEY_PREFIXES.some((prefix) => base.startsWith(prefix))) continue;
    if (!used.has(base)) problems.push(`unused: ${base}`);
  }
  for (const match of code.matchAll(/\bt\(\s*(['"`])([^'"`]+)\1/g)) {
    if (!bases.has(match[2]!)) problems.push(`used but missing: ${match[2]}`);
  }
  return problems;
}

/** The `templates.` keys English must have: exactly the API's ids, in the API's words. */
function templateProblems(english: Flat, templates: readonly Template[]): string[] {
  const expected: Flat = {};
  for (const template of templates) {
    const prefix = `templates.${template.id}`;
    expected[`${prefix}.name`] = template.name;
    for (const pillar of template.pillars) expected[`${prefix}.pillars.${pillar.id}`] = pillar.name;
    for (const statement of template.statements) expected[`${prefix}.statements.${statement.id}`] = statement.text;
    for (const question of template.questions) expected[`${prefix}.questions.${question.id}`] = question.text;
    // Scale labels are optional per built-in (the 5-point one keeps `rating.names`); once
    // there, they are one per point, in the API's words.
    if (Object.keys(english).some((key) => key.startsWith(`${prefix}.scale.`))) {
      template.scale.labels.forEach((label, index) => (expected[`${prefix}.scale.${index + 1}`] = label));
    }
  }
  const actual = Object.fromEntries(Object.entries(english).filter(([key]) => key.startsWith('templates.')));
  const problems: string[] = [];
  for (const [key, text] of Object.entries(expected)) {
    if (!(key in actual)) problems.push(`missing ${key}`);
    else if (actual[key] !== text) problems.push(`${key} reads "${actual[key]}", the API "${text}"`);
  }
  for (const key of Object.keys(actual)) if (!(key in expected)) problems.push(`${key} is no text of a built-in template`);
  return problems;
}

const resources = loadResources();
const code = sourceFiles(srcDir)
  .map((path) => readFileSync(path, 'utf8'))
  .join('\n');

describe('the resource files', () => {
  it('have every key in every language, with the plural forms each language uses', () => {
    expect(languageProblems(resources)).toEqual([]);
  });

  it('have every key used in the code, and every key the code uses', () => {
    expect(usageProblems(resources.en, code)).toEqual([]);
  });

  it("have the built-in template's texts for exactly its ids, in English as the API has them", () => {
    expect(templateProblems(resources.en, builtInTemplates)).toEqual([]);
  });

  it('are one per language the app package declares, no more and no fewer', () => {
    const manifest = JSON.parse(readFileSync(fileURLToPath(new URL('../../../appPackage/manifest.json', import.meta.url)), 'utf8'));
    const info = manifest.localizationInfo as { defaultLanguageTag: string; additionalLanguages: { languageTag: string }[] };
    const declared = [info.defaultLanguageTag, ...info.additionalLanguages.map((language) => language.languageTag)];
    expect([...declared].sort()).toEqual([...LANGUAGES].sort());
  });

  it('have no empty texts and no English left untranslated in longer texts', () => {
    const problems: string[] = [];
    for (const [language, flat] of Object.entries(resources)) {
      for (const [key, text] of Object.entries(flat)) {
        if (!text.trim()) problems.push(`${language}: ${key} is empty`);
        // A sentence identical to the English one was forgotten, not translated.
        const words = text.replace(/\{\{[^}]*\}\}/g, '').replace(/[^\p{L}]/gu, '');
        if (language !== 'en' && words.length > 20 && text === resources.en[key]) problems.push(`${language}: ${key} is English`);
      }
    }
    expect(problems).toEqual([]);
  });
});

describe('the key checks themselves', () => {
  it('fail when a language lacks a key or has one English lacks', () => {
    const { 'common.cancel': _removed, ...swedishWithoutCancel } = resources.sv;
    const broken = { ...resources, sv: swedishWithoutCancel, de: { ...resources.de, 'common.extra': 'Extra' } };
    expect(languageProblems(broken)).toEqual(
      expect.arrayContaining(['sv: missing common.cancel', 'de: common.extra is not in en.json']),
    );
  });

  it('fail when a plural form is missing or a translation drops a value', () => {
    const { 'results.peopleRated_one': _one, ...danish } = resources.da;
    expect(languageProblems({ ...resources, da: danish })).toContain('da: missing results.peopleRated_one');
    const dropped = { ...resources, tr: { ...resources.tr, 'results.statementScore': 'Puan' } };
    expect(languageProblems(dropped)).toContain('tr: results.statementScore takes {{}}, English {{score}}');
  });

  it('fail when a key is not used in the code, or the code uses one that does not exist', () => {
    expect(usageProblems({ ...resources.en, 'common.neverShown': 'Never shown' }, code)).toEqual(['unused: common.neverShown']);
    expect(usageProblems(resources.en, `${code}\nt('common.notThere');`)).toEqual(['used but missing: common.notThere']);
  });

  it("fail when a template text is missing or is not the API's", () => {
    const { 'templates.customer-obsession.statements.direct-dialogue': _gone, ...english } = resources.en;
    expect(templateProblems({ ...english, 'templates.customer-obsession.name': 'Renamed' }, builtInTemplates)).toEqual([
      'templates.customer-obsession.name reads "Renamed", the API "Customer obsession health check"',
      'missing templates.customer-obsession.statements.direct-dialogue',
    ]);
    expect(templateProblems({ ...resources.en, 'templates.customer-obsession.statements.gone': 'Old' }, builtInTemplates)).toEqual([
      'templates.customer-obsession.statements.gone is no text of a built-in template',
    ]);
  });
});
