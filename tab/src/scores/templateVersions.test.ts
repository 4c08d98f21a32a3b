import { describe, expect, it } from 'vitest';
import type { Template } from '../api/client.ts';
import { readTemplateVersions, versionsKey, versionsRan } from './templateVersions.ts';

const check = (templateId: string, templateVersion: number) => ({ templateId, templateVersion });

describe('the template versions checks ran', () => {
  it('are each read once, templates in the order of their first check, newer versions first', () => {
    const refs = versionsRan([check('custom', 1), null, check('customer-obsession', 1), check('custom', 3), check('custom', 1), undefined]);
    expect(refs).toEqual([
      { templateId: 'custom', version: 3 },
      { templateId: 'custom', version: 1 },
      { templateId: 'customer-obsession', version: 1 },
    ]);
    expect(versionsKey(refs)).toBe('custom|3,custom|1,customer-obsession|1');
  });

  it('come back built-ins first, without the ones that could not be read', async () => {
    const asked: string[] = [];
    const api = {
      getTemplateVersion: async (templateId: string, version: number, teamId?: string) => {
        asked.push(`${templateId}|${version}|${teamId}`);
        if (templateId === 'other-team') throw new Error('not found');
        return { id: templateId, version, origin: templateId === 'customer-obsession' ? 'built-in' : 'team' } as Template;
      },
    };
    const refs = versionsRan([check('custom', 2), check('other-team', 1), check('customer-obsession', 1)]);
    const read = await readTemplateVersions(api, refs, 'team-1', new AbortController().signal);
    expect(read.map((template) => `${template.id}|${template.version}`)).toEqual(['customer-obsession|1', 'custom|2']);
    expect(asked.sort()).toEqual(['customer-obsession|1|team-1', 'custom|2|team-1', 'other-team|1|team-1']);
  });
});
