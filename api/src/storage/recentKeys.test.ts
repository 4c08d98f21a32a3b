import { describe, expect, it } from 'vitest';
import { recentKeys } from './recentKeys.ts';

describe('recent keys', () => {
  it('remember what was added and forget what was deleted', () => {
    const keys = recentKeys(3);
    keys.add('a');
    expect(keys.has('a')).toBe(true);
    expect(keys.has('b')).toBe(false);
    keys.delete('a');
    expect(keys.has('a')).toBe(false);
    expect(keys.size).toBe(0);
  });

  it('hold at most their capacity, dropping the least recently used first', () => {
    const keys = recentKeys(3);
    for (const key of ['a', 'b', 'c']) keys.add(key);
    expect(keys.has('a')).toBe(true); // a use: b is now the oldest
    keys.add('d');
    expect(keys.size).toBe(3);
    expect(keys.has('b')).toBe(false);
    expect(['a', 'c', 'd'].every((key) => keys.has(key))).toBe(true);
  });

  it('count adding a remembered key again as a use, not as a second entry', () => {
    const keys = recentKeys(2);
    keys.add('a');
    keys.add('b');
    keys.add('a');
    expect(keys.size).toBe(2);
    keys.add('c');
    expect(keys.has('a')).toBe(true);
    expect(keys.has('b')).toBe(false);
  });

  it('stay bounded under many keys', () => {
    const keys = recentKeys(10_000);
    for (let index = 0; index < 25_000; index += 1) keys.add(`key-${index}`);
    expect(keys.size).toBe(10_000);
    expect(keys.has('key-14999')).toBe(false);
    expect(keys.has('key-15000')).toBe(true);
  });

  it('refuse a capacity that could hold nothing', () => {
    expect(() => recentKeys(0)).toThrow(RangeError);
  });
});
