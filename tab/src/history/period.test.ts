import { describe, expect, it } from 'vitest';
import { rangeOf } from './period.ts';

describe('history periods', () => {
  it('start the given number of months back, in UTC days', () => {
    const now = new Date('2026-05-20T23:30:00Z');
    expect(rangeOf('quarter', now)).toEqual({ from: '2026-02-20' });
    expect(rangeOf('year', now)).toEqual({ from: '2025-05-20' });
    expect(rangeOf('all', now)).toEqual({});
  });
});
