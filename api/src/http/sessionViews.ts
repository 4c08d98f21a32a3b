/** Domain objects as the contract sends them, plus the lookups every session route starts with. */
import type { Caller } from '../auth/caller.ts';
import type { CheckReviewResponse, SessionResponse, TemplateDto } from '../contract/index.ts';
import { entriesToReview } from '../domain/registers.ts';
import type { CastVote } from '../domain/scoring.ts';
import { isRevealed, type Actor, type Session } from '../domain/session.ts';
import type { Template } from '../domain/templates.ts';
import type { Services } from '../services.ts';
import type { StoredSession } from '../storage/sessionsTable.ts';
import { forbidden } from './errors.ts';
import { requireTeamMember, sessionNotFound } from './teamAccess.ts';
import { templateOfSession } from './templateLookup.ts';

export { templateOfSession };

/** Field by field, so nothing the domain adds later reaches the wire unnoticed. */
export function templateView(template: Template): TemplateDto {
  const { id, version, origin, teamId, name, description, languages, scale, pillars, statements, questions } = template;
  const { translations, updatedAt, updatedBy } = template;
  return { id, version, origin, teamId, name, description, languages, scale, pillars, statements, questions, translations, updatedAt, updatedBy };
}

export interface SessionViewer {
  actor: Actor;
  myVotes: CastVote[];
  now: Date;
}

/** `template` is the version the check runs (templateOfSession). */
export function sessionView(session: Session, template: Template, viewer: SessionViewer): SessionResponse {
  return {
    id: session.id,
    state: session.state,
    templateId: session.templateId,
    templateVersion: template.version,
    teamId: session.teamId,
    teamName: session.teamName,
    title: session.title,
    meetingId: session.meetingId,
    occurrenceStart: session.occurrenceStart,
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
    pillars: template.pillars,
    statements: template.statements,
    questions: template.questions,
    scale: template.scale,
    languages: template.languages,
    translations: template.translations,
    myVotes: Object.fromEntries(viewer.myVotes.map((vote) => [vote.statementId, vote.rating])),
  };
}

/** Open actions and register entries a check opens with, at most; the channel tab has all. */
export const reviewedInPanel = 5;

/** Everything the caller's view of a session needs besides the session itself. */
export async function viewerOf(deps: Services, caller: Caller, session: Session): Promise<SessionViewer> {
  const myVotes = await deps.votes.listForVoter(caller.tenantId, session.id, deps.pseudonym('voter', caller));
  return { actor: actorOf(deps, caller), myVotes, now: deps.now() };
}

/**
 * The team's open actions and register entries from earlier checks, for the check's opening
 * review. Not part of the session view: every panel re-reads that whenever the results change.
 */
export async function checkReview(deps: Services, caller: Caller, session: Session): Promise<CheckReviewResponse> {
  const [openActions, activeEntries] = await Promise.all([
    deps.actions.listForTeam(caller.tenantId, session.teamId, 'open'),
    deps.registers.listForTeam(caller.tenantId, session.teamId, { status: 'active' }),
  ]);
  // Actions made in this very check are not "from earlier checks": the review is for those.
  const earlierActions = openActions
    .filter((action) => action.sourceSessionId !== session.id)
    .sort((a, b) => a.dueDate.localeCompare(b.dueDate) || a.id.localeCompare(b.id));
  const toReview = entriesToReview(activeEntries, session.id);
  return {
    openActions: earlierActions.slice(0, reviewedInPanel),
    registerReview: toReview.slice(0, reviewedInPanel),
    more: {
      openActions: Math.max(0, earlierActions.length - reviewedInPanel),
      registerReview: Math.max(0, toReview.length - reviewedInPanel),
    },
  };
}

export async function callersSessionView(deps: Services, caller: Caller, session: Session): Promise<SessionResponse> {
  const [template, viewer] = await Promise.all([templateOfSession(deps, session), viewerOf(deps, caller, session)]);
  return sessionView(session, template, viewer);
}

export function actorOf(deps: Services, caller: Caller): Actor {
  return {
    facilitatorKey: deps.pseudonym('facilitator', caller),
    participantKey: deps.pseudonym('participant', caller),
    name: caller.name,
  };
}

/**
 * The caller's tenant is part of the key: another tenant's session id is simply not found;
 * and a check of a team the caller is not in is not found either.
 */
export async function findCallersSession(deps: Services, caller: Caller, sessionId: string): Promise<StoredSession> {
  const stored = await deps.sessions.find(caller.tenantId, sessionId);
  if (!stored) throw sessionNotFound(sessionId);
  await requireTeamMember(deps, caller, stored.session.teamId, () => sessionNotFound(sessionId));
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
