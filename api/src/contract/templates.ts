/**
 * Templates as the contract sends them, and the definition a team or a tenant admin writes.
 * A template's texts come in one or more languages; the first language is the one the plain
 * `name`/`text` fields carry, the others are in `translations`. Statement ids are what votes,
 * answers and history refer to: a new version that keeps an id keeps the statement's history.
 */
import { z } from 'zod';
import { templateDefinitionProblems } from '../domain/templateRules.ts';
import { keySafeId } from './fields.ts';
import { registerKindSchema } from './registers.ts';
import {
  maxPillars,
  maxQuestions,
  maxScalePoints,
  maxStatements,
  minScalePoints,
  templateLanguages,
  templateTextMaxLength,
} from './limits.ts';

// Plain constants live in limits.ts (no zod, so the tab can use them); exported here as ever.
export { maxPillars, maxQuestions, maxScalePoints, maxStatements, minScalePoints, templateLanguages, templateTextMaxLength };

export const languageSchema = z.enum(templateLanguages, {
  error: `language must be one of ${templateLanguages.join(', ')}`,
});
export type TemplateLanguage = z.infer<typeof languageSchema>;

// ---- as the API sends them ----------------------------------------------------------------

export const pillarSchema = z.object({ id: z.string(), name: z.string(), description: z.string() });
export const statementSchema = z.object({ id: z.string(), pillarId: z.string(), text: z.string() });
export const questionSchema = z.object({
  id: z.string(),
  /** A custom template may leave a question outside every pillar. */
  pillarId: z.string().optional(),
  text: z.string(),
  /** The register an answer to this question goes to by default; the facilitator may pick another. */
  register: registerKindSchema.optional(),
});

/** Rating values are 1…points; labels are what each value means, lowest first. */
export const scaleSchema = z.object({
  points: z.number().int().min(minScalePoints).max(maxScalePoints),
  labels: z.array(z.string()),
});
export type ScaleDto = z.infer<typeof scaleSchema>;

/** All texts of a template in one more language, keyed by the ids of the default texts. */
export const templateTextsSchema = z.object({
  name: z.string(),
  description: z.string(),
  pillars: z.record(z.string(), z.object({ name: z.string(), description: z.string() })),
  statements: z.record(z.string(), z.string()),
  questions: z.record(z.string(), z.string()),
  scaleLabels: z.array(z.string()),
});
export type TemplateTextsDto = z.infer<typeof templateTextsSchema>;

export const templateOriginSchema = z.enum(['built-in', 'tenant', 'team']);

export const templateSchema = z.object({
  id: z.string(),
  /** 1 for a new template; every saved edit adds one. Checks keep the version they ran. */
  version: z.number().int(),
  origin: templateOriginSchema,
  /** The team a team template belongs to. */
  teamId: z.string().optional(),
  name: z.string(),
  description: z.string(),
  /** The first is the language of the plain texts; `translations` has the others. */
  languages: z.array(languageSchema),
  scale: scaleSchema,
  pillars: z.array(pillarSchema),
  statements: z.array(statementSchema),
  questions: z.array(questionSchema),
  /** Built-in templates are translated by the tab's resource files and send none. */
  translations: z.partialRecord(languageSchema, templateTextsSchema),
  updatedAt: z.string().optional(),
  /** Display name of who saved this version. */
  updatedBy: z.string().optional(),
});
export type TemplateDto = z.infer<typeof templateSchema>;

/** A text in each of a template's languages, e.g. `{ "en": "Fun", "sv": "Kul" }` (see localizedTextSchema). */
export const localizedTextsSchema = z.record(z.string(), z.string());

/**
 * What a list shows of a template: its names and sizes, none of its statements or questions.
 * The template itself, to run or to show a check's texts, is `GET /api/templates/{id}?version=`.
 */
export const templateSummarySchema = z.object({
  id: z.string(),
  version: z.number().int(),
  origin: templateOriginSchema,
  teamId: z.string().optional(),
  /** In every language of the template; a built-in's only in English (the tab translates it). */
  name: localizedTextsSchema,
  /** Absent when the template has none. */
  description: localizedTextsSchema.optional(),
  /** The first is the template's default language. */
  languages: z.array(languageSchema),
  statementCount: z.number().int(),
  questionCount: z.number().int(),
  pillarCount: z.number().int(),
  scalePoints: z.number().int(),
  updatedAt: z.string().optional(),
  /** Display name of who saved this version. */
  updatedBy: z.string().optional(),
});
export type TemplateSummaryDto = z.infer<typeof templateSummarySchema>;

/**
 * One page of the templates a team can run: the built-ins first, then the team's own, then the
 * tenant's, each by name (in its default language) and id. `continuation` reads the next page.
 */
export const templatesResponseSchema = z.object({
  templates: z.array(templateSummarySchema),
  /** Null on the last page. */
  continuation: z.string().nullable(),
});
export type TemplatesResponse = z.infer<typeof templatesResponseSchema>;

export const templatePageSizeDefault = 20;
export const templatePageSizeMax = 50;
/** A continuation holds the last template's name (at most 300 characters), so it stays under this. */
export const templateContinuationMaxLength = 2048;

/** The team a template request is for: the caller must be in it (else 404). */
export const templateTeamQuerySchema = z.object({
  /** With a team: the built-in, the tenant's and this team's templates; without: no team's. */
  teamId: keySafeId('teamId', 256).optional(),
});

