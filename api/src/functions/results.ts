import { app } from '@azure/functions';
import { createHash } from 'node:crypto';
import { sessionIdParamsSchema, type ResultsResponse } from '../contract/index.ts';
import { scoreSession } from '../domain/scoring.ts';
import { isRevealed, type Session } from '../domain/session.ts';
import { parseParams } from '../http/parse.ts';
import { authenticated, json } from '../http/respond.ts';
import { findCallersSession, templateOfSession } from '../http/sessionViews.ts';
import type { Services } from '../services.ts';

/**
 * The check's results as everyone may see them: only counts until the facilitator reveals,
 * then per statement only once enough people rated, never who rated what. Panels poll this
 * with If-None-Match; the ETag also covers the session's state, so a reveal, a timer or a
 * close reaches every panel through the same cheap poll.
 */
export const getResults = authenticated(async (request, _context, caller, deps) => {
  const { sessionId } = parseParams(request, sessionIdParamsSchema);
  const cached = await deps.resultsCache.getOrCompute(caller.tenantId, sessionId, async () => {
    const { session } = await findCallersSession(deps, caller, sessionId);
    const body = await computeResults(deps, session);
    return { body, etag: etagOf(body, session) };
  });
  const headers = { ETag: cached.etag, 'Cache-Control': 'no-cache' };
  if (ifNoneMatch(request.headers.get('if-none-match'), cached.etag)) return { status: 304, headers };
  return json(200, cached.body, headers);
});

async function computeResults(deps: Services, session: Session): Promise<ResultsResponse> {
  const [votes, answers, participants] = await Promise.all([
    deps.votes.listForSession(session.tenantId, session.id),
    deps.answers.listForSession(session.tenantId, session.id),
    deps.participants.countForSession(session.tenantId, session.id),
  ]);
  const scores = scoreSession(templateOfSession(session), votes, deps.config.anonymity);
  const revealed = isRevealed(session);
  return {
    sessionId: session.id,
    state: session.state,
    revealed,
    participants: Math.max(participants, scores.voters),
    anonymityThreshold: deps.config.anonymity.threshold,
    voters: scores.voters,
    overall: revealed ? scores.overall : null,
    statements: revealed
      ? scores.statements
      : scores.statements.map(({ id, voters }) => ({ id, voters, score: null, distribution: null })),
    answers: revealed ? answers : [],
    answerCount: answers.length,
  };
}

/** Changes with the results and with anything of the session a panel shows. */
function etagOf(body: ResultsResponse, session: Session): string {
  const { facilitatorKey: _key, ...visibleSession } = session;
  const hash = createHash('sha256').update(JSON.stringify([body, visibleSession])).digest('base64url');
  return `"${hash.slice(0, 27)}"`;
}

function ifNoneMatch(header: string | null, etag: string): boolean {
  if (!header) return false;
  return header.split(',').some((candidate) => {
    const tag = candidate.trim().replace(/^W\//, '');
    return tag === etag || tag === '*';
  });
}

app.http('getResults', { route: 'sessions/{sessionId}/results', methods: ['GET'], authLevel: 'anonymous', handler: getResults });
