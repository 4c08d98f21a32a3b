/**
 * The configurable-tab setup step (frameContext `settings`): Teams shows our config page
 * with its own Save button and calls us when the user selects it.
 */
import { pages } from '@microsoft/teams-js';
import type { TabInstanceConfig } from './tabUrls.ts';

export interface TabConfigHandlers {
  readonly onSaveFailed: (reason: string) => void;
}

/**
 * Saves `config` when the user selects Save. Returns false when the host has no tab
 * configuration; the page then says so. Without a config (nothing valid to save) Save stays
 * disabled.
 */
export function enableTabSave(config: TabInstanceConfig | undefined, handlers: TabConfigHandlers): boolean {
  if (!pages.config.isSupported()) return false;
  pages.config.registerOnSaveHandler((saveEvent) => {
    if (!config) {
      saveEvent.notifyFailure('Nothing to save');
      return;
    }
    pages.config.setConfig(config).then(
      () => saveEvent.notifySuccess(),
      (error: unknown) => {
        const reason = error instanceof Error ? error.message : String(error);
        handlers.onSaveFailed(reason);
        saveEvent.notifyFailure(reason);
      },
    );
  });
  // Nothing to choose: the tab is valid as soon as the page is shown (if it can be saved).
  pages.config.setValidityState(config !== undefined);
  return true;
}
