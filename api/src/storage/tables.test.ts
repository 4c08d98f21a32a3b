import { describe, expect, it } from 'vitest';
import { fromJsonColumns, toJsonColumns } from './tables.ts';

describe('JSON columns', () => {
  it('keep a short value in one column', () => {
    expect(toJsonColumns('notes', [1, 2])).toEqual({ notes0: '[1,2]' });
  });

  it('split a long value under the 64 KiB property limit and join it again, never inside a surrogate pair', () => {
    const value = Array.from({ length: 60 }, (_, index) => ({ text: `x${'😀'.repeat(999)}` }));
    const columns = toJsonColumns('notes', value);
    expect(Object.keys(columns).length).toBeGreaterThan(3);
    expect(Object.values(columns).some((column) => column.length === 29_999)).toBe(true); // a pair was kept whole
    for (const column of Object.values(columns)) {
      expect(column.length * 2).toBeLessThanOrEqual(64 * 1024);
      expect(column).toBe(Buffer.from(column, 'utf8').toString('utf8')); // well-formed: no lone surrogate
    }
    expect(fromJsonColumns('notes', columns)).toEqual(value);
  });
});
