/**
 * What every follow-up of an answer starts with (an action, a register entry, a merge): only
 * the check's facilitator, only after the reveal, only an answer of this very check.
 */
import type { Caller } from '../auth/caller.ts';
import { isRevealed, type Session } from '../domain/session.ts';
import type { Services } from '../services.ts';
import type { Answer } from '../storage/answersTable.ts';
import { conflict, notFound } from './errors.ts';
import { requireFacilitator } from './sessionViews.ts';

export interface RevealedAnswer {
  session: Session;
  /** The answer as stored: it has no author, so nothing of who wrote it can travel on. */
  answer: Answer & { sessionId: string };
}

/** `followUps` names what the answer becomes, for the 409 before the reveal, e.g. "actions". */
export async function facilitatorsRevealedAnswer(
  deps: Services,
  caller: Caller,
  sessionId: string,
  answerId: string,
  followUps: string,
): Promise<RevealedAnswer> {
  const session = await requireFacilitator(deps, caller, sessionId);
  if (!isRevealed(session)) throw conflict(`Reveal the results before turning answers into ${followUps}`);
  const answer = await deps.answers.find(caller.tenantId, sessionId, answerId);
  if (!answer) throw notFound(`Answer ${answerId} was not found in this check`);
  return { session, answer: { ...answer, sessionId } };
}
