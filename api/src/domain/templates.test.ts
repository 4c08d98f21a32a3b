import { describe, expect, it } from 'vitest';
import { createTemplateRequestSchema, type TemplateDefinition } from '../contract/templates.ts';
import {
  builtInTemplates,
  customerObsession,
  findBuiltInTemplate,
  squadHealth,
  templateFromDefinition,
} from './templates.ts';
import { templateDefinitionProblems } from './templateRules.ts';

describe('customer obsession template', () => {
  it('has four pillars, three rated statements and four open questions', () => {
    expect(customerObsession.pillars.map((p) => p.id)).toEqual([
      'customer-contact',
      'working-backwards',
      'customer-trust',
      'customer-perspective',
    ]);
    expect(customerObsession.statements).toHaveLength(3);
    expect(customerObsession.questions).toHaveLength(4);
  });

  it('keeps the stable ids that stored votes and answers refer to', () => {
    expect(customerObsession.statements.map((s) => s.id)).toEqual([
      'direct-dialogue',
      'trusted-partnership',
      'benefit-reviewed',
    ]);
    expect(customerObsession.questions.map((q) => q.id)).toEqual([
      'customer-channels',
      'decisions-to-revisit',
      'unclear-benefit',
      'trust-risks',
    ]);
  });

  it.each(builtInTemplates)('$id: every item belongs to a pillar of its template and ids are unique', (template) => {
    const pillarIds = new Set(template.pillars.map((p) => p.id));
    for (const item of [...template.statements, ...template.questions]) {
      expect(item.pillarId !== undefined && pillarIds.has(item.pillarId), `${item.id} → ${item.pillarId}`).toBe(true);
      expect(item.text.trim()).not.toBe('');
    }
    const ids = [...template.statements, ...template.questions].map((item) => item.id);
    expect(new Set(ids).size).toBe(ids.length);
    for (const id of ids) expect(id).toMatch(/^[a-z0-9-]+$/);
  });

  it('is found by its id', () => {
    expect(findBuiltInTemplate('customer-obsession')).toBe(customerObsession);
    expect(findBuiltInTemplate('nope')).toBeUndefined();
  });
});

describe('squad health template', () => {
  it('rates about ten statements in three pillars on a 3-point scale and asks two questions', () => {
    expect(squadHealth.pillars).toHaveLength(3);
    expect(squadHealth.statements).toHaveLength(10);
    expect(squadHealth.questions).toHaveLength(2);
    expect(squadHealth.scale).toEqual({ points: 3, labels: ['Needs attention', 'Some concerns', 'Going well'] });
  });
});

const both = (en: string, sv: string) => ({ en, sv });

function definition(): TemplateDefinition {
  return {
    languages: ['en', 'sv'],
    name: both('Delivery', 'Leverans'),
    scale: { points: 2, labels: [both('No', 'Nej'), both('Yes', 'Ja')] },
    pillars: [{ id: 'flow', name: both('Flow', 'Flöde'), description: both('Moving', 'Rörelse') }],
    statements: [{ id: 'fast', pillarId: 'flow', text: both('Fast.', 'Snabbt.') }],
    questions: [{ id: 'next', text: both('Next?', 'Nästa?'), register: 'unclear-benefit' }],
  };
}

describe('problems of a template definition', () => {
  it('finds none in a complete definition', () => {
    expect(templateDefinitionProblems(definition())).toEqual([]);
  });

  it('names each text missing in a language, and texts in languages the template does not list', () => {
    const incomplete = definition();
    incomplete.statements[0]!.text = { en: 'Fast.', sv: ' ', de: 'Schnell.' };
    incomplete.pillars[0]!.description = { en: 'Only English' };
    expect(templateDefinitionProblems(incomplete).map((problem) => problem.field)).toEqual([
      'pillars.0.description.sv',
      'statements.0.text.sv',
      'statements.0.text.de',
    ]);
  });

  it('lets an optional text be left out in every language', () => {
    const { description: _left, ...pillar } = definition().pillars[0]!;
    expect(templateDefinitionProblems({ ...definition(), pillars: [pillar] })).toEqual([]);
  });

  it('finds repeated ids, a question id used by a statement, unknown pillars, wrong label counts and repeated languages', () => {
    const base = definition();
    const broken: TemplateDefinition = {
      ...base,
      languages: ['en', 'sv', 'en'],
      scale: { points: 3, labels: base.scale.labels },
      pillars: [...base.pillars, ...base.pillars],
      statements: [...base.statements, { ...base.statements[0]!, pillarId: 'elsewhere' }],
      questions: [{ ...base.questions[0]!, id: 'fast' }],
    };
    expect(templateDefinitionProblems(broken).map((problem) => problem.field)).toEqual([
      'languages.2',
      'pillars.1.id',
      'statements.1.id',
      'questions.0.id',
      'statements.1.pillarId',
      'scale.labels',
    ]);
  });

  it('are 400-ready contract issues at the field path', () => {
    const broken = { ...definition(), scope: 'team', teamId: 't', statements: [{ id: 'fast', pillarId: 'flow', text: { en: 'Fast.' } }] };
    const result = createTemplateRequestSchema.safeParse(broken);
    expect(result.success).toBe(false);
    expect(result.error?.issues[0]?.path).toEqual(['statements', 0, 'text', 'sv']);
  });
});

describe('a template from its stored definition', () => {
  it('has the plain texts in its first language and the others as translations', () => {
    const template = templateFromDefinition({
      id: 'custom',
      version: 2,
      origin: 'team',
      teamId: 'team-1',
      definition: definition(),
      updatedAt: '2026-11-23T10:00:00.000Z',
      updatedBy: 'Ava',
    });
    expect(template).toMatchObject({
      id: 'custom',
      version: 2,
      origin: 'team',
      teamId: 'team-1',
      name: 'Delivery',
      description: '',
      languages: ['en', 'sv'],
      scale: { points: 2, labels: ['No', 'Yes'] },
      pillars: [{ id: 'flow', name: 'Flow', description: 'Moving' }],
      statements: [{ id: 'fast', pillarId: 'flow', text: 'Fast.' }],
      questions: [{ id: 'next', text: 'Next?', register: 'unclear-benefit' }],
      translations: {
        sv: {
          name: 'Leverans',
          description: '',
          pillars: { flow: { name: 'Flöde', description: 'Rörelse' } },
          statements: { fast: 'Snabbt.' },
          questions: { next: 'Nästa?' },
          scaleLabels: ['Nej', 'Ja'],
        },
      },
    });
    expect(Object.keys(template.translations)).toEqual(['sv']);
  });
});
