/**
 * The personal app's header, as Teams draws it above a personal app: one entry per personal
 * static tab of the manifest, by its name, the open one marked. Each entry is a link to this
 * page with `?personalTab=<entityId>` (so a reload or a copied link opens the same tab), but a
 * click switches the tab in place, as Teams does: only the app frame loads anew.
 */
import type { PersonalStaticTab } from './manifestSurfaces';

export function renderPersonalTabStrip(
  list: HTMLUListElement,
  tabs: readonly PersonalStaticTab[],
  open: PersonalStaticTab | undefined,
  onSelect: (tab: PersonalStaticTab) => void,
): void {
  list.replaceChildren(
    ...tabs.map((tab) => {
      const item = document.createElement('li');
      const link = document.createElement('a');
      const url = new URL(location.href);
      url.searchParams.set('personalTab', tab.entityId);
      link.href = `${url.pathname}${url.search}`;
      link.textContent = tab.name;
      link.dataset.entityId = tab.entityId;
      if (tab.entityId === open?.entityId) link.setAttribute('aria-current', 'page');
      link.addEventListener('click', (event) => {
        event.preventDefault();
        onSelect(tab);
      });
      item.append(link);
      return item;
    }),
  );
}
