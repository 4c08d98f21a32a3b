/**
 * A short-lived, per-instance cache of computed results. In a 300-person meeting every panel
 * polls; without it each poll would re-read all votes. With it, one instance reads storage
 * at most once per TTL per check and answers every other poll (mostly 304) from memory, and
 * polls that arrive while a read is under way wait for that read instead of starting another.
 * Writes through this instance invalidate at once (a read that started before the write is
 * not reused); other instances see them within the TTL.
 */
export interface CachedResults {
  body: unknown;
  etag: string;
}

export interface ResultsCache {
  getOrCompute(tenantId: string, sessionId: string, compute: () => Promise<CachedResults>): Promise<CachedResults>;
  invalidate(tenantId: string, sessionId: string): void;
}

interface Entry {
  /** Bumped by every write; a value or a read under way counts only for its own epoch. */
  epoch: number;
  value?: CachedResults & { epoch: number; storedAt: number };
  inflight?: { epoch: number; promise: Promise<CachedResults> };
}

const maxEntries = 5_000;

export function resultsCache(ttlMs: number, clock: () => number = () => performance.now()): ResultsCache {
  const entries = new Map<string, Entry>();
  const keyOf = (tenantId: string, sessionId: string) => `${tenantId}|${sessionId}`;

  function entryFor(key: string): Entry {
    let entry = entries.get(key);
    if (!entry) {
      if (entries.size >= maxEntries) entries.delete(entries.keys().next().value as string);
      entry = { epoch: 0 };
      entries.set(key, entry);
    }
    return entry;
  }

  return {
    getOrCompute(tenantId, sessionId, compute) {
      const entry = entryFor(keyOf(tenantId, sessionId));
      const { value, inflight, epoch } = entry;
      if (value && value.epoch === epoch && clock() - value.storedAt <= ttlMs) return Promise.resolve(value);
      if (inflight && inflight.epoch === epoch) return inflight.promise;
      const promise = compute().then((result) => {
        if (entry.epoch === epoch && ttlMs > 0) entry.value = { ...result, epoch, storedAt: clock() };
        return result;
      });
      entry.inflight = { epoch, promise };
      const clear = () => {
        if (entry.inflight?.promise === promise) entry.inflight = undefined;
      };
      promise.then(clear, clear);
      return promise;
    },
    invalidate(tenantId, sessionId) {
      const entry = entries.get(keyOf(tenantId, sessionId));
      if (!entry) return;
      entry.epoch += 1;
      entry.value = undefined;
    },
  };
}
