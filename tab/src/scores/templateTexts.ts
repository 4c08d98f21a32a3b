/**
 * Statement, question and pillar texts for ids found in a history, in the language shown.
 * Ids are stable across template versions; a history may also hold checks of other
 * templates, whose ids are then shown as they are.
 *
 * Built-in templates are translated by the resource files; custom templates (a team's or the
 * tenant's) by their own `translations[language]`, else their plain (first-language) texts.
 * Only the templates handed in are known (the versions the shown checks ran, see
 * templateVersions.ts): a template the API no longer gives shows its statements by id. Where
 * two templates use the same id, the check's own template wins when the caller says which one
 * (`statement(id, templateId)`), else the first listed.
 */
import type { Translate } from '../i18n/translator.ts';
import type { Template } from '../api/client.ts';
import { activeLanguage } from '../i18n/i18n.ts';
import { customTextsFor, templateItemText } from '../i18n/templateTexts.ts';

export interface TemplateTexts {
  statement(id: string, templateId?: string): string;
  question(id: string, templateId?: string): string;
  /** Question ids of a template in its order; empty for a template this app does not know. */
  questionIdsOf(templateId: string): readonly string[];
  /** Known statement ids in template order: the order lines, columns and lists use. */
  statementOrder(ids: Iterable<string>): string[];
  readonly pillars: readonly Template['pillars'][number][];
}

const nonEmpty = (text: string | undefined): string | undefined => (text?.trim() ? text : undefined);

/** `t` of the language shown: build the texts again when it changes. */
export function templateTexts(templates: readonly Template[], t: Translate, language: string = activeLanguage()): TemplateTexts {
  const statements = new Map<string, string>();
  const questions = new Map<string, string>();
  const byTemplate = new Map<string, { statements: Map<string, string>; questions: Map<string, string> }>();
  const order = new Map<string, number>();
  const pillars = new Map<string, Template['pillars'][number]>();
  for (const template of templates) {
    const custom = customTextsFor(template.translations, language);
    // Several versions of one template may come (latest first): an older one only adds what is gone since.
    const own = byTemplate.get(template.id) ?? { statements: new Map<string, string>(), questions: new Map<string, string>() };
    byTemplate.set(template.id, own);
    for (const statement of template.statements) {
      if (own.statements.has(statement.id)) continue;
      const text =
        nonEmpty(custom?.statements[statement.id]) ??
        templateItemText(t, template.id, 'statements', statement.id, statement.text);
      own.statements.set(statement.id, text);
      if (!statements.has(statement.id)) {
        statements.set(statement.id, text);
        order.set(statement.id, order.size);
      }
    }
    for (const question of template.questions) {
      const text =
        nonEmpty(custom?.questions[question.id]) ?? templateItemText(t, template.id, 'questions', question.id, question.text);
      if (!own.questions.has(question.id)) own.questions.set(question.id, text);
      if (!questions.has(question.id)) questions.set(question.id, text);
    }
    for (const pillar of template.pillars) {
      if (!pillars.has(pillar.id)) {
        const name =
          nonEmpty(custom?.pillars[pillar.id]?.name) ?? templateItemText(t, template.id, 'pillars', pillar.id, pillar.name);
        pillars.set(pillar.id, { ...pillar, name });
      }
    }
  }
  return {
    questionIdsOf: (templateId) => [...(byTemplate.get(templateId)?.questions.keys() ?? [])],
    statement: (id, templateId) =>
      (templateId ? byTemplate.get(templateId)?.statements.get(id) : undefined) ??
      statements.get(id) ??
      t('history.unknownStatement', { id }),
    question: (id, templateId) =>
      (templateId ? byTemplate.get(templateId)?.questions.get(id) : undefined) ??
      questions.get(id) ??
      t('history.unknownQuestion', { id }),
    statementOrder: (ids) =>
      [...new Set(ids)].sort(
        (a, b) => (order.get(a) ?? Number.MAX_SAFE_INTEGER) - (order.get(b) ?? Number.MAX_SAFE_INTEGER) || a.localeCompare(b),
      ),
    pillars: [...pillars.values()],
  };
}
