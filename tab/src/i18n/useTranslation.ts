/**
 * Texts in the language shown, for components: they render again when the language changes.
 * `t` is a new function for each language, so memos and effects that use it follow along.
 */
import { useMemo, useSyncExternalStore } from 'react';
import { i18n } from './i18n.ts';
import type { Language } from './languages.ts';
import type { Translate } from './translator.ts';

export function useTranslation(): { readonly t: Translate; readonly language: Language } {
  const language = useSyncExternalStore(i18n.subscribe, () => i18n.language);
  // `language` is the point of the dependency: a new identity per language, not per render.
  // eslint-disable-next-line react-hooks/exhaustive-deps
  const t = useMemo<Translate>(() => (key, values) => i18n.t(key, values), [language]);
  return { t, language };
}
