/**
 * Numbers and dates in a locale, with `Intl`. One set of formatters per locale, made once.
 * The translations use them by name (`{{score, score}}`, `{{date, checkDate}}`); components
 * that show a bare number or date use them through `useFormat()`.
 */

export interface Formatters {
  /** A whole number: counts of people, ratings, answers. */
  int(value: number): string;
  /** A 0–100 score with at most one decimal: "66.7" in English, "66,7" in Swedish. */
  score(value: number): string;
  /** A change of score, signed: "+19.7", "-8.2" ("−8,2" in Swedish), "0". */
  change(value: number): string;
  /** The day a check started, in the user's own time zone: "Mar 1, 2025". */
  checkDate(isoDateTime: string): string;
  /** A due date (`YYYY-MM-DD`, a calendar day): formatted in UTC, so no time zone shifts the day. */
  dueDate(isoDate: string): string;
  /** A calendar month (`YYYY-MM`, UTC): "Nov 2026". */
  month(yearMonth: string): string;
  /** Chart axis labels. */
  shortDate(date: Date): string;
  shortDateTime(date: Date): string;
}

const cache = new Map<string, Formatters>();

export function formattersFor(locale: string): Formatters {
  let formatters = cache.get(locale);
  if (!formatters) {
    formatters = createFormatters(locale);
    cache.set(locale, formatters);
  }
  return formatters;
}

function createFormatters(locale: string): Formatters {
  const intFormat = new Intl.NumberFormat(locale, { maximumFractionDigits: 0 });
  const scoreFormat = new Intl.NumberFormat(locale, { maximumFractionDigits: 1 });
  const changeFormat = new Intl.NumberFormat(locale, { maximumFractionDigits: 1, signDisplay: 'exceptZero' });
  const checkDateFormat = new Intl.DateTimeFormat(locale, { dateStyle: 'medium' });
  const dueDateFormat = new Intl.DateTimeFormat(locale, { dateStyle: 'medium', timeZone: 'UTC' });
  const monthFormat = new Intl.DateTimeFormat(locale, { month: 'short', year: 'numeric', timeZone: 'UTC' });
  const shortDateFormat = new Intl.DateTimeFormat(locale, { month: 'short', day: 'numeric' });
  const shortDateTimeFormat = new Intl.DateTimeFormat(locale, {
    month: 'short',
    day: 'numeric',
    hour: 'numeric',
    minute: '2-digit',
  });
  return {
    int: (value) => intFormat.format(value),
    score: (value) => scoreFormat.format(value),
    change: (value) => changeFormat.format(value),
    checkDate: (isoDateTime) => {
      const time = Date.parse(isoDateTime);
      return Number.isNaN(time) ? isoDateTime : checkDateFormat.format(time);
    },
    dueDate: (isoDate) => {
      const time = Date.parse(`${isoDate}T00:00:00Z`);
      return Number.isNaN(time) ? isoDate : dueDateFormat.format(time);
    },
    month: (yearMonth) => {
      const time = Date.parse(`${yearMonth}-01T00:00:00Z`);
      return Number.isNaN(time) ? yearMonth : monthFormat.format(time);
    },
    shortDate: (date) => shortDateFormat.format(date),
    shortDateTime: (date) => shortDateTimeFormat.format(date),
  };
}
