import { describe, expect, it } from 'vitest';
import type { RegisterEntry } from '../../api/client.ts';
import {
  ageOf,
  answersInRegisters,
  formatAge,
  groupByRegister,
  isActive,
  registerCounts,
  sortForRegisterList,
} from './registers.ts';

function entry(overrides: Partial<RegisterEntry>): RegisterEntry {
  return {
    id: crypto.randomUUID(),
    teamId: 'team',
    register: 'customer-channels',
    title: 'Title',
    status: 'open',
    notes: [],
    sourceSessionId: 's1',
    createdAt: '2026-01-01T10:00:00.000Z',
    updatedAt: '2026-01-01T10:00:00.000Z',
    history: [],
    ...overrides,
  };
}

describe('register entries', () => {
  it('are grouped by register in the registers’ order, oldest first, without empty registers', () => {
    const risk = entry({ register: 'trust-risks', title: 'risk', createdAt: '2026-01-03T00:00:00Z' });
    const newer = entry({ register: 'customer-channels', title: 'newer', createdAt: '2026-01-05T00:00:00Z' });
    const older = entry({ register: 'customer-channels', title: 'older', createdAt: '2026-01-02T00:00:00Z' });
    const groups = groupByRegister([risk, newer, older]);
    expect(groups.map((group) => group.register)).toEqual(['customer-channels', 'trust-risks']);
    expect(groups[0]!.entries.map((item) => item.title)).toEqual(['older', 'newer']);
    expect(groupByRegister([])).toEqual([]);
  });

  it('list active entries first (longest open first), then closed ones, latest change first', () => {
    const list = sortForRegisterList([
      entry({ title: 'done early', status: 'done', updatedAt: '2026-01-02T00:00:00Z' }),
      entry({ title: 'open new', status: 'open', createdAt: '2026-01-09T00:00:00Z' }),
      entry({ title: 'dropped late', status: 'dropped', updatedAt: '2026-01-08T00:00:00Z' }),
      entry({ title: 'in progress old', status: 'in-progress', createdAt: '2026-01-01T00:00:00Z' }),
    ]);
    expect(list.map((item) => item.title)).toEqual(['in progress old', 'open new', 'dropped late', 'done early']);
  });

  it('count as active when open or in progress', () => {
    expect(['open', 'in-progress', 'done', 'dropped'].map((status) => isActive({ status } as RegisterEntry))).toEqual([
      true,
      true,
      false,
      false,
    ]);
    const entries = [
      entry({ register: 'trust-risks' }),
      entry({ register: 'trust-risks', status: 'in-progress' }),
      entry({ register: 'trust-risks', status: 'done' }),
      entry({ register: 'unclear-benefit' }),
      entry({ register: 'unclear-benefit', status: 'dropped' }),
    ];
    expect(registerCounts(entries)).toEqual({ 'customer-channels': 0, 'decisions-to-revisit': 0, 'unclear-benefit': 1, 'trust-risks': 2 });
    expect(registerCounts(entries, true)).toEqual({
      'customer-channels': 0,
      'decisions-to-revisit': 0,
      'unclear-benefit': 2,
      'trust-risks': 3,
    });
  });

  it('say which answers of a check went to which register, from their notes', () => {
    const note = (answerId: string, sessionId: string) => ({ answerId, sessionId, text: 't', questionId: 'q', addedAt: '' });
    const map = answersInRegisters(
      [
        entry({ register: 'trust-risks', notes: [note('a1', 's2'), note('a0', 's1')] }),
        entry({ register: 'customer-channels', notes: [note('a2', 's2')] }),
      ],
      's2',
    );
    expect([...map.entries()]).toEqual([
      ['a1', 'trust-risks'],
      ['a2', 'customer-channels'],
    ]);
  });
});

describe('how long an entry has been open', () => {
  const now = new Date('2026-03-01T12:00:00Z');

  it('is in days for two weeks, then weeks, months and years, never negative', () => {
    expect(ageOf('2026-03-01T11:00:00Z', now)).toEqual({ value: 0, unit: 'day' });
    expect(ageOf('2026-03-02T11:00:00Z', now)).toEqual({ value: 0, unit: 'day' });
    expect(ageOf('2026-02-28T11:00:00Z', now)).toEqual({ value: 1, unit: 'day' });
    expect(ageOf('2026-02-17T12:00:00Z', now)).toEqual({ value: 12, unit: 'day' });
    expect(ageOf('2026-02-15T12:00:00Z', now)).toEqual({ value: 2, unit: 'week' });
    expect(ageOf('2025-12-01T12:00:00Z', now)).toEqual({ value: 2, unit: 'month' });
    expect(ageOf('2023-03-01T12:00:00Z', now)).toEqual({ value: 3, unit: 'year' });
    expect(ageOf('not a date', now)).toEqual({ value: 0, unit: 'day' });
  });

  it('reads as people say it, in their language', () => {
    expect(formatAge('2026-03-01T08:00:00Z', 'en-US', now)).toBe('today');
    expect(formatAge('2026-02-28T08:00:00Z', 'en-US', now)).toBe('yesterday');
    expect(formatAge('2026-02-17T12:00:00Z', 'en-US', now)).toBe('12 days ago');
    expect(formatAge('2026-02-17T12:00:00Z', 'de-DE', now)).toBe('vor 12 Tagen');
    expect(formatAge('2026-02-17T12:00:00Z', 'sv-SE', now)).toBe('för 12 dagar sedan');
  });
});
