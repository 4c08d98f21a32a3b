/**
 * Living registers as the tab shows them, wherever it shows them (the side panel's review and
 * "Keep track of this" (add to a register), the channel tab): the four registers in a fixed order, the keys of their
 * names, statuses and severities, grouping, sorting, and how long an entry has been open.
 * Pure: no React, no API calls.
 */
import type { RegisterEntry, RegisterKind, RegisterStatus } from '../../api/client.ts';

export type RiskSeverity = NonNullable<RegisterEntry['severity']>;

/** The order registers are listed in: the order of the template's open questions. */
export const REGISTER_KINDS = [
  'customer-channels',
  'decisions-to-revisit',
  'unclear-benefit',
  'trust-risks',
] as const satisfies readonly RegisterKind[];

export const REGISTER_STATUSES = ['open', 'in-progress', 'done', 'dropped'] as const satisfies readonly RegisterStatus[];

export const RISK_SEVERITIES = ['low', 'medium', 'high'] as const satisfies readonly RiskSeverity[];

export const registerNameKeys = {
  'customer-channels': 'registers.kinds.customerChannels',
  'decisions-to-revisit': 'registers.kinds.decisionsToRevisit',
  'unclear-benefit': 'registers.kinds.unclearBenefit',
  'trust-risks': 'registers.kinds.trustRisks',
} as const satisfies Record<RegisterKind, string>;

export const statusKeys = {
  open: 'registers.statuses.open',
  'in-progress': 'registers.statuses.inProgress',
  done: 'registers.statuses.done',
  dropped: 'registers.statuses.dropped',
} as const satisfies Record<RegisterStatus, string>;

export const severityKeys = {
  low: 'registers.severities.low',
  medium: 'registers.severities.medium',
  high: 'registers.severities.high',
} as const satisfies Record<RiskSeverity, string>;

export function isRegisterKind(value: unknown): value is RegisterKind {
  return (REGISTER_KINDS as readonly unknown[]).includes(value);
}

export function isRegisterStatus(value: unknown): value is RegisterStatus {
  return (REGISTER_STATUSES as readonly unknown[]).includes(value);
}

export function isRiskSeverity(value: unknown): value is RiskSeverity {
  return (RISK_SEVERITIES as readonly unknown[]).includes(value);
}

/** Open or in progress: what the review and the "existing entry" choice list. */
export function isActive(entry: Pick<RegisterEntry, 'status'>): boolean {
  return entry.status === 'open' || entry.status === 'in-progress';
}

export interface RegisterGroup<E> {
  readonly register: RegisterKind;
  readonly entries: readonly E[];
}

/** Entries by register, in the registers' order, oldest entry first; registers without entries left out. */
export function groupByRegister<E extends Pick<RegisterEntry, 'register' | 'createdAt'>>(
  entries: readonly E[],
): RegisterGroup<E>[] {
  return REGISTER_KINDS.map((register) => ({
    register,
    entries: entries.filter((entry) => entry.register === register).sort((a, b) => a.createdAt.localeCompare(b.createdAt)),
  })).filter((group) => group.entries.length > 0);
}

/**
 * A register's list in the channel tab: open and in-progress entries first, the longest open
 * first; then done and dropped ones, the latest changed first.
 */
export function sortForRegisterList<E extends Pick<RegisterEntry, 'status' | 'createdAt' | 'updatedAt'>>(
  entries: readonly E[],
): E[] {
  return [...entries].sort((a, b) => {
    const activeA = isActive(a);
    const activeB = isActive(b);
    if (activeA !== activeB) return activeA ? -1 : 1;
    return activeA ? a.createdAt.localeCompare(b.createdAt) : b.updatedAt.localeCompare(a.updatedAt);
  });
}

/** Count of open and in-progress entries per register; of all entries with `includeClosed`. */
export function registerCounts(
  entries: readonly Pick<RegisterEntry, 'register' | 'status'>[],
  includeClosed = false,
): Record<RegisterKind, number> {
  const counts: Record<RegisterKind, number> = {
    'customer-channels': 0,
    'decisions-to-revisit': 0,
    'unclear-benefit': 0,
    'trust-risks': 0,
  };
  for (const entry of entries) if (includeClosed || isActive(entry)) counts[entry.register] += 1;
  return counts;
}

/**
 * Which register each answer of a check went to, from the entries' notes: an entry made from
 * an answer, and every answer merged into one, is a note naming the answer and its check.
 */
export function answersInRegisters(
  entries: readonly Pick<RegisterEntry, 'register' | 'notes'>[],
  sessionId: string,
): Map<string, RegisterKind> {
  const registers = new Map<string, RegisterKind>();
  for (const entry of entries) {
    for (const note of entry.notes) if (note.sessionId === sessionId) registers.set(note.answerId, entry.register);
  }
  return registers;
}

const DAY_MS = 24 * 60 * 60 * 1000;

export type AgeUnit = 'day' | 'week' | 'month' | 'year';

/**
 * How long ago `since` was, in the unit people say it in: days for the first two weeks,
 * then weeks up to two months, then months up to two years, then years. Whole units, rounded
 * down; never negative (a clock a little ahead of ours is "today").
 */
export function ageOf(since: string, now: Date = new Date()): { value: number; unit: AgeUnit } {
  const time = Date.parse(since);
  const days = Number.isNaN(time) ? 0 : Math.max(0, Math.floor((now.getTime() - time) / DAY_MS));
  if (days < 14) return { value: days, unit: 'day' };
  if (days < 61) return { value: Math.floor(days / 7), unit: 'week' };
  if (days < 730) return { value: Math.floor(days / 30.44), unit: 'month' };
  return { value: Math.floor(days / 365.25), unit: 'year' };
}

const relativeFormats = new Map<string, Intl.RelativeTimeFormat>();

/** "today", "yesterday", "12 days ago", "3 weeks ago" in `locale`, with Intl.RelativeTimeFormat. */
export function formatAge(since: string, locale: string, now: Date = new Date()): string {
  let format = relativeFormats.get(locale);
  if (!format) {
    format = new Intl.RelativeTimeFormat(locale, { numeric: 'auto' });
    relativeFormats.set(locale, format);
  }
  const { value, unit } = ageOf(since, now);
  // -0 would read "in 0 days" in some locales' non-auto forms; 0 reads "today".
  return format.format(value === 0 ? 0 : -value, unit);
}
