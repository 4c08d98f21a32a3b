import { createTemplateRequestSchema, type TemplateDefinitionResponse } from '@contract';
import { describe, expect, it } from 'vitest';
import {
  byPath,
  definitionOf,
  emptyForm,
  fieldOf,
  formFromDefinition,
  missingTexts,
  problemsFromIssues,
  slugId,
  withItem,
  withLanguages,
  withoutItem,
  withoutPillar,
  withPoints,
  type TemplateForm,
} from './templateForm.ts';

describe('readable ids', () => {
  it('are made from the text: lowercase letters, digits and dashes', () => {
    expect(slugId('Easy to release!', new Set(), 'statement')).toBe('easy-to-release');
    expect(slugId('  Ödmjukhet & Spaß — 2026 ', new Set(), 'statement')).toBe('odmjukhet-spass-2026');
    expect(slugId('Işık, ağ', new Set(), 'statement')).toBe('isik-ag');
    expect(slugId('Søjle æble', new Set(), 'pillar')).toBe('sojle-aeble');
  });

  it('fall back when the text has nothing to use, and are unique', () => {
    expect(slugId('🙂!!', new Set(), 'statement')).toBe('statement');
    expect(slugId('Fun', new Set(['fun', 'fun-2']), 'statement')).toBe('fun-3');
  });

  it('fit the contract: at most 64 characters, no dash at either end', () => {
    const id = slugId(`${'word '.repeat(30)}end`, new Set(), 'statement');
    expect(id.length).toBeLessThanOrEqual(48);
    expect(id).toMatch(/^[a-z0-9][a-z0-9-]*[a-z0-9]$/);
  });
});

function filledForm(): TemplateForm {
  const form = withPoints(emptyForm('en'), 3);
  const pillar = form.pillars[0]!;
  return {
    ...form,
    name: { en: 'Squad check' },
    labels: [{ en: 'Poor' }, { en: 'OK' }, { en: 'Great' }],
    pillars: [{ ...pillar, name: { en: 'Delivery' } }],
    statements: [
      { key: 's1', pillarKey: pillar.key, text: { en: 'Easy to release' } },
      { key: 's2', pillarKey: pillar.key, text: { en: 'Easy to release' } },
      { key: 's3', pillarKey: pillar.key, text: { en: 'Fun' } },
    ],
  };
}

describe('the definition sent', () => {
  it('gets ids from the default-language texts, unique, and passes the contract', () => {
    const definition = definitionOf(filledForm());
    expect(definition.statements.map((statement) => statement.id)).toEqual(['easy-to-release', 'easy-to-release-2', 'fun']);
    expect(definition.pillars[0]!.id).toBe('delivery');
    expect(definition.statements.every((statement) => statement.pillarId === 'delivery')).toBe(true);
    expect(definition.scale).toEqual({ points: 3, labels: [{ en: 'Poor' }, { en: 'OK' }, { en: 'Great' }] });
    expect(definition).not.toHaveProperty('description');
    expect(createTemplateRequestSchema.safeParse({ ...definition, scope: 'team', teamId: 'team-1' }).success).toBe(true);
  });

  it('keeps the saved ids of an edited template, whatever the text says now', () => {
    const saved: TemplateDefinitionResponse = {
      id: 'squad',
      version: 2,
      origin: 'team',
      teamId: 'team-1',
      updatedAt: '2026-01-01T00:00:00Z',
      languages: ['en', 'sv'],
      name: { en: 'Squad', sv: 'Grupp' },
      scale: { points: 3, labels: [{ en: 'a', sv: 'a' }, { en: 'b', sv: 'b' }, { en: 'c', sv: 'c' }] },
      pillars: [{ id: 'p', name: { en: 'P', sv: 'P' }, description: { en: 'D', sv: 'D' } }],
      statements: [{ id: 'fun', pillarId: 'p', text: { en: 'Fun', sv: 'Kul' } }],
      questions: [{ id: 'q', pillarId: 'p', text: { en: 'Q?', sv: 'F?' }, register: 'trust-risks' }],
    };
    const form = formFromDefinition(saved);
    const renamed = {
      ...form,
      statements: [
        { ...form.statements[0]!, text: { en: 'Joy', sv: 'Glädje' } },
        { key: 'new', pillarKey: form.pillars[0]!.key, text: { en: 'Fun', sv: 'Kul' } },
      ],
    };
    const definition = definitionOf(renamed);
    expect(definition.statements.map((statement) => statement.id)).toEqual(['fun', 'fun-2']);
    expect(definition.pillars[0]).toEqual(saved.pillars[0]);
    expect(definition.questions[0]).toEqual(saved.questions[0]);
    expect(form.scope).toBe('team');
  });

  it('sends only the template languages, leaving empty texts out', () => {
    const form = withLanguages({ ...filledForm(), name: { en: 'Squad', sv: '  ', de: 'Gruppe' } }, 'en', ['sv']);
    expect(form.languages).toEqual(['en', 'sv']);
    expect(definitionOf(form).name).toEqual({ en: 'Squad' });
  });
});

