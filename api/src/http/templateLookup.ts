/**
 * Finds templates for the routes: built-ins from code, a tenant's and teams' from the
 * templates table (always under the caller's tenant, so another tenant's id is not found).
 */
import { findBuiltInTemplate, templateFromDefinition, type Template, type TemplateVersion } from '../domain/templates.ts';
import type { Session } from '../domain/session.ts';
import type { Services } from '../services.ts';
import { notFound } from './errors.ts';

/**
 * Whether a template may be used for `teamId`: built-ins and the tenant's by every team, a
 * team's own only by that team, which must be named. Routes have checked that the caller is in `teamId`
 * (http/teamAccess.ts) before they ask.
 */
export function usableByTeam(template: Pick<Template, 'origin' | 'teamId'>, teamId: string | undefined): boolean {
  return template.origin !== 'team' || template.teamId === teamId;
}

/** One version of a template, or undefined; a built-in has only its current version. */
export async function findTemplateVersion(
  deps: Services,
  tenantId: string,
  templateId: string,
  version: number,
): Promise<Template | undefined> {
  const builtIn = findBuiltInTemplate(templateId);
  if (builtIn) return builtIn.version === version ? builtIn : undefined;
  const stored = await deps.templates.findVersion(tenantId, templateId, version);
  return stored && templateFromDefinition(stored);
}

/** The newest stored version of a custom template, if the team may use it and it is not archived; 404 otherwise (built-ins included). */
export async function requireCustomTemplate(
  deps: Services,
  tenantId: string,
  templateId: string,
  teamId: string | undefined,
): Promise<TemplateVersion> {
  const stored = findBuiltInTemplate(templateId) ? undefined : await deps.templates.findLatest(tenantId, templateId);
  if (!stored || stored.archivedAt || !usableByTeam(stored, teamId)) throw notFound(`Template ${templateId} was not found`);
  return stored;
}

/** The newest version of a template the team may run a check with; 404 otherwise. */
export async function requireTemplateForTeam(deps: Services, tenantId: string, templateId: string, teamId: string): Promise<Template> {
  const builtIn = findBuiltInTemplate(templateId);
  if (builtIn) return builtIn;
  return templateFromDefinition(await requireCustomTemplate(deps, tenantId, templateId, teamId));
}

/** The template version a check runs. */
export async function templateOfSession(
  deps: Services,
  session: Pick<Session, 'tenantId' | 'templateId' | 'templateVersion'>,
): Promise<Template> {
  const template = await findTemplateVersion(deps, session.tenantId, session.templateId, session.templateVersion);
  // Checks start only from existing versions, which are never changed or deleted while the
  // team's checks exist; a missing one means a broken deployment.
  if (!template) throw new Error(`Template ${session.templateId} version ${session.templateVersion} of a stored session is unknown`);
  return template;
}
