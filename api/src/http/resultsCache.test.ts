import { describe, expect, it } from 'vitest';
import { resultsCache, type CachedResults } from './resultsCache.ts';

const results = (etag: string): CachedResults => ({ body: { etag }, etag });

function deferred() {
  let resolve!: (value: CachedResults) => void;
  const promise = new Promise<CachedResults>((r) => (resolve = r));
  return { promise, resolve };
}

describe('results cache', () => {
  it('serves a computed result until its time is up', async () => {
    let now = 0;
    let computed = 0;
    const cache = resultsCache(500, () => now);
    const compute = async () => results(`"${++computed}"`);
    expect((await cache.getOrCompute('t', 's', compute)).etag).toBe('"1"');
    now = 499;
    expect((await cache.getOrCompute('t', 's', compute)).etag).toBe('"1"');
    now = 501;
    expect((await cache.getOrCompute('t', 's', compute)).etag).toBe('"2"');
  });

  it('lets polls that arrive during a read share that read', async () => {
    const cache = resultsCache(500, () => 0);
    const read = deferred();
    let reads = 0;
    const compute = () => {
      reads += 1;
      return read.promise;
    };
    const polls = [cache.getOrCompute('t', 's', compute), cache.getOrCompute('t', 's', compute), cache.getOrCompute('t', 's', compute)];
    read.resolve(results('"a"'));
    expect((await Promise.all(polls)).map((r) => r.etag)).toEqual(['"a"', '"a"', '"a"']);
    expect(reads).toBe(1);
  });

  it('never answers after a write with a read that started before it', async () => {
    const cache = resultsCache(10_000, () => 0);
    const before = deferred();
    const first = cache.getOrCompute('t', 's', () => before.promise);
    cache.invalidate('t', 's'); // a vote lands while the read is under way
    const second = cache.getOrCompute('t', 's', async () => results('"after"'));
    before.resolve(results('"before"'));
    expect((await first).etag).toBe('"before"');
    expect((await second).etag).toBe('"after"');
    expect((await cache.getOrCompute('t', 's', async () => results('"again"'))).etag).toBe('"after"');
  });

  it('keeps tenants apart even for the same session id', async () => {
    const cache = resultsCache(10_000, () => 0);
    await cache.getOrCompute('tenant-a', 's', async () => results('"a"'));
    expect((await cache.getOrCompute('tenant-b', 's', async () => results('"b"'))).etag).toBe('"b"');
  });

  it('keeps nothing with a zero TTL, but still shares a read under way', async () => {
    const cache = resultsCache(0, () => 0);
    let reads = 0;
    const compute = async () => results(`"${++reads}"`);
    await Promise.all([cache.getOrCompute('t', 's', compute), cache.getOrCompute('t', 's', compute)]);
    expect(reads).toBe(1);
    await cache.getOrCompute('t', 's', compute);
    expect(reads).toBe(2);
  });
});
