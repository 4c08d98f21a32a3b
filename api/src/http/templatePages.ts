/**
 * The template list a page at a time. The order is the start picker's: built-ins first (in
 * their own order, customer obsession at the top), then the team's own, then the tenant's,
 * each by name in its default language, then id. A continuation is the last listed
 * template's place in that order (group, id and name), so the next page starts right after
 * it: templates added, renamed or archived meanwhile move the rest of the list, but none
 * that stayed as it was is skipped or listed twice.
 */
import { templateTextMaxLength, type TemplatesResponse } from '../contract/templates.ts';
import { builtInTemplates } from '../domain/templates.ts';
import type { TemplateSummary } from '../domain/templateSummaries.ts';
import { badRequest } from './errors.ts';

const groups = { 'built-in': 0, team: 1, tenant: 2 } as const satisfies Record<TemplateSummary['origin'], number>;
type Group = (typeof groups)[keyof typeof groups];

/** A template's place in the list's order. */
export interface TemplatePlace {
  readonly group: Group;
  readonly id: string;
  /** The name in the template's default language; unused for built-ins, which keep their own order. */
  readonly name: string;
}

/** One collation for every server, whatever its locale, so that pages agree with each other. */
const collator = new Intl.Collator('en');
const builtInOrder = new Map(builtInTemplates.map((template, index) => [template.id, index]));

export function placeOf(summary: TemplateSummary): TemplatePlace {
  const group = groups[summary.origin];
  return { group, id: summary.id, name: group === 0 ? '' : (summary.name[summary.languages[0] ?? ''] ?? '') };
}

export function comparePlaces(a: TemplatePlace, b: TemplatePlace): number {
  if (a.group !== b.group) return a.group - b.group;
  if (a.group === 0) return (builtInOrder.get(a.id) ?? Infinity) - (builtInOrder.get(b.id) ?? Infinity);
  return collator.compare(a.name, b.name) || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);
}

/** The page of `summaries` (in any order) after `after`, at most `pageSize` long. */
export function templatePage(summaries: readonly TemplateSummary[], pageSize: number, after?: TemplatePlace): TemplatesResponse {
  const placed = summaries.map((summary) => ({ summary, place: placeOf(summary) })).sort((a, b) => comparePlaces(a.place, b.place));
  const rest = after ? placed.filter(({ place }) => comparePlaces(place, after) > 0) : placed;
  const page = rest.slice(0, pageSize);
  const last = page.at(-1);
  return {
    templates: page.map(({ summary }) => summary),
    continuation: rest.length > pageSize && last ? encodeContinuation(last.place) : null,
  };
}

/** Opaque to clients: base64url of `group:id:name`, so it is safe in a query string. */
export function encodeContinuation(place: TemplatePlace): string {
  return Buffer.from(`${place.group}:${place.id}:${place.name}`, 'utf8').toString('base64url');
}

/** The place a continuation names; 400 for anything this API did not give out. */
export function decodeContinuation(continuation: string): TemplatePlace {
  const text = Buffer.from(continuation, 'base64url').toString('utf8');
  const match = /^([012]):([^:]+):([\s\S]*)$/.exec(text);
  // Base64url decoding skips what it cannot read: a continuation must also encode back as it came.
  const place = match && { group: Number(match[1]) as Group, id: match[2]!, name: match[3]! };
  const valid =
    place &&
    encodeContinuation(place) === continuation &&
    (place.group === 0 ? builtInOrder.has(place.id) && place.name === '' : place.name.length <= templateTextMaxLength);
  if (!valid) throw badRequest('continuation is not one that an earlier page of this list gave', 'continuation');
  return place;
}
