import { app } from '@azure/functions';
import { voteParamsSchema, voteRequestSchema, type VoteResponse } from '../contract/index.ts';
import { contributionRefusal } from '../domain/session.ts';
import { badRequest, conflict, notFound, tooManyRequests } from '../http/errors.ts';
import { parseJsonBody, parseParams } from '../http/parse.ts';
import { authenticated, json } from '../http/respond.ts';
import { findCallersSession, templateOfSession } from '../http/sessionViews.ts';

/** PUT, not POST: the same rating sent twice is one vote, and a new rating replaces the old. */
export const castVote = authenticated(async (request, _context, caller, deps) => {
  const { sessionId, statementId } = parseParams(request, voteParamsSchema);
  const { value } = await parseJsonBody(request, voteRequestSchema);
  const voterKey = deps.pseudonym('voter', caller);
  // The index of the checks this person rated first, the vote second, acknowledged after both:
  // an index row without a vote is harmless, a vote without one would escape erasure
  // (functions/erasure.ts). It is written beside the session's read, not between that read's
  // open-check and the vote's write, where it would widen the moment a close can slip in. A row
  // for a check the caller turns out not to belong to holds nothing and is theirs alone. Only a
  // person's first rating of a check writes it; later ones find it in this process's memory
  // (storage/voterChecksTable.ts).
  const [{ session }] = await Promise.all([
    findCallersSession(deps, caller, sessionId),
    deps.voterChecks.record(caller.tenantId, voterKey, sessionId),
  ]);
  const { statements, scale } = await templateOfSession(deps, session);
  if (!statements.some((statement) => statement.id === statementId)) {
    throw notFound(`Statement ${statementId} is not part of this check`);
  }
  // The contract takes any rating of the largest scale; this check's scale may be shorter.
  if (value > scale.points) throw badRequest(`value must be from 1 to ${scale.points}`, 'value');
  if (contributionRefusal(session)) throw conflict('This check is closed; ratings can no longer change');
  const quota = deps.voteLimiter.take(voterKey);
  if (!quota.allowed) throw tooManyRequests('Too many ratings in a minute; wait a moment and try again', quota.retryAfterSeconds);
  await deps.votes.upsert(caller.tenantId, sessionId, { voterKey, statementId, rating: value }, deps.now());
  deps.resultsCache.invalidate(caller.tenantId, sessionId);
  return json(200, { statementId, value } satisfies VoteResponse);
});

app.http('castVote', {
  route: 'sessions/{sessionId}/votes/{statementId}',
  methods: ['PUT'],
  authLevel: 'anonymous',
  handler: castVote,
});
