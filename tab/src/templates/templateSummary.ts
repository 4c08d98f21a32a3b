/**
 * A template summary's texts in the language shown. A list carries only names and sizes
 * (statements and the rest come with the template itself): a custom template's name and
 * description in each of its languages, a built-in's in English, translated by the resource files.
 */
import type { TemplateSummary } from '../api/client.ts';
import { activeLanguage } from '../i18n/i18n.ts';
import { templateName } from '../i18n/templateTexts.ts';
import type { Translate } from '../i18n/translator.ts';

type Texts = TemplateSummary['name'];

/** The text in `language`, else in the template's default language. */
function textIn(texts: Texts | undefined, summary: TemplateSummary, language: string): string {
  const own = texts?.[language];
  if (own?.trim()) return own;
  return texts?.[summary.languages[0] ?? ''] ?? '';
}

export function summaryName(t: Translate, summary: TemplateSummary, language: string = activeLanguage()): string {
  const plain = textIn(summary.name, summary, language) || summary.id;
  return summary.origin === 'built-in' ? templateName(t, { templateId: summary.id, name: plain }, language) : plain;
}

/** A custom template's description in the language shown; built-ins describe themselves elsewhere. */
export function summaryDescription(summary: TemplateSummary, language: string = activeLanguage()): string {
  return summary.origin === 'built-in' ? '' : textIn(summary.description, summary, language);
}
