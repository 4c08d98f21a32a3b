/** The template the side panel starts: this app is about customer obsession. */
import type { Templates } from '../api/client.ts';

export const CUSTOMER_OBSESSION_TEMPLATE_ID = 'customer-obsession';

type Template = Templates['templates'][number];

/** Falls back to the first template, should a deployment rename it. */
export function customerObsessionTemplate(templates: readonly Template[]): Template | undefined {
  return templates.find((template) => template.id === CUSTOMER_OBSESSION_TEMPLATE_ID) ?? templates[0];
}
