/**
 * Limits on what one person may write, so that one user (or one runaway script) cannot flood
 * a check or a team for everyone else. Each is a setting (config.ts) with a documented
 * default; hitting one is a 429 with Retry-After and a message naming the limit. They count
 * in storage, so they hold across instances, unlike the per-instance rating limiter.
 */
import type { Caller } from '../auth/caller.ts';
import type { Services } from '../services.ts';
import { retryOnConcurrentChange } from './concurrentChanges.ts';
import { tooManyRequests } from './errors.ts';

export type QuotaName = 'answersPerCheck' | 'checksPerDay' | 'templatesPerDay' | 'registerEntriesPerDay' | 'actionsPerDay';

interface QuotaRule {
  /** `check`: for the lifetime of the check in `scope`; `day`: per UTC day. */
  window: 'check' | 'day';
  refusal: (limit: number) => string;
}

const rules: Record<QuotaName, QuotaRule> = {
  answersPerCheck: { window: 'check', refusal: (limit) => `You have sent ${limit} answers to this check, the most one person may send to one check` },
  checksPerDay: { window: 'day', refusal: (limit) => `You have started ${limit} checks for this team today, the most one person may; try again tomorrow` },
  templatesPerDay: { window: 'day', refusal: (limit) => `You have saved ${limit} templates today, the most one person may; try again tomorrow` },
  registerEntriesPerDay: { window: 'day', refusal: (limit) => `You have made ${limit} register entries today, the most one person may; try again tomorrow` },
  actionsPerDay: { window: 'day', refusal: (limit) => `You have made ${limit} actions today, the most one person may; try again tomorrow` },
};

/**
 * Counts one use of `quota` by the caller in `scope` (a check id for per-check quotas, a team
 * or the tenant otherwise), or refuses with 429 when the limit is used up.
 */
export async function takeQuota(deps: Services, caller: Caller, quota: QuotaName, scope: string): Promise<void> {
  const rule = rules[quota];
  const limit = deps.config.limits[quota];
  const now = deps.now();
  const window = rule.window === 'day' ? `${quota}:${now.toISOString().slice(0, 10)}` : quota;
  const holder = deps.pseudonym('quota', caller);
  const firstUse = await retryOnConcurrentChange(async () => {
    const { used, etag } = await deps.quotas.used(caller.tenantId, scope, holder, window);
    if (used >= limit) throw tooManyRequests(rule.refusal(limit), retryAfterSeconds(rule.window, now));
    await deps.quotas.record(caller.tenantId, scope, holder, window, used + 1, etag);
    return etag === undefined;
  }, 'Too many requests at once; try again');
  // The first use of a day: yesterday's count (and older) is housekeeping now. Best effort: a
  // failure here leaves a stale row behind and must not refuse what was just counted.
  if (firstUse && rule.window === 'day') {
    await deps.quotas.forgetEarlierWindows(caller.tenantId, scope, holder, quota, window).catch(() => undefined);
  }
}

/** A day's quota frees up at midnight UTC; a check's never does (a day stands for "not soon"). */
function retryAfterSeconds(window: QuotaRule['window'], now: Date): number {
  return window === 'day' ? secondsUntilNextUtcDay(now) : 24 * 3600;
}

/** Daily limits (these and the team's checks per day) count UTC days. */
export function secondsUntilNextUtcDay(now: Date): number {
  return (Date.UTC(now.getUTCFullYear(), now.getUTCMonth(), now.getUTCDate() + 1) - now.getTime()) / 1000;
}
