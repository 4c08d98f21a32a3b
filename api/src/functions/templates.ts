/**
 * Templates: the built-in ones, the tenant's (written by an admin) and each team's own. Saving
 * an edit adds a version and never changes one, so a past check keeps the statements it ran.
 */
import { app } from '@azure/functions';
import { randomUUID } from 'node:crypto';
import { isAdmin, type Caller } from '../auth/caller.ts';
import {
  createTemplateRequestSchema,
  listTemplatesQuerySchema,
  templateParamsSchema,
  templateTeamQuerySchema,
  templateVersionQuerySchema,
  updateTemplateRequestSchema,
  type TemplateDefinitionResponse,
  type TemplatesResponse,
} from '../contract/index.ts';
import { builtInTemplates, findBuiltInTemplate, type TemplateVersion } from '../domain/templates.ts';
import { builtInSummary, customSummary } from '../domain/templateSummaries.ts';
import { badRequest, conflict, forbidden, notFound } from '../http/errors.ts';
import { parseJsonBody, parseParams, validate } from '../http/parse.ts';
import { authenticated, json } from '../http/respond.ts';
import { takeQuota } from '../http/quotas.ts';
import { requireTeamMember } from '../http/teamAccess.ts';
import { templateView } from '../http/sessionViews.ts';
import { decodeContinuation, templatePage } from '../http/templatePages.ts';
import { findTemplateVersion, requireCustomTemplate, usableByTeam } from '../http/templateLookup.ts';
import type { Services } from '../services.ts';
import { ConcurrentChangeError } from '../storage/tables.ts';

/** A definition in five languages with twelve statements is larger than the usual 16 KB limit. */
const templateBodyMaxBytes = 64 * 1024;

/** The built-ins never change while the process runs: summarized once. */
const builtInSummaries = builtInTemplates.map(builtInSummary);

/**
 * Summaries of the latest versions, a page at a time (`?pageSize=`, `?continuation=`): the
 * built-ins, with `?teamId=` that team's own, and the tenant's (see http/templatePages.ts).
 * No statements or questions: a page stays small however long the templates are.
 */
export const listTemplates = authenticated(async (request, _context, caller, deps) => {
  const query = validate(listTemplatesQuerySchema, Object.fromEntries(request.query));
  const after = query.continuation === undefined ? undefined : decodeContinuation(query.continuation);
  const { teamId } = await callersTeam(deps, caller, query);
  const custom = await deps.templates.listLatestSummaries(caller.tenantId, teamId);
  const summaries = [...builtInSummaries, ...custom.map(customSummary)];
  return json(200, templatePage(summaries, query.pageSize, after) satisfies TemplatesResponse);
});

/** One template as checks show it: the latest version, or `?version=` (e.g. the one a past check ran). */
export const getTemplate = authenticated(async (request, _context, caller, deps) => {
  const { templateId } = parseParams(request, templateParamsSchema);
  const query = Object.fromEntries(request.query);
  const { version } = validate(templateVersionQuerySchema, query);
  const { teamId } = await callersTeam(deps, caller, validate(templateTeamQuerySchema, query));
  const latest = version ?? (await requireLatestVersion(deps, caller, templateId, teamId));
  const template = await findTemplateVersion(deps, caller.tenantId, templateId, latest);
  if (!template || !usableByTeam(template, teamId)) throw notFound(`Template ${templateId} version ${latest} was not found`);
  return json(200, templateView(template));
});

/** A custom template's latest version with every language's texts, as its editor loads it. */
export const getTemplateDefinition = authenticated(async (request, _context, caller, deps) => {
  const { templateId } = parseParams(request, templateParamsSchema);
  const { teamId } = await callersTeam(deps, caller, validate(templateTeamQuerySchema, Object.fromEntries(request.query)));
  return json(200, definitionView(await requireCustomTemplate(deps, caller.tenantId, templateId, teamId)));
});

export const createTemplate = authenticated(async (request, context, caller, deps) => {
  const { scope, teamId, ...definition } = await parseJsonBody(request, createTemplateRequestSchema, {
    maxBytes: templateBodyMaxBytes,
  });
  if (scope === 'tenant') requireAdmin(deps, caller);
  if (scope === 'team' && !teamId) throw badRequest('teamId is required for a team template', 'teamId');
  await callersTeam(deps, caller, { teamId });
  if (scope === 'team') await requireRoomForTeamTemplate(deps, caller, teamId!);
  await takeQuota(deps, caller, 'templatesPerDay', 'templates');
  const stored: TemplateVersion = {
    id: randomUUID(),
    version: 1,
    origin: scope,
    teamId: scope === 'team' ? teamId : undefined,
    definition,
    updatedAt: deps.now().toISOString(),
    updatedBy: caller.name,
  };
  await deps.templates.insertVersion(caller.tenantId, stored);
  context.log('Template created', { templateId: stored.id, scope });
  return json(201, definitionView(stored), { Location: `/api/templates/${stored.id}` });
});

