/**
 * CSV text as every export of Customer Pulse writes it, the API's (http/csv.ts) and the tab's
 * (the leadership view's spread, built from the figures it shows): without zod, so the tab
 * imports it at run time (`@contract/csv`) as it does the limits.
 */

/** Rows of fields, comma-separated, CRLF line ends and a final line end (RFC 4180). */
export function csvText(rows: readonly (readonly (string | number)[])[]): string {
  return rows.map((row) => row.map(csvField).join(',')).join('\r\n') + '\r\n';
}

/**
 * Quotes what needs quoting, and defuses text a spreadsheet would run as a formula
 * (a check title typed as "=HYPERLINK(...)" must stay text).
 */
export function csvField(value: string | number): string {
  let text = String(value);
  if (typeof value === 'string' && /^[=+\-@\t\r]/.test(text)) text = `'${text}`;
  return /[",\r\n]/.test(text) || text !== text.trim() ? `"${text.replaceAll('"', '""')}"` : text;
}
