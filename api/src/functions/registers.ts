/**
 * Living registers: in a check, the facilitator turns answers into register entries or merges
 * them into existing ones, and opens the check by reviewing the team's active entries; in the
 * channel tab anyone of the tenant lists and updates them (as with actions). Rules are in
 * domain/registers.ts; every change is an ETag-guarded read–check–write of the entry's row.
 */
import { app } from '@azure/functions';
import { randomUUID } from 'node:crypto';
import type { Caller } from '../auth/caller.ts';
import {
  createRegisterEntryRequestSchema,
  listRegisterQuerySchema,
  mergeRegisterEntryRequestSchema,
  registerEntryParamsSchema,
  registerNotesMax,
  registerReviewRequestSchema,
  sessionIdParamsSchema,
  sessionRegisterEntryParamsSchema,
  teamIdParamsSchema,
  updateRegisterEntryRequestSchema,
  type RegisterListResponse,
} from '../contract/index.ts';
import {
  createEntryFromAnswer,
  mergeAnswer,
  reviewEntry,
  updateEntry,
  type ChangeContext,
  type RegisterEntry,
  type RegisterEntryChange,
  type RegisterRuleViolation,
} from '../domain/registers.ts';
import { facilitatorsRevealedAnswer } from '../http/answerFollowUps.ts';
import { retryOnConcurrentChange } from '../http/concurrentChanges.ts';
import { badRequest, conflict, notFound, type HttpError } from '../http/errors.ts';
import { parseJsonBody, parseParams, validate } from '../http/parse.ts';
import { takeQuota } from '../http/quotas.ts';
import { authenticated, json } from '../http/respond.ts';
import { requireTeamMember } from '../http/teamAccess.ts';
import { violationError } from '../http/sessionChanges.ts';
import { requireFacilitator } from '../http/sessionViews.ts';
import type { Services } from '../services.ts';

const followUps = 'register entries';

export const createRegisterEntry = authenticated(async (request, context, caller, deps) => {
  const { sessionId } = parseParams(request, sessionIdParamsSchema);
  const { answerId, ...details } = await parseJsonBody(request, createRegisterEntryRequestSchema);
  const { session, answer } = await facilitatorsRevealedAnswer(deps, caller, sessionId, answerId, followUps);
  await takeQuota(deps, caller, 'registerEntriesPerDay', session.teamId);
  const entry = entryOrError(
    createEntryFromAnswer({ id: randomUUID(), teamId: session.teamId, ...details }, answer, changeContext(deps, caller, sessionId)),
  );
  await deps.registers.insert(caller.tenantId, entry);
  context.log('Register entry created', { sessionId, entryId: entry.id });
  return json(201, entry);
});

/** Merging an answer that the entry already holds changes nothing and answers 200 all the same. */
export const mergeIntoRegisterEntry = authenticated(async (request, _context, caller, deps) => {
  const { sessionId, entryId } = parseParams(request, sessionRegisterEntryParamsSchema);
  const { answerId } = await parseJsonBody(request, mergeRegisterEntryRequestSchema);
  const { session, answer } = await facilitatorsRevealedAnswer(deps, caller, sessionId, answerId, followUps);
  const entry = await changeEntry(deps, caller.tenantId, session.teamId, entryId, (current) =>
    mergeAnswer(current, answer, changeContext(deps, caller, sessionId)),
  );
  return json(200, entry);
});

/** The opening review of a running check, by its facilitator, of an entry of the check's team. */
export const reviewRegisterEntry = authenticated(async (request, _context, caller, deps) => {
  const { sessionId, entryId } = parseParams(request, sessionRegisterEntryParamsSchema);
  const { outcome } = await parseJsonBody(request, registerReviewRequestSchema);
  const session = await requireFacilitator(deps, caller, sessionId);
  if (session.state !== 'open') throw violationError({ kind: 'session-closed' });
  const entry = await changeEntry(deps, caller.tenantId, session.teamId, entryId, (current) =>
    reviewEntry(current, outcome, { ...changeContext(deps, caller, sessionId), sessionId }),
  );
  return json(200, entry);
});

