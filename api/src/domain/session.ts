/**
 * The life of a health-check session: open while people vote and answer, closed for good
 * once the facilitator ends it. Plain rules, no storage.
 */

export const sessionStates = ['open', 'closed'] as const;
export type SessionState = (typeof sessionStates)[number];

export interface Session {
  id: string;
  tenantId: string;
  teamId: string;
  teamName?: string;
  title: string;
  meetingId?: string;
  templateId: string;
  state: SessionState;
  /** Pseudonymous key of the person who started the session; never the raw user id. */
  facilitatorKey: string;
  createdAt: string;
  closedAt?: string;
}

export type SessionRuleViolation =
  | { kind: 'not-facilitator' }
  | { kind: 'session-closed' };

export function canVote(session: Pick<Session, 'state'>): SessionRuleViolation | null {
  return session.state === 'open' ? null : { kind: 'session-closed' };
}

export const canAnswer = canVote;

export function canClose(
  session: Pick<Session, 'state' | 'facilitatorKey'>,
  actorKey: string,
): SessionRuleViolation | null {
  if (session.facilitatorKey !== actorKey) return { kind: 'not-facilitator' };
  if (session.state !== 'open') return { kind: 'session-closed' };
  return null;
}

export function closeSession<T extends Session>(session: T, now: Date): T {
  return { ...session, state: 'closed', closedAt: now.toISOString() };
}

export function defaultSessionTitle(templateName: string, now: Date): string {
  return `${templateName}, ${now.toISOString().slice(0, 10)}`;
}
