/** The template list read to its end, page after page, as the tab's "Show more templates" does. */
import { callApi, type ApiResponse } from './apiClient.ts';

export interface ListedTemplate {
  id: string;
  version: number;
  origin: 'built-in' | 'team' | 'tenant';
  teamId?: string;
  name: Record<string, string>;
  description?: Record<string, string>;
  languages: string[];
  statementCount: number;
  questionCount: number;
  pillarCount: number;
  scalePoints: number;
}

export interface TemplatesPage {
  templates: ListedTemplate[];
  continuation: string | null;
}

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
  const pages: TemplatesPage[] = [];
  let continuation: string | undefined;
  do {
    const response = await listTemplatesPage(token, { ...query, continuation });
    if (response.status !== 200) throw new Error(`GET /api/templates answered ${response.status}: ${JSON.stringify(response.body)}`);
    pages.push(response.body);
    continuation = response.body.continuation ?? undefined;
  } while (continuation !== undefined && pages.length < maxPages);
  if (continuation !== undefined) throw new Error(`GET /api/templates gave more than ${maxPages} pages`);
  return { templates: pages.flatMap((page) => page.templates), pages };
}