/** Saves an edit as the next version; 409 when someone saved another version meanwhile. */
export const updateTemplate = authenticated(async (request, context, caller, deps) => {
  const { templateId } = parseParams(request, templateParamsSchema);
  const { baseVersion, teamId, ...definition } = await parseJsonBody(request, updateTemplateRequestSchema, {
    maxBytes: templateBodyMaxBytes,
  });
  await callersTeam(deps, caller, { teamId });
  const latest = await requireEditableTemplate(deps, caller, templateId, teamId);
  await takeQuota(deps, caller, 'templatesPerDay', 'templates');
  if (baseVersion !== latest.version) {
    throw conflict(`Template ${templateId} has been saved as version ${latest.version} since version ${baseVersion} was loaded`);
  }
  const stored: TemplateVersion = {
    ...latest,
    version: latest.version + 1,
    definition,
    updatedAt: deps.now().toISOString(),
    updatedBy: caller.name,
  };
  try {
    await deps.templates.insertVersion(caller.tenantId, stored);
  } catch (error) {
    if (error instanceof ConcurrentChangeError) throw conflict(`Template ${templateId} was saved by someone else meanwhile`);
    throw error;
  }
  context.log('Template version saved', { templateId, version: stored.version });
  return json(200, definitionView(stored));
});

/** Archives a template: gone from lists and for new checks, while past checks keep the versions they ran. */
export const archiveTemplate = authenticated(async (request, context, caller, deps) => {
  const { templateId } = parseParams(request, templateParamsSchema);
  const { teamId } = await callersTeam(deps, caller, validate(templateTeamQuerySchema, Object.fromEntries(request.query)));
  const latest = await requireEditableTemplate(deps, caller, templateId, teamId);
  await deps.templates.archive(caller.tenantId, latest, deps.now());
  context.log('Template archived', { templateId });
  return { status: 204 };
});

/** A team's template list is read by every panel of the team: it stays short. */
export const maxTeamTemplates = 50;

async function requireRoomForTeamTemplate(deps: Services, caller: Caller, teamId: string): Promise<void> {
  const own = (await deps.templates.listLatestSummaries(caller.tenantId, teamId)).filter((template) => template.origin === 'team');
  if (own.length >= maxTeamTemplates) {
    throw conflict(`This team has ${maxTeamTemplates} templates, the most a team may have; archive one before adding another`);
  }
}

/** A team named in a template request is the caller's own team, or it is not found. */
async function callersTeam<T extends { teamId?: string }>(deps: Services, caller: Caller, request: T): Promise<T> {
  if (request.teamId !== undefined) await requireTeamMember(deps, caller, request.teamId);
  return request;
}

/**
 * The latest version of a template the caller may change: a team's for that team only (without
 * a team it is not found), the tenant's for an admin only.
 */
async function requireEditableTemplate(deps: Services, caller: Caller, templateId: string, teamId: string | undefined): Promise<TemplateVersion> {
  const latest = await requireCustomTemplate(deps, caller.tenantId, templateId, teamId ?? '');
  if (latest.origin === 'tenant') requireAdmin(deps, caller);
  return latest;
}

async function requireLatestVersion(deps: Services, caller: Caller, templateId: string, teamId: string | undefined): Promise<number> {
  const builtIn = findBuiltInTemplate(templateId);
  return builtIn ? builtIn.version : (await requireCustomTemplate(deps, caller.tenantId, templateId, teamId)).version;
}

function requireAdmin(deps: Services, caller: Caller): void {
  if (!isAdmin(caller, deps.config.adminUserIds)) {
    throw forbidden('Only an admin of Customer Pulse may write templates for the whole tenant (app role CustomerPulse.Admin)');
  }
}

function definitionView(stored: TemplateVersion): TemplateDefinitionResponse {
  const { id, version, origin, teamId, updatedAt, updatedBy, definition } = stored;
  return { ...definition, id, version, origin, teamId, updatedAt, updatedBy };
}

// authLevel anonymous: every call is authorised by its Entra/dev bearer token instead of a
// function key, which a tab in the browser could not keep secret anyway.
app.http('listTemplates', { route: 'templates', methods: ['GET'], authLevel: 'anonymous', handler: listTemplates });
app.http('createTemplate', { route: 'templates', methods: ['POST'], authLevel: 'anonymous', handler: createTemplate });
app.http('getTemplate', { route: 'templates/{templateId}', methods: ['GET'], authLevel: 'anonymous', handler: getTemplate });
app.http('updateTemplate', { route: 'templates/{templateId}', methods: ['PUT'], authLevel: 'anonymous', handler: updateTemplate });
app.http('archiveTemplate', { route: 'templates/{templateId}', methods: ['DELETE'], authLevel: 'anonymous', handler: archiveTemplate });
app.http('getTemplateDefinition', {
  route: 'templates/{templateId}/definition',
  methods: ['GET'],
  authLevel: 'anonymous',
  handler: getTemplateDefinition,
});
