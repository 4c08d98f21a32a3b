/** The template list read to its end, page after page, as the tab's "Show more templates" does. */
import type { TemplateSummaryDto, TemplatesResponse } from '../../api/src/contract/index.ts';
import { allPages, callApi, type ApiResponse } from './apiClient.ts';

export type ListedTemplate = TemplateSummaryDto;
export type TemplatesPage = TemplatesResponse;

export function listTemplatesPage(
  token: string,
  query: { teamId?: string; pageSize?: number | string; continuation?: string } = {},
): Promise<ApiResponse<TemplatesPage & { error: { code: string; message: string; field?: string } }>> {
  const params = new URLSearchParams();
  for (const [key, value] of Object.entries(query)) if (value !== undefined) params.set(key, String(value));
  const search = params.toString();
  return callApi('GET', `/api/templates${search ? `?${search}` : ''}`, { token });
}

/** Every page in order; throws on a failed page, and stops after `maxPages` (a continuation that never ends). */
export async function listAllTemplates(
  token: string,
  query: { teamId?: string; pageSize?: number } = {},
  maxPages = 100,
): Promise<{ templates: ListedTemplate[]; pages: TemplatesPage[] }> {
  const pages = await allPages<TemplatesPage>('GET /api/templates', (continuation) => listTemplatesPage(token, { ...query, continuation }), maxPages);
  return { templates: pages.flatMap((page) => page.templates), pages };
}
