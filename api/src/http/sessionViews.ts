/** Domain objects as the contract sends them, plus the lookups every session route starts with. */
import type { Caller } from '../auth/caller.ts';
import type { SessionResponse, TemplateDto } from '../contract/index.ts';
import type { CastVote } from '../domain/scoring.ts';
import type { Session } from '../domain/session.ts';
import { findTemplate, type Template } from '../domain/templates.ts';
import type { Services } from '../services.ts';
import type { StoredSession } from '../storage/sessionsTable.ts';
import { notFound } from './errors.ts';

export function templateView(template: Template): TemplateDto {
  const { id, name, description, pillars, statements, questions } = template;
  return { id, name, description, pillars, statements, questions };
}

export function sessionView(session: Session, callerKey: string, myVotes: CastVote[]): SessionResponse {
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
    isFacilitator: session.facilitatorKey === callerKey,
    pillars: template.pillars,
    statements: template.statements,
    questions: template.questions,
    myVotes: Object.fromEntries(myVotes.map((vote) => [vote.statementId, vote.rating])),
  };
}

/** The caller's tenant is part of the key: another tenant's session id is simply not found. */
export async function findCallersSession(deps: Services, caller: Caller, sessionId: string): Promise<StoredSession> {
  const stored = await deps.sessions.find(caller.tenantId, sessionId);
  if (!stored) throw notFound(`Session ${sessionId} was not found`);
  return stored;
}

export function templateOfSession(session: Pick<Session, 'templateId'>): Template {
  const template = findTemplate(session.templateId);
  // Sessions are only created from known templates; a missing one means a broken deployment.
  if (!template) throw new Error(`Template ${session.templateId} of a stored session is unknown`);
  return template;
}
