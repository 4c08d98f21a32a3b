/**
 * The template editor's form as plain data, and the pure steps between it and the API's
 * definition: readable ids from the default-language text (kept as they are when editing, so
 * a new version stays comparable with the checks before it), texts per language, the scale's
 * labels following its size, and every problem keyed by the path the API reports
 * (`statements.1.text.sv`), so each shows on its own field. No React, no translator.
 */
import {
  maxScalePoints,
  minScalePoints,
  templateLanguages,
  type RegisterKind,
  type TemplateDefinition,
  type TemplateDefinitionResponse,
  type TemplateLanguage,
} from '@contract';

export type Texts = Partial<Record<TemplateLanguage, string>>;

export interface PillarForm {
  /** React's key and the statements' reference; never sent. */
  readonly key: string;
  /** The saved id: kept on every later version. New pillars get one from their name. */
  readonly id?: string;
  readonly name: Texts;
  /** Not edited here; a loaded template's descriptions are sent back as they were. */
  readonly description?: Texts;
}

export interface StatementForm {
  readonly key: string;
  readonly id?: string;
  readonly pillarKey: string;
  readonly text: Texts;
}

export interface QuestionForm {
  readonly key: string;
  readonly id?: string;
  readonly pillarKey?: string;
  readonly text: Texts;
  readonly register?: RegisterKind;
}

export type TemplateScope = 'team' | 'tenant';

export interface TemplateForm {
  /** The first is the default language: the one readable ids are made from. */
  readonly languages: readonly TemplateLanguage[];
  readonly name: Texts;
  readonly description: Texts;
  readonly points: number;
  /** One per point, lowest first. */
  readonly labels: readonly Texts[];
  readonly pillars: readonly PillarForm[];
  readonly statements: readonly StatementForm[];
  readonly questions: readonly QuestionForm[];
  /** Only for a new template: a saved one keeps its scope. */
  readonly scope: TemplateScope;
}

let keyCounter = 0;
/** A key for a new row, unique in this page. */
export function newKey(prefix = 'row'): string {
  keyCounter += 1;
  return `${prefix}-${keyCounter}`;
}

export const DEFAULT_POINTS = 5;

export function emptyForm(language: TemplateLanguage): TemplateForm {
  const pillar: PillarForm = { key: newKey('pillar'), name: {} };
  return {
    languages: [language],
    name: {},
    description: {},
    points: DEFAULT_POINTS,
    labels: Array.from({ length: DEFAULT_POINTS }, () => ({})),
    pillars: [pillar],
    statements: [{ key: newKey('statement'), pillarKey: pillar.key, text: {} }],
    questions: [],
    scope: 'team',
  };
}

/** A saved template, ready to edit: its ids kept, its texts by language. */
export function formFromDefinition(definition: TemplateDefinitionResponse): TemplateForm {
  const pillarKeys = new Map(definition.pillars.map((pillar) => [pillar.id, newKey('pillar')]));
  const keyOfPillar = (pillarId: string | undefined) => (pillarId === undefined ? undefined : pillarKeys.get(pillarId));
  const firstPillarKey = pillarKeys.values().next().value ?? newKey('pillar');
  return {
    languages: [...definition.languages],
    name: { ...definition.name },
    description: { ...(definition.description ?? {}) },
    points: definition.scale.points,
    labels: resize(
      definition.scale.labels.map((label) => ({ ...label })),
      definition.scale.points,
    ),
    pillars: definition.pillars.map((pillar) => ({
      key: pillarKeys.get(pillar.id)!,
      id: pillar.id,
      name: { ...pillar.name },
      description: pillar.description && { ...pillar.description },
    })),
    statements: definition.statements.map((statement) => ({
      key: newKey('statement'),
      id: statement.id,
      pillarKey: keyOfPillar(statement.pillarId) ?? firstPillarKey,
      text: { ...statement.text },
    })),
    questions: definition.questions.map((question) => ({
      key: newKey('question'),
      id: question.id,
      pillarKey: keyOfPillar(question.pillarId),
      text: { ...question.text },
      register: question.register,
    })),
    scope: definition.origin === 'tenant' ? 'tenant' : 'team',
  };
}

function resize(labels: readonly Texts[], points: number): Texts[] {
  return Array.from({ length: points }, (_, index) => labels[index] ?? {});
}

