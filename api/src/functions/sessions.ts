import { app } from '@azure/functions';
import { randomUUID } from 'node:crypto';
import {
  createSessionRequestSchema,
  listSessionsQuerySchema,
  sessionIdParamsSchema,
  type SessionListResponse,
} from '../contract/index.ts';
import { canClose, closeSession as closedSession, defaultSessionTitle, type Session } from '../domain/session.ts';
import { findTemplate } from '../domain/templates.ts';
import { conflict, forbidden, notFound } from '../http/errors.ts';
import { parseJsonBody, parseParams, validate } from '../http/parse.ts';
import { authenticated, json } from '../http/respond.ts';
import { findCallersSession, sessionView } from '../http/sessionViews.ts';
import { ConcurrentChangeError } from '../storage/sessionsTable.ts';

export const createSession = authenticated(async (request, context, caller, deps) => {
  const body = await parseJsonBody(request, createSessionRequestSchema);
  const template = findTemplate(body.templateId);
  if (!template) throw notFound(`Template ${body.templateId} was not found`);
  const now = deps.now();
  const facilitatorKey = deps.voterKey(caller.tenantId, caller.userId);
  const session: Session = {
    id: randomUUID(),
    tenantId: caller.tenantId,
    teamId: body.teamId,
    teamName: body.teamName,
    title: body.title ?? defaultSessionTitle(template.name, now),
    meetingId: body.meetingId,
    templateId: template.id,
    state: 'open',
    facilitatorKey,
    createdAt: now.toISOString(),
  };
  await deps.sessions.insert(session);
  context.log('Session created', { sessionId: session.id, templateId: template.id });
  return json(201, sessionView(session, facilitatorKey, []), { Location: `/api/sessions/${session.id}` });
});

export const getSession = authenticated(async (request, _context, caller, deps) => {
  const { sessionId } = parseParams(request, sessionIdParamsSchema);
  const { session } = await findCallersSession(deps, caller, sessionId);
  const callerKey = deps.voterKey(caller.tenantId, caller.userId);
  const myVotes = await deps.votes.listForVoter(caller.tenantId, sessionId, callerKey);
  return json(200, sessionView(session, callerKey, myVotes));
});

/** The meeting's checks, newest first: how a participant's panel finds the check that was started. */
export const listMeetingSessions = authenticated(async (request, _context, caller, deps) => {
  const query = validate(listSessionsQuerySchema, Object.fromEntries(request.query));
  const callerKey = deps.voterKey(caller.tenantId, caller.userId);
  const sessions = (await deps.sessions.listForMeeting(caller.tenantId, query.meetingId)).filter(
    (session) => !query.state || session.state === query.state,
  );
  const views = await Promise.all(
    sessions.map(async (session) =>
      sessionView(session, callerKey, await deps.votes.listForVoter(caller.tenantId, session.id, callerKey)),
    ),
  );
  return json(200, { sessions: views } satisfies SessionListResponse);
});

export const closeSession = authenticated(async (request, context, caller, deps) => {
  const { sessionId } = parseParams(request, sessionIdParamsSchema);
  const { session, etag } = await findCallersSession(deps, caller, sessionId);
  const callerKey = deps.voterKey(caller.tenantId, caller.userId);
  const violation = canClose(session, callerKey);
  if (violation?.kind === 'not-facilitator') throw forbidden('Only the facilitator who started this check can close it');
  if (violation?.kind === 'session-closed') throw conflict('This check is already closed');
  const closed = closedSession(session, deps.now());
  try {
    await deps.sessions.replace(closed, etag);
  } catch (error) {
    if (error instanceof ConcurrentChangeError) throw conflict('This check was changed meanwhile; reload and try again');
    throw error;
  }
  context.log('Session closed', { sessionId });
  const myVotes = await deps.votes.listForVoter(caller.tenantId, sessionId, callerKey);
  return json(200, sessionView(closed, callerKey, myVotes));
});

app.http('createSession', { route: 'sessions', methods: ['POST'], authLevel: 'anonymous', handler: createSession });
app.http('listMeetingSessions', { route: 'sessions', methods: ['GET'], authLevel: 'anonymous', handler: listMeetingSessions });
app.http('getSession', { route: 'sessions/{sessionId}', methods: ['GET'], authLevel: 'anonymous', handler: getSession });
app.http('closeSession', { route: 'sessions/{sessionId}/close', methods: ['POST'], authLevel: 'anonymous', handler: closeSession });
