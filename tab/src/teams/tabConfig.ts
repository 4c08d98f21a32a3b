/**
 * The configurable-tab setup step (frameContext `settings`): Teams shows our config page
 * with its own Save button and calls us when the user selects it.
 */
import { pages } from '@microsoft/teams-js';

export const TAB_ENTITY_ID = 'customer-pulse';

export interface TabConfigHandlers {
  readonly suggestedDisplayName: string;
  readonly onSaveFailed: (reason: string) => void;
}

/** Returns false when the host has no tab configuration; the page then says so. */
export function enableTabSave(handlers: TabConfigHandlers): boolean {
  if (!pages.config.isSupported()) return false;
  pages.config.registerOnSaveHandler((saveEvent) => {
    pages.config
      .setConfig({
        // The same page serves every frame context; it reads which one from teams-js.
        contentUrl: new URL(`${import.meta.env.BASE_URL}index.html`, window.location.origin).href,
        entityId: TAB_ENTITY_ID,
        suggestedDisplayName: handlers.suggestedDisplayName,
      })
      .then(
        () => saveEvent.notifySuccess(),
        (error: unknown) => {
          const reason = error instanceof Error ? error.message : String(error);
          handlers.onSaveFailed(reason);
          saveEvent.notifyFailure(reason);
        },
      );
  });
  // Nothing to choose: the tab is valid as soon as the page is shown.
  pages.config.setValidityState(true);
  return true;
}
