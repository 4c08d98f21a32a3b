/** The facilitator's controls: reveal, timer, hand-over. Each one is a guarded session change. */
import { app } from '@azure/functions';
import {
  handoverRequestSchema,
  sessionIdParamsSchema,
  setTimerRequestSchema,
  type ParticipantsResponse,
} from '../contract/index.ts';
import { acceptHandover, offerHandover, revealResults, startTimer, stopTimer } from '../domain/session.ts';
import { notFound } from '../http/errors.ts';
import { parseJsonBody, parseParams } from '../http/parse.ts';
import { publishAtReveal } from '../http/publishedResults.ts';
import { authenticated, json } from '../http/respond.ts';
import { changeSession } from '../http/sessionChanges.ts';
import { callersSessionView, requireFacilitator } from '../http/sessionViews.ts';

export const revealSessionResults = authenticated(async (request, context, caller, deps) => {
  const { sessionId } = parseParams(request, sessionIdParamsSchema);
  const session = await changeSession(deps, caller, sessionId, revealResults);
  await publishAtReveal(deps, session);
  context.log('Results revealed', { sessionId });
  return json(200, await callersSessionView(deps, caller, session));
});

export const setSessionTimer = authenticated(async (request, _context, caller, deps) => {
  const { sessionId } = parseParams(request, sessionIdParamsSchema);
  const { durationSeconds } = await parseJsonBody(request, setTimerRequestSchema);
  const session = await changeSession(deps, caller, sessionId, (current, actor, now) =>
    startTimer(current, actor, durationSeconds, now),
  );
  return json(200, await callersSessionView(deps, caller, session));
});

export const stopSessionTimer = authenticated(async (request, _context, caller, deps) => {
  const { sessionId } = parseParams(request, sessionIdParamsSchema);
  const session = await changeSession(deps, caller, sessionId, stopTimer);
  return json(200, await callersSessionView(deps, caller, session));
});

/** Who joined, for the facilitator to pick a successor; never who rated what. */
export const listSessionParticipants = authenticated(async (request, _context, caller, deps) => {
  const { sessionId } = parseParams(request, sessionIdParamsSchema);
  await requireFacilitator(deps, caller, sessionId);
  const myKey = deps.pseudonym('participant', caller);
  const participants = await deps.participants.listForSession(caller.tenantId, sessionId);
  return json(200, {
    participants: participants.map((participant) => ({
      participantId: participant.participantKey,
      name: participant.name,
      isFacilitator: participant.participantKey === myKey,
    })),
  } satisfies ParticipantsResponse);
});

export const offerFacilitatorRole = authenticated(async (request, context, caller, deps) => {
  const { sessionId } = parseParams(request, sessionIdParamsSchema);
  const { participantId } = await parseJsonBody(request, handoverRequestSchema);
  await requireFacilitator(deps, caller, sessionId);
  const participant = await deps.participants.find(caller.tenantId, sessionId, participantId);
  if (!participant) throw notFound('That person has not joined this check');
  const session = await changeSession(deps, caller, sessionId, (current, actor) =>
    offerHandover(current, actor, { participantKey: participant.participantKey, name: participant.name }),
  );
  context.log('Facilitator role offered', { sessionId });
  return json(200, await callersSessionView(deps, caller, session));
});

export const acceptFacilitatorRole = authenticated(async (request, context, caller, deps) => {
  const { sessionId } = parseParams(request, sessionIdParamsSchema);
  const session = await changeSession(deps, caller, sessionId, acceptHandover);
  context.log('Facilitator role handed over', { sessionId });
  return json(200, await callersSessionView(deps, caller, session));
});

const route = (path: string) => `sessions/{sessionId}/${path}`;
app.http('revealSessionResults', { route: route('reveal'), methods: ['POST'], authLevel: 'anonymous', handler: revealSessionResults });
app.http('setSessionTimer', { route: route('timer'), methods: ['PUT'], authLevel: 'anonymous', handler: setSessionTimer });
app.http('stopSessionTimer', { route: route('timer'), methods: ['DELETE'], authLevel: 'anonymous', handler: stopSessionTimer });
app.http('listSessionParticipants', { route: route('participants'), methods: ['GET'], authLevel: 'anonymous', handler: listSessionParticipants });
app.http('offerFacilitatorRole', { route: route('handover'), methods: ['POST'], authLevel: 'anonymous', handler: offerFacilitatorRole });
app.http('acceptFacilitatorRole', { route: route('handover/accept'), methods: ['POST'], authLevel: 'anonymous', handler: acceptFacilitatorRole });
