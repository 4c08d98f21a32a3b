/** Domain objects as the contract sends them, plus the lookups every session route starts with. */
import type { Caller } from '../auth/caller.ts';
import type { ActionDto, SessionResponse, TemplateDto } from '../contract/index.ts';
import type { CastVote } from '../domain/scoring.ts';
import { isRevealed, type Actor, type Session } from '../domain/session.ts';
import { findTemplate, type Template } from '../domain/templates.ts';
import type { Services } from '../services.ts';
import type { StoredSession } from '../storage/sessionsTable.ts';
import { forbidden, notFound } from './errors.ts';

export function templateView(template: Template): TemplateDto {
  const { id, name, description, pillars, statements, questions } = template;
  return { id, name, description, pillars, statements, questions };
}

export interface SessionViewer {
  actor: Actor;
  myVotes: CastVote[];
  openActions: ActionDto[];
  now: Date;
}

export function sessionView(session: Session, viewer: SessionViewer): SessionResponse {
  const template = templateOfSession(session);
  return {
    id: session.id,
    state: session.state,
    templateId: session.templateId,
    teamId: session.teamId,
    teamName: session.teamName,
    title: session.title,
    meetingId: session.meetingId,
    createdAt: session.createdAt,
    closedAt: session.closedAt,
    isFacilitator: session.facilitatorKey === viewer.actor.facilitatorKey,
    facilitatorName: session.facilitatorName,
    revealed: isRevealed(session),
    timer: session.timer ?? null,
    serverTime: viewer.now.toISOString(),
    handover: session.handover
      ? { toName: session.handover.toName, toMe: session.handover.toParticipantKey === viewer.actor.participantKey }
      : null,
    openActions: viewer.openActions,
    pillars: template.pillars,
    statements: template.statements,
    questions: template.questions,
    myVotes: Object.fromEntries(viewer.myVotes.map((vote) => [vote.statementId, vote.rating])),
  };
}

/** Everything the caller's view of a session needs besides the session itself. */
export async function viewerOf(deps: Services, caller: Caller, session: Session): Promise<SessionViewer> {
  const [myVotes, openActions] = await Promise.all([
    deps.votes.listForVoter(caller.tenantId, session.id, deps.pseudonym('voter', caller)),
    deps.actions.listForTeam(caller.tenantId, session.teamId, 'open'),
  ]);
  // Actions made in this very check are not "from earlier checks": the review is for those.
  const earlierActions = openActions.filter((action) => action.sourceSessionId !== session.id);
  return { actor: actorOf(deps, caller), myVotes, openActions: earlierActions, now: deps.now() };
}

export async function callersSessionView(deps: Services, caller: Caller, session: Session): Promise<SessionResponse> {
  return sessionView(session, await viewerOf(deps, caller, session));
}

export function actorOf(deps: Services, caller: Caller): Actor {
  return {
    facilitatorKey: deps.pseudonym('facilitator', caller),
    participantKey: deps.pseudonym('participant', caller),
    name: caller.name,
  };
}

/** The caller's tenant is part of the key: another tenant's session id is simply not found. */
export async function findCallersSession(deps: Services, caller: Caller, sessionId: string): Promise<StoredSession> {
  const stored = await deps.sessions.find(caller.tenantId, sessionId);
  if (!stored) throw notFound(`Session ${sessionId} was not found`);
  return stored;
}

/** For reads that only the facilitator may make; changes go through changeSession instead. */
export async function requireFacilitator(deps: Services, caller: Caller, sessionId: string): Promise<Session> {
  const { session } = await findCallersSession(deps, caller, sessionId);
  if (session.facilitatorKey !== actorOf(deps, caller).facilitatorKey) {
    throw forbidden('Only the facilitator of this check can do that');
  }
  return session;
}

export function templateOfSession(session: Pick<Session, 'templateId'>): Template {
  const template = findTemplate(session.templateId);
  // Sessions are only created from known templates; a missing one means a broken deployment.
  if (!template) throw new Error(`Template ${session.templateId} of a stored session is unknown`);
  return template;
}
