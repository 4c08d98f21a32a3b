/**
 * Which occurrence of a meeting a check belongs to. Teams gives every occurrence of a recurring
 * series the same `meeting.id` (and chat), so the meeting id alone cannot tell last week's check
 * from today's. The occurrence is named by its scheduled start, as Teams' meeting details report
 * it (`details.scheduledStartTime`); a check started where Teams said nothing about the
 * occurrence (a client without meeting details, an instant meeting) is placed by time instead.
 */

/** What the panel knows about the occurrence it runs in. */
export interface MeetingOccurrence {
  /** ISO time the occurrence was scheduled to start; absent when Teams did not say. */
  readonly scheduledStart?: string;
}

/** What a check remembers of the occurrence it was started in. */
export interface CheckOccurrence {
  readonly occurrenceStart?: string;
  readonly createdAt: string;
}

/**
 * Without an occurrence to compare, a check counts as this occurrence's when it started this
 * long ago at most: longer than any meeting in which a check is run, shorter than the day
 * between two occurrences of a daily series.
 */
export const occurrenceWindowMs = 12 * 3600_000;

/** Whether `check` was started in the occurrence `current` (at `now`), and so is to be joined. */
export function isSameOccurrence(check: CheckOccurrence, current: MeetingOccurrence, now: Date): boolean {
  const checkStart = instantOf(check.occurrenceStart);
  const currentStart = instantOf(current.scheduledStart);
  if (checkStart !== undefined && currentStart !== undefined) return checkStart === currentStart;
  return now.getTime() - Date.parse(check.createdAt) <= occurrenceWindowMs;
}

/** Times compared as instants: `…Z` and `…+00:00` name the same occurrence. */
function instantOf(value: string | undefined): number | undefined {
  if (value === undefined) return undefined;
  const time = Date.parse(value);
  return Number.isNaN(time) ? undefined : time;
}
