/** The periods the history can be limited to, as the API's `from` day (UTC). */
import type { DateRange } from '../api/client.ts';

export const PERIODS = ['quarter', 'half', 'year', 'all'] as const;
export type Period = (typeof PERIODS)[number];
export const DEFAULT_PERIOD: Period = 'year';

const months: Record<Exclude<Period, 'all'>, number> = { quarter: 3, half: 6, year: 12 };

export function isPeriod(value: string): value is Period {
  return (PERIODS as readonly string[]).includes(value);
}

export function rangeOf(period: Period, now: Date = new Date()): DateRange {
  if (period === 'all') return {};
  const from = new Date(Date.UTC(now.getUTCFullYear(), now.getUTCMonth() - months[period], now.getUTCDate()));
  return { from: from.toISOString().slice(0, 10) };
}
