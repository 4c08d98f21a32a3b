/**
 * The template versions that checks ran, read one by one by id and version: what the history
 * and the leadership view name the checks' statements, questions and pillars with. The
 * template list carries summaries only, so a view reads exactly the versions it shows.
 */
import type { ApiClient, Template } from '../api/client.ts';

export interface TemplateVersionRef {
  readonly templateId: string;
  readonly version: number;
}

type RanCheck = { readonly templateId: string; readonly templateVersion: number };

/** Each version once: templates in the order their checks first come, a template's newer versions first. */
export function versionsRan(checks: Iterable<RanCheck | null | undefined>): TemplateVersionRef[] {
  const firstSeen = new Map<string, number>();
  const refs = new Map<string, TemplateVersionRef>();
  for (const check of checks) {
    if (!check) continue;
    if (!firstSeen.has(check.templateId)) firstSeen.set(check.templateId, firstSeen.size);
    refs.set(`${check.templateId}|${check.templateVersion}`, { templateId: check.templateId, version: check.templateVersion });
  }
  return [...refs.values()].sort(
    (a, b) => firstSeen.get(a.templateId)! - firstSeen.get(b.templateId)! || b.version - a.version,
  );
}

/** The versions as a `useLoad` key: the same versions read once. */
export function versionsKey(refs: readonly TemplateVersionRef[]): string {
  return refs.map((ref) => `${ref.templateId}|${ref.version}`).join(',');
}

/** Reads at a time: a long history of many versions does not flood the API. */
const parallelReads = 4;

/**
 * The versions, built-ins first (their ids are the ones most checks share), else in the order
 * given. One the caller may not read (another team's template, say) is left out: its
 * statements then show by id.
 */
export async function readTemplateVersions(
  api: Pick<ApiClient, 'getTemplateVersion'>,
  refs: readonly TemplateVersionRef[],
  teamId: string | undefined,
  signal: AbortSignal,
): Promise<Template[]> {
  const read: (Template | undefined)[] = [];
  let next = 0;
  const worker = async () => {
    while (next < refs.length && !signal.aborted) {
      const index = next++;
      const { templateId, version } = refs[index]!;
      read[index] = await api.getTemplateVersion(templateId, version, teamId, signal).catch(() => undefined);
    }
  };
  await Promise.all(Array.from({ length: Math.min(parallelReads, refs.length) }, worker));
  const templates = read.filter((template): template is Template => template !== undefined);
  return [...templates.filter(isBuiltIn), ...templates.filter((template) => !isBuiltIn(template))];
}

const isBuiltIn = (template: Template) => template.origin === 'built-in';
