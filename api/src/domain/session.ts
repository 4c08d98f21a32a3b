/**
 * The life of a health-check session: open while people rate and answer, revealed when the
 * facilitator shows the results, closed for good at the end. Plain rules, no storage: each
 * facilitator action is a function from the session to a new session or a rule violation.
 */

export const sessionStates = ['open', 'closed'] as const;
export type SessionState = (typeof sessionStates)[number];

export interface SessionTimer {
  endsAt: string;
  durationSeconds: number;
}

export interface HandoverOffer {
  toParticipantKey: string;
  toName: string;
}

export interface Session {
  id: string;
  tenantId: string;
  teamId: string;
  teamName?: string;
  title: string;
  meetingId?: string;
  /** The scheduled start of the meeting occurrence it was started in (domain/occurrence.ts). */
  occurrenceStart?: string;
  templateId: string;
  /** The template version the check runs; edits of the template after it started do not change it. */
  templateVersion: number;
  state: SessionState;
  /** Pseudonymous facilitator key (its own purpose, so it cannot be joined to vote rows). */
  facilitatorKey: string;
  facilitatorName?: string;
  createdAt: string;
  revealedAt?: string;
  closedAt?: string;
  timer?: SessionTimer;
  handover?: HandoverOffer;
}

export type SessionRuleViolation =
  | { kind: 'not-facilitator' }
  | { kind: 'session-closed' }
  | { kind: 'already-revealed' }
  | { kind: 'not-offered' }
  | { kind: 'handover-to-self' };

export type SessionChange = { session: Session } | { violation: SessionRuleViolation };

/** Who acts on a session, by the pseudonyms their token maps to. */
export interface Actor {
  facilitatorKey: string;
  participantKey: string;
  name?: string;
}

/** Why ratings and answers can no longer change (the check is closed), or null while it is open. */
export function contributionRefusal(session: Pick<Session, 'state'>): SessionRuleViolation | null {
  return session.state === 'open' ? null : { kind: 'session-closed' };
}

export function isRevealed(session: Pick<Session, 'revealedAt'>): boolean {
  return session.revealedAt !== undefined;
}

function facilitatorOnly(session: Session, actor: Actor): SessionRuleViolation | null {
  if (session.facilitatorKey !== actor.facilitatorKey) return { kind: 'not-facilitator' };
  if (session.state !== 'open') return { kind: 'session-closed' };
  return null;
}

function change(session: Session, violation: SessionRuleViolation | null, next: () => Session): SessionChange {
  return violation ? { violation } : { session: next() };
}

export function revealResults(session: Session, actor: Actor, now: Date): SessionChange {
  const violation = facilitatorOnly(session, actor) ?? (isRevealed(session) ? { kind: 'already-revealed' as const } : null);
  return change(session, violation, () => ({ ...session, revealedAt: now.toISOString() }));
}

export function startTimer(session: Session, actor: Actor, durationSeconds: number, now: Date): SessionChange {
  return change(session, facilitatorOnly(session, actor), () => ({
    ...session,
    timer: { endsAt: new Date(now.getTime() + durationSeconds * 1000).toISOString(), durationSeconds },
  }));
}

export function stopTimer(session: Session, actor: Actor): SessionChange {
  return change(session, facilitatorOnly(session, actor), () => withoutKey(session, 'timer'));
}

export function offerHandover(session: Session, actor: Actor, to: { participantKey: string; name: string }): SessionChange {
  const violation =
    facilitatorOnly(session, actor) ??
    (to.participantKey === actor.participantKey ? { kind: 'handover-to-self' as const } : null);
  return change(session, violation, () => ({
    ...session,
    handover: { toParticipantKey: to.participantKey, toName: to.name },
  }));
}

export function acceptHandover(session: Session, actor: Actor): SessionChange {
  let violation: SessionRuleViolation | null = null;
  if (session.state !== 'open') violation = { kind: 'session-closed' };
  else if (session.handover?.toParticipantKey !== actor.participantKey) violation = { kind: 'not-offered' };
  return change(session, violation, () => ({
    ...withoutKey(session, 'handover'),
    facilitatorKey: actor.facilitatorKey,
    facilitatorName: actor.name ?? session.handover?.toName,
  }));
}

/** Closing also reveals: a finished check's results are there for everyone to see. */
export function closeSession(session: Session, actor: Actor, now: Date): SessionChange {
  return change(session, facilitatorOnly(session, actor), () => ({
    ...withoutKey(withoutKey(session, 'timer'), 'handover'),
    state: 'closed',
    closedAt: now.toISOString(),
    revealedAt: session.revealedAt ?? now.toISOString(),
  }));
}

export function defaultSessionTitle(templateName: string, now: Date): string {
  return `${templateName}, ${now.toISOString().slice(0, 10)}`;
}

function withoutKey<K extends keyof Session>(session: Session, key: K): Session {
  const copy = { ...session };
  delete copy[key];
  return copy;
}
