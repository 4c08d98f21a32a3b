/**
 * The built-in template's texts in the language shown. The API keeps templates in English
 * and everything refers to their items by id (votes, answers, history), so a meeting where
 * people read different languages still shares one set of data: only the text is per locale.
 *
 * The translations are in the resource files under `templates.<templateId>.…`, keyed by the
 * API's ids. A template or item the resource files do not know (a newer template, a renamed
 * id) shows the API's own English text.
 *
 * DYNAMIC KEYS (built from ids, so not written out in code; keys.test.ts checks them against
 * the API's built-in templates instead):
 *   templates.<templateId>.name
 *   templates.<templateId>.pillars.<pillarId>
 *   templates.<templateId>.statements.<statementId>
 *   templates.<templateId>.questions.<questionId>
 */
import type { TFunction } from 'i18next';
import type { Session } from '../api/client.ts';
import { i18n } from './i18n.ts';

export type TemplateItemKind = 'pillars' | 'statements' | 'questions';

/** Untyped on purpose: these keys are built from ids at run time. */
type DynamicT = (key: string) => string;

function lookup(t: TFunction, key: string, fallback: string): string {
  return i18n.exists(key) ? (t as unknown as DynamicT)(key) : fallback;
}

export function templateItemText(
  t: TFunction,
  templateId: string,
  kind: TemplateItemKind,
  itemId: string,
  fallback: string,
): string {
  return lookup(t, `templates.${templateId}.${kind}.${itemId}`, fallback);
}

/**
 * A check's title: the API names a check after its template's English name and the day
 * ("Customer obsession health check, 2026-01-15"); that name is shown translated. A title
 * someone gave a check is theirs and stays as it is.
 */
export function checkTitle(t: TFunction, templateId: string, title: string): string {
  const key = `templates.${templateId}.name`;
  const englishName: unknown = i18n.getResource('en', 'translation', key);
  if (typeof englishName !== 'string') return title;
  const name = lookup(t, key, englishName);
  if (title === englishName) return name;
  const rest = title.startsWith(`${englishName}, `) ? title.slice(englishName.length + 2) : undefined;
  return rest !== undefined && /^\d{4}-\d{2}-\d{2}$/.test(rest) ? t('check.defaultTitle', { name, date: rest }) : title;
}

type TemplateParts = Pick<Session, 'templateId' | 'title' | 'pillars' | 'statements' | 'questions'>;

/** The session (or any object with a template's parts) with its texts in the language shown; ids unchanged. */
export function localizeSession<S extends TemplateParts>(t: TFunction, session: S): S {
  const { templateId } = session;
  return {
    ...session,
    title: checkTitle(t, templateId, session.title),
    pillars: session.pillars.map((pillar) => ({
      ...pillar,
      name: templateItemText(t, templateId, 'pillars', pillar.id, pillar.name),
    })),
    statements: session.statements.map((statement) => ({
      ...statement,
      text: templateItemText(t, templateId, 'statements', statement.id, statement.text),
    })),
    questions: session.questions.map((question) => ({
      ...question,
      text: templateItemText(t, templateId, 'questions', question.id, question.text),
    })),
  };
}
