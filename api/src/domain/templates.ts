/**
 * Health-check templates. A template is plain data: ids are stable strings that votes,
 * answers and history refer to, so wording can change without breaking stored results.
 *
 * Templates are versioned: a check keeps the version it ran, and saving an edit adds a new
 * version instead of changing one, so past checks keep their statements and scores.
 * Built-in templates live here (in English; the tab translates them with its resource files);
 * a team's or a tenant's templates are stored definitions (see templateFromDefinition).
 */
import type { RegisterKind } from '../contract/registers.ts';
import type { TemplateDefinition, TemplateLanguage } from '../contract/templates.ts';

export type PillarId = string;

export interface Pillar {
  id: PillarId;
  name: string;
  description: string;
}

export interface RatedStatement {
  id: string;
  pillarId: PillarId;
  text: string;
}

export interface OpenQuestion {
  id: string;
  /** A custom template may leave a question outside every pillar. */
  pillarId?: PillarId;
  text: string;
  /** The register an answer to this question goes to by default. */
  register?: RegisterKind;
}

/** Ratings are 1…points; `labels[i]` is what rating i + 1 means, lowest first. */
export interface RatingScale {
  points: number;
  labels: string[];
}

/** All texts of a template in one more language, keyed by the ids of the default texts. */
export interface TemplateTexts {
  name: string;
  description: string;
  pillars: Record<PillarId, { name: string; description: string }>;
  statements: Record<string, string>;
  questions: Record<string, string>;
  scaleLabels: string[];
}

export type TemplateOrigin = 'built-in' | 'tenant' | 'team';

export interface Template {
  id: string;
  /** 1 for a new template; every saved edit adds one. */
  version: number;
  origin: TemplateOrigin;
  /** The team a team template belongs to. */
  teamId?: string;
  name: string;
  description: string;
  /** The first is the language of the plain texts; `translations` has the others. */
  languages: TemplateLanguage[];
  scale: RatingScale;
  pillars: Pillar[];
  statements: RatedStatement[];
  questions: OpenQuestion[];
  translations: Partial<Record<TemplateLanguage, TemplateTexts>>;
  updatedAt?: string;
  /** Display name of who saved this version. */
  updatedBy?: string;
}

export const customerObsession: Template = {
  id: 'customer-obsession',
  version: 1,
  origin: 'built-in',
  name: 'Customer obsession health check',
  description:
    'Where does our team stand on customer focus? Rate three statements and share what you see, anonymously.',
  languages: ['en'],
  scale: { points: 5, labels: ['Strongly disagree', 'Disagree', 'Neutral', 'Agree', 'Strongly agree'] },
  pillars: [
    {
      id: 'customer-contact',
      name: 'Customer contact',
      description:
        'We know who our customers are, inside or outside the company, and we talk with them without detours.',
    },
    {
      id: 'working-backwards',
      name: 'Working backwards',
      description:
        'Before we build anything, we are clear on what it should do for the customer and how it should feel to use.',
    },
    {
      id: 'customer-trust',
      name: 'Customer trust',
      description:
        'Trust takes long to earn and little to lose, so we never spend it on a quick win.',
    },
    {
      id: 'customer-perspective',
      name: 'Customer perspective over competitors',
      description:
        'An idea earns its place by the value it brings our customers, not because a competitor has it.',
    },
  ],
  statements: [
    {
      id: 'direct-dialogue',
      pillarId: 'customer-contact',
      text: 'We talk with our customers directly, not only through others.',
    },
    {
      id: 'trusted-partnership',
      pillarId: 'customer-trust',
      text: 'Our customers trust us, and we work with them as partners.',
    },
    {
      id: 'benefit-reviewed',
      pillarId: 'working-backwards',
      text: 'For every piece of work, we check what it is meant to do for the customer.',
    },
  ],
  questions: [
    {
      id: 'customer-channels',
      pillarId: 'customer-contact',
      text: 'Through which channels do we hear from our customers today?',
      register: 'customer-channels',
    },
    {
      id: 'decisions-to-revisit',
      pillarId: 'customer-perspective',
      text: 'Which recent decisions should we have checked against customer satisfaction first?',
      register: 'decisions-to-revisit',
    },
    {
      id: 'unclear-benefit',
      pillarId: 'working-backwards',
      text: 'Where is the benefit for the customer still unclear to us?',
      register: 'unclear-benefit',
    },
    {
      id: 'trust-risks',
      pillarId: 'customer-trust',
      text: 'What could put our customers\u2019 trust at risk?',
      register: 'trust-risks',
    },
  ],
  translations: {},
};

/**
 * A squad health check in the spirit of Spotify's, written in our own words: how a team
 * delivers, why it works and how it works together, rated as a traffic light.
 */
