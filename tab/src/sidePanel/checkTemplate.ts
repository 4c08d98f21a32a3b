/**
 * The templates a check can start with, and the one the side panel offers first. The API
 * lists them in the picker's order: built-ins first (customer obsession at the top), then the
 * team's own, then the organisation's, each by name.
 */
import type { TemplateSummary } from '../api/client.ts';

export const CUSTOMER_OBSESSION_TEMPLATE_ID = 'customer-obsession';

/** Falls back to the first template, should a deployment rename it. */
export function customerObsessionTemplate<T extends Pick<TemplateSummary, 'id'>>(templates: readonly T[]): T | undefined {
  return templates.find((template) => template.id === CUSTOMER_OBSESSION_TEMPLATE_ID) ?? templates[0];
}

/** Where a template comes from, in words: the i18n key per origin. */
export const originKeys = {
  'built-in': 'start.origin.builtIn',
  team: 'start.origin.team',
  tenant: 'start.origin.tenant',
} as const satisfies Record<TemplateSummary['origin'], string>;