/** A new scale size (clamped to 2–7): labels kept where the value stays, empty ones added. */
export function withPoints(form: TemplateForm, points: number): TemplateForm {
  const size = Math.min(maxScalePoints, Math.max(minScalePoints, Math.round(points)));
  return { ...form, points: size, labels: resize(form.labels, size) };
}

/**
 * The default language first, then the others in the product's order. Texts of a language
 * taken out stay in the form (not sent), so ticking it again brings them back.
 */
export function withLanguages(form: TemplateForm, defaultLanguage: TemplateLanguage, others: Iterable<TemplateLanguage>): TemplateForm {
  const chosen = new Set(others);
  const rest = templateLanguages.filter((language) => language !== defaultLanguage && chosen.has(language));
  return { ...form, languages: [defaultLanguage, ...rest] };
}

/**
 * A readable id from a text: lowercase ASCII letters, digits and dashes ("Easy to release" →
 * `easy-to-release`, "Ödmjukhet" → `odmjukhet`), at most 48 characters, made unique against
 * `taken` with -2, -3…; `fallback` when the text has no letter or digit to use.
 */
export function slugId(text: string, taken: ReadonlySet<string>, fallback: string): string {
  const base =
    text
      .toLowerCase()
      .replace(/ß/g, 'ss')
      .replace(/æ/g, 'ae')
      .replace(/ø/g, 'o')
      .replace(/ı/g, 'i')
      .normalize('NFKD')
      .replace(/[\u0300-\u036f]/g, '')
      .replace(/[^a-z0-9]+/g, '-')
      .replace(/^-+|-+$/g, '')
      .slice(0, 48)
      .replace(/-+$/, '') || fallback;
  if (!taken.has(base)) return base;
  for (let n = 2; ; n += 1) {
    const candidate = `${base}-${n}`;
    if (!taken.has(candidate)) return candidate;
  }
}

/** Ids for the rows that have none yet, from their default-language text; saved ids stay. */
function assignIds<T extends { readonly id?: string }>(rows: readonly T[], textOf: (row: T) => string, fallback: string): string[] {
  const taken = new Set(rows.flatMap((row) => (row.id ? [row.id] : [])));
  return rows.map((row) => {
    if (row.id) return row.id;
    const id = slugId(textOf(row), taken, fallback);
    taken.add(id);
    return id;
  });
}

/** The texts in the template's languages only, empty ones left out (the API then names them missing). */
function localized(texts: Texts | undefined, languages: readonly TemplateLanguage[]): Record<string, string> {
  const result: Record<string, string> = {};
  for (const language of languages) {
    const text = texts?.[language]?.trim();
    if (text) result[language] = text;
  }
  return result;
}

function hasAny(texts: Texts | undefined, languages: readonly TemplateLanguage[]): boolean {
  return languages.some((language) => Boolean(texts?.[language]?.trim()));
}

/** The definition to send: ids assigned, texts trimmed, the template's languages only. */
export function definitionOf(form: TemplateForm): TemplateDefinition {
  const [defaultLanguage = 'en'] = form.languages;
  const { languages } = form;
  const textIn = (texts: Texts) => texts[defaultLanguage] ?? '';
  const pillarIds = assignIds(form.pillars, (pillar) => textIn(pillar.name), 'pillar');
  const pillarIdOf = new Map(form.pillars.map((pillar, index) => [pillar.key, pillarIds[index]!]));
  const statementIds = assignIds(form.statements, (statement) => textIn(statement.text), 'statement');
  const questionIds = assignIds(form.questions, (question) => textIn(question.text), 'question');
  return {
    languages: [...languages],
    name: localized(form.name, languages),
    ...(hasAny(form.description, languages) ? { description: localized(form.description, languages) } : {}),
    scale: { points: form.points, labels: resize(form.labels, form.points).map((label) => localized(label, languages)) },
    pillars: form.pillars.map((pillar, index) => ({
      id: pillarIds[index]!,
      name: localized(pillar.name, languages),
      ...(hasAny(pillar.description, languages) ? { description: localized(pillar.description, languages) } : {}),
    })),
    statements: form.statements.map((statement, index) => ({
      id: statementIds[index]!,
      pillarId: pillarIdOf.get(statement.pillarKey) ?? pillarIds[0] ?? '',
      text: localized(statement.text, languages),
    })),
    questions: form.questions.map((question, index) => ({
      id: questionIds[index]!,
      ...(question.pillarKey && pillarIdOf.has(question.pillarKey) ? { pillarId: pillarIdOf.get(question.pillarKey)! } : {}),
      text: localized(question.text, languages),
      ...(question.register ? { register: question.register } : {}),
    })),
  };
}

