/**
 * Fixed-window counters per key (a voter pseudonym, a team), kept per instance. They stop a
 * runaway client or script, not a determined attacker with many instances behind a balancer;
 * the limits are generous for people and stated in the 429's Retry-After.
 */
export interface RateLimiter {
  /** Counts one use of `key`; returns the seconds to wait when the limit is reached. */
  take(key: string): { allowed: true } | { allowed: false; retryAfterSeconds: number };
}

const maxTrackedKeys = 100_000;

export function fixedWindowLimiter(limit: number, windowMs: number, clock: () => number = Date.now): RateLimiter {
  const windows = new Map<string, { startedAt: number; count: number }>();
  return {
    take(key) {
      const now = clock();
      let window = windows.get(key);
      if (!window || now - window.startedAt >= windowMs) {
        if (windows.size >= maxTrackedKeys) windows.clear(); // a flood of keys must not grow memory
        window = { startedAt: now, count: 0 };
        windows.set(key, window);
      }
      if (window.count >= limit) return { allowed: false, retryAfterSeconds: (window.startedAt + windowMs - now) / 1000 };
      window.count += 1;
      return { allowed: true };
    },
  };
}
