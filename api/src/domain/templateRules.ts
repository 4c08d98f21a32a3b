/**
 * What is wrong with a template definition beyond its shape: the rules of templates, on any
 * value of the definition's structure. The contract (contract/templates.ts) runs them after its
 * schema passed, so they live here, with no import of the contract.
 */

type LocalizedText = Readonly<Partial<Record<string, string>>>;

/** The parts of a definition the rules read (contract/templates.ts's TemplateDefinition has them). */
export interface DefinitionShape {
  readonly languages: readonly string[];
  readonly name: LocalizedText;
  readonly description?: LocalizedText;
  readonly scale: { readonly points: number; readonly labels: readonly LocalizedText[] };
  readonly pillars: readonly { readonly id: string; readonly name: LocalizedText; readonly description?: LocalizedText }[];
  readonly statements: readonly { readonly id: string; readonly pillarId?: string; readonly text: LocalizedText }[];
  readonly questions: readonly { readonly id: string; readonly pillarId?: string; readonly text: LocalizedText }[];
}

/**
 * A problem of a definition, at the path of the field (as a request body's field, e.g.
 * `statements.1.text.sv`); the message starts with that path, as the API's 400s do.
 */
export interface TemplateProblem {
  field: string;
  message: string;
}

/**
 * The rules a definition's shape alone cannot state: every text in every language the template
 * lists, unique ids, pillars that exist, one label per scale point. Sizes and formats are the
 * contract's (contract/templates.ts); this runs after those passed.
 */
export function templateDefinitionProblems(definition: DefinitionShape): TemplateProblem[] {
  return [
    ...duplicateLanguages(definition.languages),
    ...missingTexts(definition),
    ...duplicateIds(definition),
    ...unknownPillars(definition),
    ...scaleLabelCount(definition),
  ];
}

function duplicateLanguages(languages: readonly string[]): TemplateProblem[] {
  return languages.flatMap((language, index) =>
    languages.indexOf(language) === index ? [] : [{ field: `languages.${index}`, message: `languages.${index}: ${language} is listed twice` }],
  );
}


/** Every localized text of a definition with its field path; optional ones only when given. */
function localizedTexts(definition: DefinitionShape): { field: string; text: LocalizedText | undefined; optional: boolean }[] {
  return [
    { field: 'name', text: definition.name, optional: false },
    { field: 'description', text: definition.description, optional: true },
    ...definition.scale.labels.map((text, index) => ({ field: `scale.labels.${index}`, text, optional: false })),
    ...definition.pillars.flatMap((pillar, index) => [
      { field: `pillars.${index}.name`, text: pillar.name, optional: false },
      { field: `pillars.${index}.description`, text: pillar.description, optional: true },
    ]),
    ...definition.statements.map((statement, index) => ({ field: `statements.${index}.text`, text: statement.text, optional: false })),
    ...definition.questions.map((question, index) => ({ field: `questions.${index}.text`, text: question.text, optional: false })),
  ];
}

/**
 * A text must be there in every language of the template: a participant reading Swedish must
 * not meet an empty statement. An optional text (a description) may be left out, but once
 * written in one language it needs the others too. Texts in languages the template does not
 * list would never be shown, so they are refused rather than silently dropped.
 */
function missingTexts(definition: DefinitionShape): TemplateProblem[] {
  const languages = new Set<string>(definition.languages);
  return localizedTexts(definition).flatMap(({ field, text, optional }) => {
    const given = Object.entries(text ?? {}).filter(([, value]) => value?.trim());
    if (optional && given.length === 0) return [];
    const unknown = Object.keys(text ?? {})
      .filter((language) => !languages.has(language))
      .map((language) => ({ field: `${field}.${language}`, message: `${field}.${language} is in a language the template does not list` }));
    const missing = definition.languages
      .filter((language) => !text?.[language]?.trim())
      .map((language) => ({ field: `${field}.${language}`, message: `${field}.${language} must not be empty: each text is needed in every language of the template` }));
    return [...missing, ...unknown];
  });
}

/** Statements and questions share one id space: votes and answers both refer to items by id. */
function duplicateIds(definition: DefinitionShape): TemplateProblem[] {
  const repeated = (kind: string, items: readonly { id: string }[], seen: Set<string>, what: string): TemplateProblem[] =>
    items.flatMap((item, index) => {
      const problem = seen.has(item.id) ? [{ field: `${kind}.${index}.id`, message: `${kind}.${index}.id "${item.id}" is already used by ${what}` }] : [];
      seen.add(item.id);
      return problem;
    });
  const items = new Set<string>();
  return [
    ...repeated('pillars', definition.pillars, new Set(), 'another pillar'),
    ...repeated('statements', definition.statements, items, 'another statement'),
    ...repeated('questions', definition.questions, items, 'another statement or question'),
  ];
}

function unknownPillars(definition: DefinitionShape): TemplateProblem[] {
  const pillars = new Set(definition.pillars.map((pillar) => pillar.id));
  const check = (kind: string, items: readonly { pillarId?: string }[]): TemplateProblem[] =>
    items.flatMap((item, index) =>
      item.pillarId === undefined || pillars.has(item.pillarId)
        ? []
        : [{ field: `${kind}.${index}.pillarId`, message: `${kind}.${index}.pillarId "${item.pillarId}" is not a pillar of this template` }],
    );
  return [...check('statements', definition.statements), ...check('questions', definition.questions)];
}

function scaleLabelCount({ scale }: DefinitionShape): TemplateProblem[] {
  return scale.labels.length === scale.points
    ? []
    : [{ field: 'scale.labels', message: `scale.labels must have one label per point: ${scale.points}, not ${scale.labels.length}` }];
}