/** A problem on one field, at the path the API would name (`statements.1.text.sv`). */
export interface FormProblem {
  readonly path: string;
  /** `missing`: a text is empty in a language; `invalid`: the contract's own message. */
  readonly kind: 'missing' | 'invalid';
  readonly language?: TemplateLanguage;
  readonly message?: string;
}

/**
 * Texts the form needs in every language of the template: the name, every scale label, pillar
 * name, statement and question. The description is optional, but once written in one
 * language it is needed in all.
 */
export function missingTexts(form: TemplateForm): FormProblem[] {
  const problems: FormProblem[] = [];
  const need = (path: string, texts: Texts | undefined) => {
    for (const language of form.languages) {
      if (!texts?.[language]?.trim()) problems.push({ path: `${path}.${language}`, kind: 'missing', language });
    }
  };
  need('name', form.name);
  if (hasAny(form.description, form.languages)) need('description', form.description);
  resize(form.labels, form.points).forEach((label, index) => need(`scale.labels.${index}`, label));
  form.pillars.forEach((pillar, index) => need(`pillars.${index}.name`, pillar.name));
  form.statements.forEach((statement, index) => need(`statements.${index}.text`, statement.text));
  form.questions.forEach((question, index) => need(`questions.${index}.text`, question.text));
  return problems;
}

/** Zod issues (or the API's `field`) as problems by path; the first per path wins. */
export function problemsFromIssues(issues: readonly { path: readonly PropertyKey[]; message: string }[]): FormProblem[] {
  return issues.map((issue) => ({ path: issue.path.map(String).join('.'), kind: 'invalid', message: issue.message }));
}

/** One problem per path, missing-text ones first (they say more than "must be 1–64 letters"). */
export function byPath(problems: readonly FormProblem[]): Map<string, FormProblem> {
  const map = new Map<string, FormProblem>();
  for (const problem of [...problems].sort((a, b) => Number(a.kind !== 'missing') - Number(b.kind !== 'missing'))) {
    if (!map.has(problem.path)) map.set(problem.path, problem);
  }
  return map;
}

/**
 * Where a problem shows: an id the form made (`statements.2.id`) belongs to the text it was
 * made from, in the default language; a whole list's problem (`statements`) stays on the list.
 */
export function fieldOf(path: string, defaultLanguage: TemplateLanguage): string {
  const idMatch = /^(pillars|statements|questions)\.(\d+)\.id$/.exec(path);
  if (idMatch) return `${idMatch[1]}.${idMatch[2]}.${idMatch[1] === 'pillars' ? 'name' : 'text'}.${defaultLanguage}`;
  return path;
}

/** The form's lists of items, each item with its own `key`. */
export type ItemList = 'pillars' | 'statements' | 'questions';
export type ItemOf<L extends ItemList> = TemplateForm[L][number];

/** The form with item `key` of `list` changed by `patch`. */
export function withItem<L extends ItemList>(form: TemplateForm, list: L, key: string, patch: Partial<ItemOf<L>>): TemplateForm {
  const items: readonly ItemOf<L>[] = form[list];
  return { ...form, [list]: items.map((item) => (item.key === key ? { ...item, ...patch } : item)) };
}

/** The form without item `key` of `list`. */
export function withoutItem(form: TemplateForm, list: ItemList, key: string): TemplateForm {
  const items: readonly { readonly key: string }[] = form[list];
  return { ...form, [list]: items.filter((item) => item.key !== key) };
}

/**
 * The form without pillar `key`: its statements go to the first pillar left (a statement must
 * have one), its questions to none.
 */
export function withoutPillar(form: TemplateForm, key: string): TemplateForm {
  const pillars = form.pillars.filter((item) => item.key !== key);
  const fallback = pillars[0]!.key;
  return {
    ...form,
    pillars,
    statements: form.statements.map((statement) => (statement.pillarKey === key ? { ...statement, pillarKey: fallback } : statement)),
    questions: form.questions.map((question) => (question.pillarKey === key ? { ...question, pillarKey: undefined } : question)),
  };
}
