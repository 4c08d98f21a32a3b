/**
 * A per-instance cache of computed results, keyed by the check's results version (the
 * version row of storage/votesTable.ts, replaced by every write that changes the results).
 *
 * - Within the TTL after a check of the version, polls are answered from memory: no storage.
 * - After it, one point read of the version row decides: the same version reuses the body
 *   computed for it however old it is (other instances' writes change the version, so this
 *   is consistent across instances); a client that already has the version's ETag gets its
 *   304 without any computation; only a changed version is computed again.
 * - Polls that arrive while a version read or a computation is under way share it.
 * - Writes through this instance invalidate at once: a version read that started before the
 *   write is not reused, so the writer's next poll sees its own write.
 * - The version is read before the results are computed, and the body is stored under that
 *   version: a write during the computation can only cause one more refresh, never a 304
 *   for data that is out of date.
 *
 * With a TTL of 0 nothing is kept (every read checks the version and computes unless the
 * client has it): that is what a cold instance costs.
 */
export interface CachedResults {
  body: unknown;
  etag: string;
}

/** What the cache answers: the body is left out only when `clientHas(etag)` said so. */
export interface ResolvedResults {
  etag: string;
  body?: unknown;
}

export interface ResultsSource {
  /** The check's current version (one point read), or undefined where it has none. */
  readVersion(): Promise<string | undefined>;
  /** The ETag a version stands for. */
  etagOf(version: string): string;
  /** Reads and computes the results; called after `readVersion`, with what it returned. */
  compute(version: string | undefined): Promise<CachedResults>;
}

export interface ResultsCache {
  resolve(tenantId: string, sessionId: string, source: ResultsSource, clientHas?: (etag: string) => boolean): Promise<ResolvedResults>;
  invalidate(tenantId: string, sessionId: string): void;
}

interface Stored extends CachedResults {
  version: string | undefined;
  /** Epoch of the version read it came from; fresh (no version check) only in the same epoch. */
  epoch: number;
  /** Order of that version read: an older read never replaces what a newer one stored. */
  sequence: number;
  checkedAt: number;
}

interface Entry {
  /** Bumped by every write through this instance. */
  epoch: number;
  value?: Stored;
  versionRead?: { epoch: number; sequence: number; promise: Promise<string | undefined> };
  computing?: { epoch: number; version: string | undefined; promise: Promise<CachedResults> };
}

const maxEntries = 5_000;

export function resultsCache(ttlMs: number, clock: () => number = () => performance.now()): ResultsCache {
  const entries = new Map<string, Entry>();
  const keyOf = (tenantId: string, sessionId: string) => `${tenantId}|${sessionId}`;
  let sequences = 0;

  function entryFor(key: string): Entry {
    let entry = entries.get(key);
    if (!entry) {
      if (entries.size >= maxEntries) entries.delete(entries.keys().next().value as string);
      entry = { epoch: 0 };
      entries.set(key, entry);
    }
    return entry;
  }

  function readVersion(entry: Entry, source: ResultsSource) {
    const { epoch } = entry;
    if (entry.versionRead?.epoch === epoch) return entry.versionRead;
    const read = { epoch, sequence: ++sequences, promise: source.readVersion() };
    entry.versionRead = read;
    const clear = () => {
      if (entry.versionRead === read) entry.versionRead = undefined;
    };
    read.promise.then(clear, clear);
    return read;
  }

  function store(entry: Entry, stored: Stored) {
    if (ttlMs <= 0) return;
    if (entry.value && entry.value.sequence > stored.sequence) return;
    entry.value = stored;
  }

  return {
    async resolve(tenantId, sessionId, source, clientHas = () => false) {
      const entry = entryFor(keyOf(tenantId, sessionId));
      const fresh = entry.value;
      if (fresh && fresh.epoch === entry.epoch && clock() - fresh.checkedAt <= ttlMs) return fresh;

      const read = readVersion(entry, source);
      const version = await read.promise;
      if (version !== undefined) {
        const known = entry.value;
        if (known && known.version === version) {
          // Unchanged since it was computed, however long ago: check again after the TTL.
          store(entry, { ...known, epoch: read.epoch, sequence: read.sequence, checkedAt: clock() });
          return known;
        }
        const etag = source.etagOf(version);
        if (clientHas(etag)) return { etag };
      }

      const running = entry.computing;
      if (running && running.version === version && (version !== undefined || running.epoch === read.epoch)) {
        return running.promise;
      }
      const promise = source.compute(version).then((result) => {
        store(entry, { ...result, version, epoch: read.epoch, sequence: read.sequence, checkedAt: clock() });
        return result;
      });
      const computing = { epoch: read.epoch, version, promise };
      entry.computing = computing;
      const clear = () => {
        if (entry.computing === computing) entry.computing = undefined;
      };
      promise.then(clear, clear);
      return promise;
    },

    invalidate(tenantId, sessionId) {
      const entry = entries.get(keyOf(tenantId, sessionId));
      if (entry) entry.epoch += 1;
    },
  };
}
