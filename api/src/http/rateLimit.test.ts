import { describe, expect, it } from 'vitest';
import { fixedWindowLimiter } from './rateLimit.ts';

describe('rate limiter', () => {
  it('allows the limit per window and says how long to wait after that', () => {
    let now = 0;
    const limiter = fixedWindowLimiter(2, 60_000, () => now);
    expect(limiter.take('a').allowed).toBe(true);
    expect(limiter.take('a').allowed).toBe(true);
    now = 15_000;
    expect(limiter.take('a')).toEqual({ allowed: false, retryAfterSeconds: 45 });
    expect(limiter.take('b').allowed).toBe(true);
    now = 60_000;
    expect(limiter.take('a').allowed).toBe(true);
  });
});