export const squadHealth: Template = {
  id: 'squad-health',
  version: 1,
  origin: 'built-in',
  name: 'Squad health check',
  description: 'How healthy is our team? Give each statement a traffic light and say what would help, anonymously.',
  languages: ['en'],
  scale: { points: 3, labels: ['Needs attention', 'Some concerns', 'Going well'] },
  pillars: [
    { id: 'delivery', name: 'How we deliver', description: 'Getting good work to the people who need it, at a pace we can keep.' },
    { id: 'purpose', name: 'Why we work', description: 'Knowing what we are here for and seeing that it matters.' },
    { id: 'teamwork', name: 'How we work together', description: 'Enjoying the work, deciding for ourselves and helping each other.' },
  ],
  statements: [
    { id: 'release-flow', pillarId: 'delivery', text: 'Getting our work into users\u2019 hands is quick and painless.' },
    { id: 'steady-pace', pillarId: 'delivery', text: 'We work at a pace we could keep up for months, not just weeks.' },
    { id: 'codebase-health', pillarId: 'delivery', text: 'Our code and tools help us more than they hold us back.' },
    { id: 'shared-purpose', pillarId: 'purpose', text: 'We all know why our team exists and what it should achieve.' },
    { id: 'user-impact', pillarId: 'purpose', text: 'What we ship makes a real difference for the people who use it.' },
    { id: 'growing-skills', pillarId: 'purpose', text: 'We keep getting better at what we do and have room to try new things.' },
    { id: 'enjoy-together', pillarId: 'teamwork', text: 'We enjoy working with each other.' },
    { id: 'own-decisions', pillarId: 'teamwork', text: 'We decide for ourselves how we do our work.' },
    { id: 'help-at-hand', pillarId: 'teamwork', text: 'When we get stuck, help from other teams is easy to get.' },
    { id: 'speak-up', pillarId: 'teamwork', text: 'Anyone of us can raise a problem, and it is taken seriously.' },
  ],
  questions: [
    { id: 'biggest-blocker', pillarId: 'delivery', text: 'What slows us down the most right now?' },
    { id: 'one-change', pillarId: 'teamwork', text: 'Which one change would help our team the most?' },
  ],
  translations: {},
};

export const builtInTemplates: readonly Template[] = [customerObsession, squadHealth];

export function findBuiltInTemplate(templateId: string): Template | undefined {
  return builtInTemplates.find((template) => template.id === templateId);
}

// ---- custom templates ------------------------------------------------------------------------

/** A stored version of a team's or a tenant's template. */
export interface TemplateVersion {
  id: string;
  version: number;
  origin: Exclude<TemplateOrigin, 'built-in'>;
  teamId?: string;
  definition: TemplateDefinition;
  updatedAt: string;
  updatedBy?: string;
  /** Set on the latest version when the template is archived: hidden from lists, past checks keep it. */
  archivedAt?: string;
}

/** The template a stored definition describes: plain texts in its first language, the others as translations. */
export function templateFromDefinition(stored: TemplateVersion): Template {
  const { definition } = stored;
  const [language, ...others] = definition.languages as [TemplateLanguage, ...TemplateLanguage[]];
  const textsIn = (lang: TemplateLanguage): TemplateTexts => ({
    name: definition.name[lang] ?? '',
    description: definition.description?.[lang] ?? '',
    pillars: Object.fromEntries(
      definition.pillars.map((pillar) => [pillar.id, { name: pillar.name[lang] ?? '', description: pillar.description?.[lang] ?? '' }]),
    ),
    statements: Object.fromEntries(definition.statements.map((statement) => [statement.id, statement.text[lang] ?? ''])),
    questions: Object.fromEntries(definition.questions.map((question) => [question.id, question.text[lang] ?? ''])),
    scaleLabels: definition.scale.labels.map((label) => label[lang] ?? ''),
  });
  const plain = textsIn(language);
  return {
    id: stored.id,
    version: stored.version,
    origin: stored.origin,
    teamId: stored.teamId,
    name: plain.name,
    description: plain.description,
    languages: definition.languages,
    scale: { points: definition.scale.points, labels: plain.scaleLabels },
    pillars: definition.pillars.map(({ id }) => ({ id, ...plain.pillars[id]! })),
    statements: definition.statements.map(({ id, pillarId }) => ({ id, pillarId, text: plain.statements[id]! })),
    questions: definition.questions.map(({ id, pillarId, register }) => ({ id, pillarId, register, text: plain.questions[id]! })),
    translations: Object.fromEntries(others.map((other) => [other, textsIn(other)])),
    updatedAt: stored.updatedAt,
    updatedBy: stored.updatedBy,
  };
}