describe('the form changes', () => {
  it('resizes the labels with the scale and keeps those that stay', () => {
    const form = withPoints(filledForm(), 5);
    expect(form.labels).toEqual([{ en: 'Poor' }, { en: 'OK' }, { en: 'Great' }, {}, {}]);
    expect(withPoints(form, 2).labels).toEqual([{ en: 'Poor' }, { en: 'OK' }]);
    expect(withPoints(form, 99).points).toBe(7);
    expect(withPoints(form, 1).points).toBe(2);
  });

  it('puts the default language first and the others in the product order', () => {
    expect(withLanguages(filledForm(), 'sv', ['de', 'en', 'sv']).languages).toEqual(['sv', 'en', 'de']);
  });

  it('changes or removes one item of a list by its key, leaving the others as they are', () => {
    const form: TemplateForm = {
      ...emptyForm('en'),
      statements: [
        { key: 's1', pillarKey: 'p1', text: { en: 'One' } },
        { key: 's2', pillarKey: 'p1', text: { en: 'Two' } },
      ],
    };
    const changed = withItem(form, 'statements', 's2', { text: { en: 'Second' } });
    expect(changed.statements).toEqual([
      { key: 's1', pillarKey: 'p1', text: { en: 'One' } },
      { key: 's2', pillarKey: 'p1', text: { en: 'Second' } },
    ]);
    expect(changed.statements[0]).toBe(form.statements[0]);
    expect(withoutItem(form, 'statements', 's1').statements).toEqual([{ key: 's2', pillarKey: 'p1', text: { en: 'Two' } }]);
    expect(form.statements).toHaveLength(2);
  });

  it('moves a removed pillar’s statements to the first pillar left and its questions to none', () => {
    const form: TemplateForm = {
      ...emptyForm('en'),
      pillars: [
        { key: 'p1', name: { en: 'One' } },
        { key: 'p2', name: { en: 'Two' } },
      ],
      statements: [
        { key: 's1', pillarKey: 'p2', text: { en: 'A' } },
        { key: 's2', pillarKey: 'p1', text: { en: 'B' } },
      ],
      questions: [
        { key: 'q1', pillarKey: 'p2', text: { en: 'Why?' } },
        { key: 'q2', pillarKey: 'p1', text: { en: 'How?' } },
      ],
    };
    const removed = withoutPillar(form, 'p2');
    expect(removed.pillars.map((pillar) => pillar.key)).toEqual(['p1']);
    expect(removed.statements.map((statement) => statement.pillarKey)).toEqual(['p1', 'p1']);
    expect(removed.questions.map((question) => question.pillarKey)).toEqual([undefined, 'p1']);
  });
});

describe('problems', () => {
  it('name every empty text by its path and language', () => {
    const form = withLanguages(filledForm(), 'en', ['sv']);
    const paths = missingTexts(form).map((problem) => problem.path);
    expect(paths).toContain('name.sv');
    expect(paths).toContain('statements.1.text.sv');
    expect(paths).toContain('scale.labels.2.sv');
    expect(paths).not.toContain('description.sv');
    expect(missingTexts(filledForm())).toEqual([]);
  });

  it('turn issues into one problem per field, ids shown on the text they came from', () => {
    const problems = byPath([
      ...problemsFromIssues([{ path: ['statements', 1, 'text', 'sv'], message: 'statements.1.text.sv is missing' }]),
      { path: 'statements.1.text.sv', kind: 'missing', language: 'sv' },
    ]);
    expect(problems.get('statements.1.text.sv')?.kind).toBe('missing');
    expect(fieldOf('statements.2.id', 'en')).toBe('statements.2.text.en');
    expect(fieldOf('pillars.0.id', 'sv')).toBe('pillars.0.name.sv');
    expect(fieldOf('statements', 'en')).toBe('statements');
  });
});
