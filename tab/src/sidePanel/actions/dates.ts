/** Due dates are calendar days (`YYYY-MM-DD`), compared and defaulted in the user's own time zone. */

/** Today on this device's calendar, as `YYYY-MM-DD`. */
export function localToday(now: Date = new Date()): string {
  return isoDateOf(now);
}

/** `days` after today on this device's calendar, as `YYYY-MM-DD`. */
export function localDateInDays(days: number, now: Date = new Date()): string {
  const date = new Date(now.getFullYear(), now.getMonth(), now.getDate() + days);
  return isoDateOf(date);
}

/** Overdue once the due day has passed; on the due day itself it is still on time. */
export function isOverdue(dueDate: string, today: string): boolean {
  return dueDate < today;
}

function isoDateOf(date: Date): string {
  const year = String(date.getFullYear()).padStart(4, '0');
  const month = String(date.getMonth() + 1).padStart(2, '0');
  const day = String(date.getDate()).padStart(2, '0');
  return `${year}-${month}-${day}`;
}
