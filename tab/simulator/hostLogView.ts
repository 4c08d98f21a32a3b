/** Renders the newest host log entries as a list, for people debugging the handshake. */
import type { HostLogEntry } from './hostLog';

const VISIBLE_ENTRIES = 60;

export function renderHostLog(list: HTMLOListElement, entries: readonly HostLogEntry[]): void {
  const newest = entries.slice(-VISIBLE_ENTRIES).reverse();
  list.replaceChildren(
    ...newest.map((entry) => {
      const item = document.createElement('li');
      const time = new Date(entry.at).toLocaleTimeString('en-GB', { hour12: false });
      item.textContent = `${time}  #${entry.seq}  ${entry.frameId}  ${entry.func}`;
      return item;
    }),
  );
}
