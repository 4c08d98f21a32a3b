/** Actions: an answer the facilitator turned into work with an owner and a due date, kept per team. */
import { app } from '@azure/functions';
import { randomUUID } from 'node:crypto';
import {
  actionParamsSchema,
  createActionRequestSchema,
  listActionsQuerySchema,
  sessionIdParamsSchema,
  teamIdParamsSchema,
  updateActionRequestSchema,
  type ActionListResponse,
} from '../contract/index.ts';
import { facilitatorsRevealedAnswer } from '../http/answerFollowUps.ts';
import { notFound } from '../http/errors.ts';
import { parseJsonBody, parseParams, validate } from '../http/parse.ts';
import { takeQuota } from '../http/quotas.ts';
import { authenticated, json } from '../http/respond.ts';
import { requireTeamMember } from '../http/teamAccess.ts';
import type { Action } from '../storage/actionsTable.ts';

export const createAction = authenticated(async (request, context, caller, deps) => {
  const { sessionId } = parseParams(request, sessionIdParamsSchema);
  const body = await parseJsonBody(request, createActionRequestSchema);
  const { session, answer } = await facilitatorsRevealedAnswer(deps, caller, sessionId, body.answerId, 'actions');
  await takeQuota(deps, caller, 'actionsPerDay', session.teamId);
  const now = deps.now().toISOString();
  const action: Action = {
    id: randomUUID(),
    teamId: session.teamId,
    text: answer.text,
    questionId: answer.questionId,
    owner: body.owner,
    dueDate: body.dueDate,
    status: 'open',
    sourceSessionId: sessionId,
    sourceAnswerId: answer.id,
    createdAt: now,
    updatedAt: now,
  };
  await deps.actions.insert(caller.tenantId, action);
  context.log('Action created', { sessionId, actionId: action.id });
  return json(201, action);
});

export const listTeamActions = authenticated(async (request, _context, caller, deps) => {
  const { teamId } = parseParams(request, teamIdParamsSchema);
  await requireTeamMember(deps, caller, teamId);
  const { status } = validate(listActionsQuerySchema, Object.fromEntries(request.query));
  const actions = await deps.actions.listForTeam(caller.tenantId, teamId, status);
  return json(200, { actions } satisfies ActionListResponse);
});

/** Any member of the team may tick an action off: the team reviews them together. */
export const updateAction = authenticated(async (request, _context, caller, deps) => {
  const { teamId, actionId } = parseParams(request, actionParamsSchema);
  await requireTeamMember(deps, caller, teamId);
  const { status } = await parseJsonBody(request, updateActionRequestSchema);
  const action = await deps.actions.find(caller.tenantId, teamId, actionId);
  if (!action) throw notFound(`Action ${actionId} was not found`);
  const updated: Action = { ...action, status, updatedAt: deps.now().toISOString() };
  await deps.actions.replace(caller.tenantId, updated);
  return json(200, updated);
});

app.http('createAction', { route: 'sessions/{sessionId}/actions', methods: ['POST'], authLevel: 'anonymous', handler: createAction });
app.http('listTeamActions', { route: 'teams/{teamId}/actions', methods: ['GET'], authLevel: 'anonymous', handler: listTeamActions });
app.http('updateAction', { route: 'teams/{teamId}/actions/{actionId}', methods: ['PATCH'], authLevel: 'anonymous', handler: updateAction });
