import { describe, expect, it } from 'vitest';
import { csvField, historyCsv } from './csv.ts';

describe('CSV export', () => {
  it('quotes commas, quotes and line breaks', () => {
    expect(csvField('a, b')).toBe('"a, b"');
    expect(csvField('say "hi"')).toBe('"say ""hi"""');
    expect(csvField('two\nlines')).toBe('"two\nlines"');
    expect(csvField(42.5)).toBe('42.5');
  });

  it('keeps text that looks like a formula as text', () => {
    expect(csvField('=HYPERLINK("x")')).toBe('"\'=HYPERLINK(""x"")"');
    expect(csvField('+1')).toBe("'+1");
    expect(csvField(-3)).toBe('-3');
  });

  it('writes one row per check and statement under a header', () => {
    const csv = historyCsv([
      {
        id: 's1',
        title: 'Week 1',
        templateId: 'customer-obsession',
        templateVersion: 1,
        comparedWith: null,
        state: 'closed',
        createdAt: '2026-11-02T10:00:00.000Z',
        closedAt: '2026-11-02T10:30:00.000Z',
        participants: 5,
        voters: 4,
        overall: 62.5,
        overallInterval: { low: 50, high: 75 },
        unpublishedRatings: 0,
        trend: null,
        statements: [
          { id: 'direct-dialogue', pillarId: 'customer-contact', voters: 4, score: 62.5, interval: { low: 50, high: 75 }, trend: null },
          { id: 'benefit-reviewed', pillarId: 'working-backwards', voters: 2, score: null, interval: null, trend: null },
        ],
      },
    ]);
    const lines = csv.trimEnd().split('\r\n');
    expect(lines).toHaveLength(3);
    expect(lines[0]).toMatch(/^check_id,title,state,created_at/);
    expect(lines[1]).toBe(
      's1,Week 1,closed,2026-11-02T10:00:00.000Z,2026-11-02T10:30:00.000Z,5,4,62.5,50,75,,direct-dialogue,customer-contact,4,62.5,50,75,,customer-obsession,1,0',
    );
    expect(lines[2]).toContain(',benefit-reviewed,working-backwards,2,,,,,customer-obsession,1,0');
  });
});
