/**
 * A check's title for a row that shows the check's date itself. The API names a check after its
 * template and the day, in ISO form ("Customer obsession health check, 2026-11-23"); next to the
 * localized date ("Nov 23, 2026") that day would be shown twice, once not in the reader's
 * language. So a trailing ISO day is left off, but only when it is that check's own day and
 * stands apart from the rest of the title (", ", " – ", " · ", " (…)" …). Any other title, or a
 * date that is another day, stays as it is.
 */
import type { Translate } from './translator.ts';
import { checkTitle } from './templateTexts.ts';

/** A separator, then an ISO day, at the end: ", 2026-11-23", " – 2026-11-23", " (2026-11-23)". */
const trailingDay = /(?:\s*[,;·•|–—-]\s*|\s+)\(?(\d{4}-\d{2}-\d{2})\)?$/u;

/**
 * The days a check's date can be written as: the UTC day of its start (how the API names it)
 * and the day it is in the reader's time zone (the day the row shows). A date without a time
 * is that day.
 */
function daysOf(isoDate: string): Set<string> {
  const days = new Set<string>();
  const day = /^\d{4}-\d{2}-\d{2}/.exec(isoDate)?.[0];
  if (day) days.add(day);
  if (isoDate.length > 10) {
    const time = Date.parse(isoDate);
    if (!Number.isNaN(time)) {
      const local = new Date(time);
      const pad = (value: number) => String(value).padStart(2, '0');
      days.add(`${local.getFullYear()}-${pad(local.getMonth() + 1)}-${pad(local.getDate())}`);
    }
  }
  return days;
}

/** `title` without a trailing ISO day when that day is the check's (`isoDate`: its `createdAt` or a day). */
export function titleWithoutDate(title: string, isoDate: string): string {
  const match = trailingDay.exec(title);
  if (!match) return title;
  const opened = match[0].includes('(');
  const closed = match[0].endsWith(')');
  if (opened !== closed) return title;
  if (!daysOf(isoDate).has(match[1]!)) return title;
  const rest = title.slice(0, match.index).trimEnd();
  return rest ? rest : title;
}

/** The check's title in the language shown, for a row that shows its date: see `titleWithoutDate`. */
export function shownCheckTitle(
  t: Translate,
  check: { readonly templateId: string; readonly title: string; readonly createdAt: string },
): string {
  return titleWithoutDate(checkTitle(t, check.templateId, check.title), check.createdAt);
}
