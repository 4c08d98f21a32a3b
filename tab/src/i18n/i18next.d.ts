/**
 * Types `t()` by the English resource file: a key that does not exist there, or a typo, is a
 * type error (`npx tsc`), before the key test (keys.test.ts) even runs.
 */
import 'i18next';
import type en from './locales/en.json';

declare module 'i18next' {
  interface CustomTypeOptions {
    defaultNS: 'translation';
    resources: { translation: typeof en };
    nsSeparator: false;
  }
}
