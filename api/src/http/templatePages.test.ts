import { describe, expect, it } from 'vitest';
import type { TemplateSummary } from '../domain/templateSummaries.ts';
import { HttpError } from './errors.ts';
import { decodeContinuation, encodeContinuation, placeOf, templatePage } from './templatePages.ts';

const summary = (id: string, origin: TemplateSummary['origin'], name: string): TemplateSummary => ({
  id,
  version: 1,
  origin,
  name: { de: name },
  languages: ['de'],
  statementCount: 1,
  questionCount: 0,
  pillarCount: 1,
  scalePoints: 5,
});

const all = [
  summary('t2', 'tenant', 'Ärger'),
  summary('squad-health', 'built-in', 'Squad health check'),
  summary('b', 'team', 'Zebra'),
  summary('a', 'team', 'zebra'),
  summary('t1', 'tenant', 'Apfel: rot'),
  summary('customer-obsession', 'built-in', 'Customer obsession health check'),
  summary('c', 'team', 'Äpfel'),
];

describe('template pages', () => {
  it('orders built-ins (in their own order), the team’s, then the tenant’s, by name then id', () => {
    expect(templatePage(all, 50).templates.map((template) => template.id)).toEqual([
      'customer-obsession',
      'squad-health',
      'c',
      'a',
      'b',
      't1',
      't2',
    ]);
  });

  it('gives every template once over pages of any size, the last with no continuation', () => {
    const whole = templatePage(all, 50).templates.map((template) => template.id);
    for (let size = 1; size <= all.length; size += 1) {
      const seen: string[] = [];
      let page = templatePage(all, size);
      seen.push(...page.templates.map((template) => template.id));
      while (page.continuation) {
        page = templatePage(all, size, decodeContinuation(page.continuation));
        seen.push(...page.templates.map((template) => template.id));
      }
      expect(seen, `size ${size}`).toEqual(whole);
    }
  });

  it('round-trips a place with any name, and is base64url', () => {
    const place = placeOf(summary('x', 'tenant', 'Ünïcödé: a:b 😀'));
    const continuation = encodeContinuation(place);
    expect(continuation).toMatch(/^[A-Za-z0-9_-]+$/);
    expect(decodeContinuation(continuation)).toEqual(place);
  });

  it.each([
    ['not base64url', '!!!'],
    ['no place', Buffer.from('hello').toString('base64url')],
    ['an unknown built-in', Buffer.from('0:gone:').toString('base64url')],
    ['a built-in with a name', Buffer.from('0:squad-health:x').toString('base64url')],
    ['a name over 300 characters', Buffer.from(`2:id:${'n'.repeat(301)}`).toString('base64url')],
    ['padding', `${Buffer.from('2:id:Name').toString('base64url')}==`],
  ])('refuses a continuation with %s as a 400 naming it', (_case, continuation) => {
    const refusal = (() => {
      try {
        decodeContinuation(continuation);
      } catch (error) {
        return error;
      }
    })();
    expect(refusal).toBeInstanceOf(HttpError);
    expect(refusal).toMatchObject({ status: 400, field: 'continuation' });
  });
});
