/**
 * Statement, question and pillar texts for ids found in a history, in the language shown.
 * Ids are stable across template versions; a history may also hold checks of other
 * templates, whose ids are then shown as they are.
 */
import type { TFunction } from 'i18next';
import type { Templates } from '../api/client.ts';
import { templateItemText } from '../i18n/templateTexts.ts';

type Template = Templates['templates'][number];

export interface TemplateTexts {
  statement(id: string): string;
  question(id: string): string;
  /** Question ids of a template in its order; empty for a template this app does not know. */
  questionIdsOf(templateId: string): readonly string[];
  /** Known statement ids in template order: the order lines, columns and lists use. */
  statementOrder(ids: Iterable<string>): string[];
  readonly pillars: readonly Template['pillars'][number][];
}

/** `t` of the language shown: build the texts again when it changes. */
export function templateTexts(templates: readonly Template[], t: TFunction): TemplateTexts {
  const statements = new Map<string, string>();
  const questions = new Map<string, string>();
  const order = new Map<string, number>();
  const pillars = new Map<string, Template['pillars'][number]>();
  for (const template of templates) {
    for (const statement of template.statements) {
      if (!statements.has(statement.id)) {
        statements.set(statement.id, templateItemText(t, template.id, 'statements', statement.id, statement.text));
        order.set(statement.id, order.size);
      }
    }
    for (const question of template.questions) {
      if (!questions.has(question.id)) {
        questions.set(question.id, templateItemText(t, template.id, 'questions', question.id, question.text));
      }
    }
    for (const pillar of template.pillars) {
      if (!pillars.has(pillar.id)) {
        const name = templateItemText(t, template.id, 'pillars', pillar.id, pillar.name);
        pillars.set(pillar.id, { ...pillar, name });
      }
    }
  }
  return {
    questionIdsOf: (templateId) =>
      templates.find((template) => template.id === templateId)?.questions.map((question) => question.id) ?? [],
    statement: (id) => statements.get(id) ?? t('history.unknownStatement', { id }),
    question: (id) => questions.get(id) ?? t('history.unknownQuestion', { id }),
    statementOrder: (ids) =>
      [...new Set(ids)].sort(
        (a, b) => (order.get(a) ?? Number.MAX_SAFE_INTEGER) - (order.get(b) ?? Number.MAX_SAFE_INTEGER) || a.localeCompare(b),
      ),
    pillars: [...pillars.values()],
  };
}
