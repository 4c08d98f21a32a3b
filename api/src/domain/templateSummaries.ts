/**
 * What a template list shows of a template: its names in its languages and its sizes, none of
 * its statements or questions. A list stays small however long the templates are; whoever
 * needs a template's texts reads that one version.
 */
import type { LocalizedText, TemplateDefinition, TemplateLanguage } from '../contract/templates.ts';
import type { Template, TemplateOrigin, TemplateVersion } from './templates.ts';

/** The parts of a definition a list shows; stored beside each version, so a list reads only these. */
export interface DefinitionSummary {
  /** In every language of the template. */
  name: Record<string, string>;
  /** Absent when the template has none. */
  description?: Record<string, string>;
  /** The first is the template's default language. */
  languages: TemplateLanguage[];
  statementCount: number;
  questionCount: number;
  pillarCount: number;
  scalePoints: number;
}

export interface TemplateSummary extends DefinitionSummary {
  id: string;
  version: number;
  origin: TemplateOrigin;
  teamId?: string;
  updatedAt?: string;
  updatedBy?: string;
}

/** A stored version without its definition: what listing the templates table reads. */
export type TemplateVersionSummary = Omit<TemplateVersion, 'definition'> & { summary: DefinitionSummary };

export function summarizeDefinition(definition: TemplateDefinition): DefinitionSummary {
  const { languages } = definition;
  const description = inLanguages(definition.description, languages);
  return {
    name: inLanguages(definition.name, languages) ?? {},
    ...(description ? { description } : {}),
    languages,
    statementCount: definition.statements.length,
    questionCount: definition.questions.length,
    pillarCount: definition.pillars.length,
    scalePoints: definition.scale.points,
  };
}

/** A built-in's summary: its English texts, which the tab translates with its resource files. */
export function builtInSummary(template: Template): TemplateSummary {
  const language = template.languages[0] ?? 'en';
  return {
    id: template.id,
    version: template.version,
    origin: template.origin,
    name: { [language]: template.name },
    ...(template.description ? { description: { [language]: template.description } } : {}),
    languages: template.languages,
    statementCount: template.statements.length,
    questionCount: template.questions.length,
    pillarCount: template.pillars.length,
    scalePoints: template.scale.points,
  };
}

export function customSummary(stored: TemplateVersionSummary): TemplateSummary {
  const { id, version, origin, teamId, updatedAt, updatedBy, summary } = stored;
  return {
    id,
    version,
    origin,
    ...(teamId !== undefined ? { teamId } : {}),
    ...summary,
    updatedAt,
    ...(updatedBy !== undefined ? { updatedBy } : {}),
  };
}

/** The template's own languages' texts, without empty ones; undefined when none is left. */
function inLanguages(text: LocalizedText | undefined, languages: readonly string[]): Record<string, string> | undefined {
  if (!text) return undefined;
  const kept = Object.fromEntries(languages.flatMap((language) => (text[language]?.trim() ? [[language, text[language]!]] : [])));
  return Object.keys(kept).length > 0 ? kept : undefined;
}