export const listTeamRegisters = authenticated(async (request, _context, caller, deps) => {
  const { teamId } = parseParams(request, teamIdParamsSchema);
  await requireTeamMember(deps, caller, teamId);
  const filter = validate(listRegisterQuerySchema, Object.fromEntries(request.query));
  const entries = await deps.registers.listForTeam(caller.tenantId, teamId, filter);
  return json(200, { entries } satisfies RegisterListResponse);
});

/** Any member of the tenant may update an entry from the channel tab: the team keeps its registers together. */
export const updateRegisterEntry = authenticated(async (request, _context, caller, deps) => {
  const { teamId, entryId } = parseParams(request, registerEntryParamsSchema);
  await requireTeamMember(deps, caller, teamId);
  const update = await parseJsonBody(request, updateRegisterEntryRequestSchema);
  const entry = await changeEntry(deps, caller.tenantId, teamId, entryId, (current) =>
    updateEntry(current, update, changeContext(deps, caller)),
  );
  return json(200, entry);
});

/** Applies a rule to the stored entry and writes it if it changed; a lost race is re-applied. */
async function changeEntry(
  deps: Services,
  tenantId: string,
  teamId: string,
  entryId: string,
  apply: (entry: RegisterEntry) => RegisterEntryChange,
): Promise<RegisterEntry> {
  return retryOnConcurrentChange(async () => {
    const stored = await deps.registers.find(tenantId, teamId, entryId);
    if (!stored) throw notFound(`Register entry ${entryId} was not found`);
    const entry = entryOrError(apply(stored.entry));
    if (entry !== stored.entry) await deps.registers.replace(tenantId, entry, stored.etag);
    return entry;
  }, 'This register entry is changing right now; try again');
}

/** The history names who made a change (display name), never whose answer it came from. */
function changeContext(deps: Services, caller: Caller, sessionId?: string): ChangeContext {
  return { by: caller.name ?? 'Someone', at: deps.now(), sessionId };
}

function entryOrError(change: RegisterEntryChange): RegisterEntry {
  if ('violation' in change) throw registerViolationError(change.violation);
  return change.entry;
}

function registerViolationError(violation: RegisterRuleViolation): HttpError {
  switch (violation.kind) {
    case 'field-not-in-register':
      return badRequest(`${violation.field} is only for the ${violation.register} register`, violation.field);
    case 'notes-full':
      return conflict(`This entry already holds ${registerNotesMax} answers; add to another entry`);
    case 'not-active':
      return conflict('This entry is done or dropped; the review is for open entries');
    case 'made-in-this-check':
      return conflict('This entry was made in this check; the review is for entries of earlier checks');
    case 'already-reviewed':
      return conflict('This entry was already reviewed in this check');
  }
}

app.http('createRegisterEntry', { route: 'sessions/{sessionId}/register-entries', methods: ['POST'], authLevel: 'anonymous', handler: createRegisterEntry });
app.http('mergeIntoRegisterEntry', { route: 'sessions/{sessionId}/register-entries/{entryId}/merges', methods: ['POST'], authLevel: 'anonymous', handler: mergeIntoRegisterEntry });
app.http('reviewRegisterEntry', { route: 'sessions/{sessionId}/register-entries/{entryId}/review', methods: ['POST'], authLevel: 'anonymous', handler: reviewRegisterEntry });
app.http('listTeamRegisters', { route: 'teams/{teamId}/registers', methods: ['GET'], authLevel: 'anonymous', handler: listTeamRegisters });
app.http('updateRegisterEntry', { route: 'teams/{teamId}/registers/{entryId}', methods: ['PATCH'], authLevel: 'anonymous', handler: updateRegisterEntry });
