/**
 * A person's own language choice in the panel, kept in this browser's localStorage, one entry
 * per Teams user (several people may share a machine, and the simulator shows several users
 * in one browser). Only this person's UI changes: nothing about it is sent to the API.
 *
 * Storage can be unavailable (blocked third-party storage in some Teams clients): the choice
 * then lasts for the page only.
 */
import { isLanguage, type Language } from './languages.ts';

const KEY_PREFIX = 'customer-pulse.language';

function keyFor(userId: string | undefined): string {
  return userId ? `${KEY_PREFIX}.${userId}` : KEY_PREFIX;
}

function storage(): Storage | undefined {
  try {
    return globalThis.localStorage ?? undefined;
  } catch {
    return undefined;
  }
}

export function readLanguagePreference(userId: string | undefined): Language | undefined {
  try {
    const value = storage()?.getItem(keyFor(userId));
    return isLanguage(value) ? value : undefined;
  } catch {
    return undefined;
  }
}

/** `undefined` forgets the choice: the language then follows Teams again. */
export function writeLanguagePreference(userId: string | undefined, language: Language | undefined): void {
  try {
    if (language) storage()?.setItem(keyFor(userId), language);
    else storage()?.removeItem(keyFor(userId));
  } catch {
    // Not kept across reloads; the panel still shows the chosen language now.
  }
}
