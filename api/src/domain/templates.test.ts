import { describe, expect, it } from 'vitest';
import { builtInTemplates, customerObsession, findTemplate } from './templates.ts';

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
      expect(pillarIds.has(item.pillarId), `${item.id} → ${item.pillarId}`).toBe(true);
      expect(item.text.trim()).not.toBe('');
    }
    const ids = [...template.statements, ...template.questions].map((item) => item.id);
    expect(new Set(ids).size).toBe(ids.length);
    for (const id of ids) expect(id).toMatch(/^[a-z0-9-]+$/);
  });

  it('is found by its id', () => {
    expect(findTemplate('customer-obsession')).toBe(customerObsession);
    expect(findTemplate('nope')).toBeUndefined();
  });
});
