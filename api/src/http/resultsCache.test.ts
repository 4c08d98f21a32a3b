import { describe, expect, it } from 'vitest';
import { resultsCache } from './resultsCache.ts';

describe('results cache', () => {
  it('serves an entry until its time is up', () => {
    let now = 0;
    const cache = resultsCache(500, () => now);
    cache.set('t', 's', { body: { voters: 1 }, etag: '"a"' });
    now = 499;
    expect(cache.get('t', 's')?.etag).toBe('"a"');
    now = 501;
    expect(cache.get('t', 's')).toBeUndefined();
  });

  it('forgets a check as soon as a write through this instance invalidates it', () => {
    const cache = resultsCache(10_000, () => 0);
    cache.set('t', 's', { body: {}, etag: '"a"' });
    cache.invalidate('t', 's');
    expect(cache.get('t', 's')).toBeUndefined();
  });

  it('keeps tenants apart even for the same session id', () => {
    const cache = resultsCache(10_000, () => 0);
    cache.set('tenant-a', 's', { body: {}, etag: '"a"' });
    expect(cache.get('tenant-b', 's')).toBeUndefined();
  });

  it('caches nothing with a zero TTL', () => {
    const cache = resultsCache(0, () => 0);
    cache.set('t', 's', { body: {}, etag: '"a"' });
    expect(cache.get('t', 's')).toBeUndefined();
  });
});
