import { app } from '@azure/functions';
import { createHash } from 'node:crypto';
import { sessionIdParamsSchema, type ResultsResponse } from '../contract/index.ts';
import { scoreSession } from '../domain/scoring.ts';
import { parseParams } from '../http/parse.ts';
import { authenticated, json } from '../http/respond.ts';
import { findCallersSession, templateOfSession } from '../http/sessionViews.ts';

/**
 * The check's results as everyone may see them: per statement only once enough people rated,
 * never who rated what. The ETag lets a polling side panel ask "anything new?" for a 304.
 */
export const getResults = authenticated(async (request, _context, caller, deps) => {
  const { sessionId } = parseParams(request, sessionIdParamsSchema);
  const { session } = await findCallersSession(deps, caller, sessionId);
  const [votes, answers] = await Promise.all([
    deps.votes.listForSession(caller.tenantId, sessionId),
    deps.answers.listForSession(caller.tenantId, sessionId),
  ]);
  const scores = scoreSession(templateOfSession(session), votes, deps.config.anonymity);
  const body: ResultsResponse = {
    sessionId,
    state: session.state,
    anonymityThreshold: deps.config.anonymity.threshold,
    ...scores,
    answers,
  };
  const etag = `"${createHash('sha256').update(JSON.stringify(body)).digest('base64url').slice(0, 27)}"`;
  if (ifNoneMatch(request.headers.get('if-none-match'), etag)) {
    return { status: 304, headers: { ETag: etag, 'Cache-Control': 'no-cache' } };
  }
  return json(200, body, { ETag: etag, 'Cache-Control': 'no-cache' });
});

function ifNoneMatch(header: string | null, etag: string): boolean {
  if (!header) return false;
  return header.split(',').some((candidate) => {
    const tag = candidate.trim().replace(/^W\//, '');
    return tag === etag || tag === '*';
  });
}

app.http('getResults', { route: 'sessions/{sessionId}/results', methods: ['GET'], authLevel: 'anonymous', handler: getResults });