export const listTemplatesQuerySchema = templateTeamQuerySchema.extend({
  pageSize: z.coerce
    .number({ error: 'pageSize must be a whole number' })
    .int('pageSize must be a whole number')
    .min(1, 'pageSize must be at least 1')
    .max(templatePageSizeMax, `pageSize must be at most ${templatePageSizeMax}`)
    .default(templatePageSizeDefault),
  /** The `continuation` of the page before, as it came: the templates after it follow. */
  continuation: z
    .string({ error: 'continuation must be a string' })
    .min(1, 'continuation must not be empty')
    .max(templateContinuationMaxLength, 'continuation must be the continuation of an earlier page')
    .regex(/^[A-Za-z0-9_-]+$/, 'continuation must be the continuation of an earlier page')
    .optional(),
});
export type ListTemplatesQuery = z.infer<typeof listTemplatesQuerySchema>;

export const templateParamsSchema = z.object({ templateId: keySafeId('templateId', 64) });
export const templateVersionQuerySchema = z.object({
  version: z.coerce
    .number({ error: 'version must be a whole number' })
    .int('version must be a whole number')
    .min(1, 'version must be at least 1')
    .optional(),
});

// ---- as a team or a tenant admin writes them ---------------------------------------------

/**
 * One text in every language of the template, e.g. `{ "en": "Fun", "sv": "Kul" }`. Whether
 * every language is there is checked against `languages` (see templateDefinitionProblems).
 */
export const localizedTextSchema = z.record(
  z.string(),
  z.string({ error: 'each text must be a string' }).trim().max(templateTextMaxLength, `each text must be at most ${templateTextMaxLength} characters`),
  { error: 'must be an object of texts by language, e.g. { "en": "…" }' },
);
export type LocalizedText = z.infer<typeof localizedTextSchema>;

/** Lowercase ids like `easy-to-release`: stable, readable in exports, safe in table keys. */
export const templateItemId = (field: string) =>
  z
    .string({ error: `${field} must be a string` })
    .regex(/^[a-z0-9][a-z0-9-]{0,63}$/, `${field} must be 1–64 lowercase letters, digits or dashes`);

export const templateDefinitionSchema = z.object({
  languages: z
    .array(languageSchema)
    .min(1, 'languages must name at least one language')
    .max(templateLanguages.length),
  name: localizedTextSchema,
  description: localizedTextSchema.optional(),
  scale: z.object({
    points: z
      .number({ error: 'scale.points must be a number' })
      .int('scale.points must be a whole number')
      .min(minScalePoints, `scale.points must be from ${minScalePoints} to ${maxScalePoints}`)
      .max(maxScalePoints, `scale.points must be from ${minScalePoints} to ${maxScalePoints}`),
    /** One label per value, lowest first. */
    labels: z.array(localizedTextSchema),
  }),
  pillars: z
    .array(
      z.object({
        id: templateItemId('pillar id'),
        name: localizedTextSchema,
        description: localizedTextSchema.optional(),
      }),
    )
    .min(1, 'pillars must hold at least one pillar')
    .max(maxPillars, `pillars must hold at most ${maxPillars} pillars`),
  statements: z
    .array(z.object({ id: templateItemId('statement id'), pillarId: z.string(), text: localizedTextSchema }))
    .min(1, 'statements must hold at least one statement')
    .max(maxStatements, `statements must hold at most ${maxStatements} statements`),
  questions: z
    .array(
      z.object({
        id: templateItemId('question id'),
        pillarId: z.string().optional(),
        text: localizedTextSchema,
        register: registerKindSchema.optional(),
      }),
    )
    .max(maxQuestions, `questions must hold at most ${maxQuestions} questions`),
});
export type TemplateDefinition = z.infer<typeof templateDefinitionSchema>;

export const templateScopeSchema = z.enum(['team', 'tenant']);

/**
 * Adds the rules a definition's shape cannot state (translations, unique ids, pillars, labels)
 * as issues at the field's path, so a 400 names e.g. `statements.1.text.sv`. Zod cannot extend
 * a refined object, so each final request schema is refined, not the definition.
 */
function refineDefinition(definition: TemplateDefinition, context: z.RefinementCtx): void {
  for (const problem of templateDefinitionProblems(definition)) {
    context.addIssue({ code: 'custom', message: problem.message, path: problem.field.split('.').map(pathSegment) });
  }
}

const pathSegment = (segment: string): string | number => (/^\d+$/.test(segment) ? Number(segment) : segment);

/** A tenant template needs the admin role; a team template belongs to `teamId`. */
export const createTemplateRequestSchema = templateDefinitionSchema
  .extend({
    scope: templateScopeSchema,
    teamId: keySafeId('teamId', 256).optional(),
  })
  .superRefine(refineDefinition);
export type CreateTemplateRequest = z.infer<typeof createTemplateRequestSchema>;

/**
 * Saves a new version; `baseVersion` is the version the editor started from (409 if stale).
 * A team template is edited for its team: `teamId` must name it (another team's is not found).
 */
export const updateTemplateRequestSchema = templateDefinitionSchema
  .extend({
    baseVersion: z.number({ error: 'baseVersion must be a number' }).int().min(1),
    teamId: keySafeId('teamId', 256).optional(),
  })
  .superRefine(refineDefinition);
export type UpdateTemplateRequest = z.infer<typeof updateTemplateRequestSchema>;

/** A custom template with every language's texts, as its editor loads and saves it. */
export const templateDefinitionResponseSchema = templateDefinitionSchema.extend({
  id: z.string(),
  version: z.number().int(),
  origin: templateOriginSchema,
  teamId: z.string().optional(),
  updatedAt: z.string(),
  updatedBy: z.string().optional(),
});
export type TemplateDefinitionResponse = z.infer<typeof templateDefinitionResponseSchema>;

