/**
 * Applies a facilitator action to a stored session with optimistic concurrency: read, apply
 * the domain rule, write only if nobody changed the session meanwhile; on a lost race read
 * again and re-apply, so two clicks at once get one success and one clear refusal.
 */
import type { Caller } from '../auth/caller.ts';
import type { Actor, Session, SessionChange, SessionRuleViolation } from '../domain/session.ts';
import type { Services } from '../services.ts';
import { retryOnConcurrentChange } from './concurrentChanges.ts';
import { conflict, forbidden, type HttpError } from './errors.ts';
import { actorOf, findCallersSession } from './sessionViews.ts';

export async function changeSession(
  deps: Services,
  caller: Caller,
  sessionId: string,
  apply: (session: Session, actor: Actor, now: Date) => SessionChange,
): Promise<Session> {
  const actor = actorOf(deps, caller);
  const changed = await retryOnConcurrentChange(async () => {
    const { session, etag } = await findCallersSession(deps, caller, sessionId);
    const result = apply(session, actor, deps.now());
    if ('violation' in result) throw violationError(result.violation);
    await deps.sessions.replace(result.session, etag);
    return result.session;
  }, 'This check is changing right now; try again');
  // Results polls carry the session's state too (reveal, timer, close, hand-over): see functions/results.ts.
  await deps.votes.bumpVersion(caller.tenantId, sessionId);
  deps.resultsCache.invalidate(caller.tenantId, sessionId);
  return changed;
}

export function violationError(violation: SessionRuleViolation): HttpError {
  switch (violation.kind) {
    case 'not-facilitator':
      return forbidden('Only the facilitator of this check can do that');
    case 'session-closed':
      return conflict('This check is closed');
    case 'already-revealed':
      return conflict('The results of this check are already revealed');
    case 'not-offered':
      return forbidden('The facilitator role was not offered to you');
    case 'handover-to-self':
      return conflict('You already facilitate this check');
  }
}
