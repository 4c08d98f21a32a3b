/**
 * A short-lived, per-instance cache of computed results. In a 300-person meeting every panel
 * polls; without it each poll would re-read all votes. With it, one instance reads storage
 * at most once per TTL per check and answers every other poll (mostly 304) from memory.
 * Writes through this instance invalidate at once; other instances see them within the TTL.
 */
export interface CachedResults {
  body: unknown;
  etag: string;
}

export interface ResultsCache {
  get(tenantId: string, sessionId: string): CachedResults | undefined;
  set(tenantId: string, sessionId: string, results: CachedResults): void;
  invalidate(tenantId: string, sessionId: string): void;
}

const maxEntries = 5_000;

export function resultsCache(ttlMs: number, clock: () => number = () => performance.now()): ResultsCache {
  const entries = new Map<string, CachedResults & { storedAt: number }>();
  const keyOf = (tenantId: string, sessionId: string) => `${tenantId}|${sessionId}`;
  return {
    get(tenantId, sessionId) {
      const key = keyOf(tenantId, sessionId);
      const entry = entries.get(key);
      if (!entry) return undefined;
      if (clock() - entry.storedAt > ttlMs) {
        entries.delete(key);
        return undefined;
      }
      return entry;
    },
    set(tenantId, sessionId, results) {
      if (ttlMs <= 0) return;
      if (entries.size >= maxEntries) entries.delete(entries.keys().next().value as string);
      entries.set(keyOf(tenantId, sessionId), { ...results, storedAt: clock() });
    },
    invalidate(tenantId, sessionId) {
      entries.delete(keyOf(tenantId, sessionId));
    },
  };
}
