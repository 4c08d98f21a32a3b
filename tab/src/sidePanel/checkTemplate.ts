/** The templates a check can start with, and the one the side panel offers first. */
import type { Templates } from '../api/client.ts';

export const CUSTOMER_OBSESSION_TEMPLATE_ID = 'customer-obsession';

type Template = Templates['templates'][number];

/** Falls back to the first template, should a deployment rename it. */
export function customerObsessionTemplate(templates: readonly Template[]): Template | undefined {
  return templates.find((template) => template.id === CUSTOMER_OBSESSION_TEMPLATE_ID) ?? templates[0];
}

/** Where a template comes from, in words: the i18n key per origin. */
export const originKeys = {
  'built-in': 'start.origin.builtIn',
  team: 'start.origin.team',
  tenant: 'start.origin.tenant',
} as const satisfies Record<Template['origin'], string>;

const originOrder: Readonly<Record<Template['origin'], number>> = { 'built-in': 0, team: 1, tenant: 2 };

/** The picker's order: built-ins first (customer obsession at the top), then the team's, then the organisation's. */
export function pickerOrder(templates: readonly Template[]): Template[] {
  return [...templates].sort(
    (a, b) =>
      Number(b.id === CUSTOMER_OBSESSION_TEMPLATE_ID) - Number(a.id === CUSTOMER_OBSESSION_TEMPLATE_ID) ||
      originOrder[a.origin] - originOrder[b.origin] ||
      a.name.localeCompare(b.name),
  );
}
