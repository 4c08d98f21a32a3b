import { describe, expect, it } from 'vitest';
import { resultsCache, type CachedResults, type ResultsSource } from './resultsCache.ts';

function deferred<T>() {
  let resolve!: (value: T) => void;
  const promise = new Promise<T>((r) => (resolve = r));
  return { promise, resolve };
}

/** A check in storage: its version row and the results computed from what is stored. */
interface StoredCheck {
  version: string | undefined;
  versionReads: number;
  computations: number;
  source: ResultsSource;
}

function storedCheck(version: string | undefined): StoredCheck {
  const check: StoredCheck = {
    version,
    versionReads: 0,
    computations: 0,
    source: {
      readVersion: async () => {
        check.versionReads += 1;
        return check.version;
      },
      etagOf: (v: string) => `"${v}"`,
      compute: async (v: string | undefined): Promise<CachedResults> => {
        check.computations += 1;
        return { body: { computation: check.computations }, etag: v === undefined ? `"h${check.computations}"` : `"${v}"` };
      },
    },
  };
  return check;
}

describe('results cache', () => {
  it('answers from memory within the TTL, then checks the version and reuses the body while it is unchanged', async () => {
    let now = 0;
    const cache = resultsCache(500, () => now);
    const check = storedCheck('v1');
    expect(await cache.resolve('t', 's', check.source)).toEqual({ body: { computation: 1 }, etag: '"v1"' });
    now = 499;
    await cache.resolve('t', 's', check.source);
    expect([check.versionReads, check.computations]).toEqual([1, 1]);
    now = 10_000; // long after the TTL: one version read, same version, same body
    expect(await cache.resolve('t', 's', check.source)).toMatchObject({ etag: '"v1"', body: { computation: 1 } });
    expect([check.versionReads, check.computations]).toEqual([2, 1]);
    check.version = 'v2'; // a write on another instance
    now = 20_000;
    expect(await cache.resolve('t', 's', check.source)).toEqual({ body: { computation: 2 }, etag: '"v2"' });
  });

  it('answers a client that has the current version without computing anything', async () => {
    const cache = resultsCache(0, () => 0);
    const check = storedCheck('v7');
    const resolved = await cache.resolve('t', 's', check.source, (etag) => etag === '"v7"');
    expect(resolved).toEqual({ etag: '"v7"' });
    expect([check.versionReads, check.computations]).toEqual([1, 0]);
    expect(await cache.resolve('t', 's', check.source, (etag) => etag === '"v6"')).toMatchObject({ etag: '"v7"', body: {} });
  });

  it('lets polls that arrive during a read share that read', async () => {
    const cache = resultsCache(500, () => 0);
    const version = deferred<string | undefined>();
    const check = storedCheck('v1');
    const source = { ...check.source, readVersion: () => ((check.versionReads += 1), version.promise) };
    const polls = [cache.resolve('t', 's', source), cache.resolve('t', 's', source), cache.resolve('t', 's', source)];
    version.resolve('a');
    expect((await Promise.all(polls)).map((r) => r.etag)).toEqual(['"a"', '"a"', '"a"']);
    expect([check.versionReads, check.computations]).toEqual([1, 1]);
  });

  it('never answers after a write with a read that started before it', async () => {
    const cache = resultsCache(10_000, () => 0);
    const check = storedCheck('before');
    const before = deferred<string | undefined>();
    const first = cache.resolve('t', 's', { ...check.source, readVersion: () => before.promise });
    check.version = 'after';
    cache.invalidate('t', 's'); // a vote lands (and bumps the version) while the read is under way
    const second = cache.resolve('t', 's', check.source);
    before.resolve('before');
    expect((await first).etag).toBe('"before"');
    expect((await second).etag).toBe('"after"');
    expect((await cache.resolve('t', 's', check.source)).etag).toBe('"after"');
  });

  it('labels results with the version read before computing them, so a write meanwhile means one more refresh, not a stale 304', async () => {
    let now = 0;
    const cache = resultsCache(500, () => now);
    const check = storedCheck('v1');
    const computed = deferred<CachedResults>();
    const slow = cache.resolve('t', 's', { ...check.source, compute: () => computed.promise });
    await Promise.resolve();
    check.version = 'v2'; // a write on another instance after the version read, before the computation ends
    computed.resolve({ body: { includes: 'v2' }, etag: '"v1"' });
    expect((await slow).etag).toBe('"v1"');
    now = 1_000;
    const next = await cache.resolve('t', 's', check.source, (etag) => etag === '"v1"');
    expect(next.etag).toBe('"v2"');
    expect(next.body).toBeDefined();
  });

  it('keeps tenants apart even for the same session id', async () => {
    const cache = resultsCache(10_000, () => 0);
    await cache.resolve('tenant-a', 's', storedCheck('a').source);
    expect((await cache.resolve('tenant-b', 's', storedCheck('b').source)).etag).toBe('"b"');
  });

  it('keeps nothing with a zero TTL, but still shares a read under way', async () => {
    const cache = resultsCache(0, () => 0);
    const check = storedCheck('v1');
    await Promise.all([cache.resolve('t', 's', check.source), cache.resolve('t', 's', check.source)]);
    expect([check.versionReads, check.computations]).toEqual([1, 1]);
    await cache.resolve('t', 's', check.source);
    expect([check.versionReads, check.computations]).toEqual([2, 2]);
  });

  it('computes a check without a version row within the TTL only once, and again after a write', async () => {
    const cache = resultsCache(500, () => 0);
    const check = storedCheck(undefined);
    expect((await cache.resolve('t', 's', check.source)).etag).toBe('"h1"');
    expect((await cache.resolve('t', 's', check.source)).etag).toBe('"h1"');
    cache.invalidate('t', 's');
    expect((await cache.resolve('t', 's', check.source)).etag).toBe('"h2"');
  });
});
