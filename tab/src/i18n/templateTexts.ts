/**
 * The built-in template's texts in the language shown. The API keeps templates in English
 * and everything refers to their items by id (votes, answers, history), so a meeting where
 * people read different languages still shares one set of data: only the text is per locale.
 *
 * The translations are in the resource files under `templates.<templateId>.…`, keyed by the
 * API's ids. A template or item the resource files do not know (a newer template, a renamed
 * id) shows the API's own English text.
 *
 * Custom templates (a team's or the tenant's) bring their own texts: the plain texts in the
 * template's first language, the others in `translations[language]`. They are shown in the
 * language shown when the template has it, else in the template's first language.
 *
 * DYNAMIC KEYS (built from ids, so not written out in code; keys.test.ts checks them against
 * the API's built-in templates instead):
 *   templates.<templateId>.name
 *   templates.<templateId>.pillars.<pillarId>
 *   templates.<templateId>.statements.<statementId>
 *   templates.<templateId>.questions.<questionId>
 *   templates.<templateId>.scale.<value>   (optional: a built-in's scale labels)
 */
import type { Translate } from './translator.ts';
import type { Session } from '../api/client.ts';
import { ratingScaleOf, type RatingScale } from '../sidePanel/rating/ratingScale.ts';
import { activeLanguage, i18n } from './i18n.ts';

export type TemplateItemKind = 'pillars' | 'statements' | 'questions';

/** Untyped on purpose: these keys are built from ids at run time. */
type DynamicT = (key: string) => string;

function lookup(t: Translate, key: string, fallback: string): string {
  return i18n.exists(key) ? (t as unknown as DynamicT)(key) : fallback;
}

export function templateItemText(
  t: Translate,
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
export function checkTitle(t: Translate, templateId: string, title: string): string {
  const key = `templates.${templateId}.name`;
  const englishName = i18n.rawText('en', key);
  if (englishName === undefined) return title;
  const name = lookup(t, key, englishName);
  if (title === englishName) return name;
  const rest = title.startsWith(`${englishName}, `) ? title.slice(englishName.length + 2) : undefined;
  return rest !== undefined && /^\d{4}-\d{2}-\d{2}$/.test(rest) ? t('check.defaultTitle', { name, date: rest }) : title;
}

type TemplateParts = Pick<Session, 'templateId' | 'title' | 'pillars' | 'statements' | 'questions'> &
  Partial<Pick<Session, 'translations'>>;

type Translations = Session['translations'];
type CustomTexts = NonNullable<Translations[keyof Translations]>;

/** The custom template's texts in `language`, when it has them (built-ins send none). */
export function customTextsFor(translations: Translations | undefined, language: string): CustomTexts | undefined {
  return translations?.[language as keyof Translations];
}

/** A custom text where there is one (and not empty), else the resource file's or the plain one. */
function pick(custom: string | undefined, fallback: () => string): string {
  return custom?.trim() ? custom : fallback();
}

/**
 * The session (or any object with a template's parts) with its texts in the language shown;
 * ids unchanged. `language` defaults to the one shown now.
 */
export function localizeSession<S extends TemplateParts>(t: Translate, session: S, language: string = activeLanguage()): S {
  const { templateId } = session;
  const custom = customTextsFor(session.translations, language);
  return {
    ...session,
    title: custom ? customTitle(t, session.title, custom) : checkTitle(t, templateId, session.title),
    pillars: session.pillars.map((pillar) => ({
      ...pillar,
      name: pick(custom?.pillars[pillar.id]?.name, () => templateItemText(t, templateId, 'pillars', pillar.id, pillar.name)),
      description: pick(custom?.pillars[pillar.id]?.description, () => pillar.description),
    })),
    statements: session.statements.map((statement) => ({
      ...statement,
      text: pick(custom?.statements[statement.id], () =>
        templateItemText(t, templateId, 'statements', statement.id, statement.text),
      ),
    })),
    questions: session.questions.map((question) => ({
      ...question,
      text: pick(custom?.questions[question.id], () =>
        templateItemText(t, templateId, 'questions', question.id, question.text),
      ),
    })),
  };
}

/**
 * A custom template's check is named "<name>, <day>" after the name in its first language;
 * shown with the name in the language shown. A title someone gave stays as it is.
 */
function customTitle(t: Translate, title: string, custom: CustomTexts): string {
  const match = /^(.+), (\d{4}-\d{2}-\d{2})$/.exec(title);
  if (!match || !custom.name.trim()) return title;
  return t('check.defaultTitle', { name: custom.name, date: match[2] });
}

type ScaleParts = Pick<Session, 'templateId' | 'scale'> & Partial<Pick<Session, 'translations'>>;

/** The built-in 5-point names ("4 – Agree") every language has, for templates without own labels. */
const builtInFivePointNames = [
  'rating.names.1',
  'rating.names.2',
  'rating.names.3',
  'rating.names.4',
  'rating.names.5',
] as const;

/**
 * The check's rating scale in the language shown: the custom template's labels in this language,
 * else a built-in's resource labels (`templates.<id>.scale.<value>`), else the labels the API
 * sent. A built-in 5-point scale without resource labels keeps the resource file's names.
 */
export function localizeScale(t: Translate, session: ScaleParts, language: string = activeLanguage()): RatingScale {
  const { templateId, scale } = session;
  const custom = customTextsFor(session.translations, language);
  const dynamicT = t as unknown as DynamicT;
  const labels = Array.from({ length: scale.points }, (_, index) => {
    const key = `templates.${templateId}.scale.${index + 1}`;
    return pick(custom?.scaleLabels[index], () => (i18n.exists(key) ? dynamicT(key) : (scale.labels[index] ?? '')));
  });
  const builtIn = i18n.exists(`templates.${templateId}.name`);
  const hasScaleTexts = i18n.exists(`templates.${templateId}.scale.1`);
  const fixedNames =
    builtIn && !hasScaleTexts && scale.points === 5 ? builtInFivePointNames.map((key) => t(key)) : [];
  return ratingScaleOf(scale.points, labels, (value, label) => t('rating.valueName', { value, label }), fixedNames);
}

type NamedTemplate = Pick<Session, 'templateId'> & { readonly name: string; readonly description?: string } & Partial<
    Pick<Session, 'translations'>
  >;

/** A template's name in the language shown: its own translation, a built-in's resource text, or the plain name. */
export function templateName(t: Translate, template: NamedTemplate, language: string = activeLanguage()): string {
  return pick(customTextsFor(template.translations, language)?.name, () =>
    lookup(t, `templates.${template.templateId}.name`, template.name),
  );
}

