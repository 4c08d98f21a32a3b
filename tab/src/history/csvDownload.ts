/**
 * Saves CSV as a file. The API needs the bearer token, which a plain link cannot send, so the
 * tab fetches the file itself and hands it to the browser through a Blob link; a CSV of
 * figures the tab already shows (the leadership view's spread) is written here, the way the
 * API writes its own (`@contract/csv`).
 */
import { csvText } from '@contract/csv';

/** Rows of fields as a CSV file, for ExportButton's `fetchCsv`. */
export function csvBlob(rows: readonly (readonly (string | number)[])[]): Blob {
  return new Blob([csvText(rows)], { type: 'text/csv;charset=utf-8' });
}

/** `customer-pulse-<team>.csv`, with the team's name (or id) reduced to file-name-safe characters. */
export function csvFileName(team: string): string {
  const slug = team
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 60);
  return `customer-pulse-${slug || 'team'}.csv`;
}

export function saveBlob(blob: Blob, fileName: string): void {
  const url = URL.createObjectURL(blob);
  const link = document.createElement('a');
  link.href = url;
  link.download = fileName;
  link.hidden = true;
  document.body.append(link);
  link.click();
  link.remove();
  // The download has started once click() returns; the URL is kept a little for slow hosts.
  setTimeout(() => URL.revokeObjectURL(url), 30_000);
}
