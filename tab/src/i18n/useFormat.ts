/** Numbers and dates in the language shown, for components that show them outside a text. */
import { useTranslation } from './useTranslation.ts';
import { formattersFor, type Formatters } from './format.ts';
import { activeFormattingLocale } from './i18n.ts';

export function useFormat(): Formatters {
  // Subscribes to language changes; the locale itself may also depend on the Teams locale.
  useTranslation();
  return formattersFor(activeFormattingLocale());
}
