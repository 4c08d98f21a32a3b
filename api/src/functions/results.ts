import { app } from '@azure/functions';
import { createHash } from 'node:crypto';
import { sessionIdParamsSchema, type ResultsResponse } from '../contract/index.ts';
import { scoreSession } from '../domain/scoring.ts';
import { isRevealed, type Session } from '../domain/session.ts';
import { parseParams } from '../http/parse.ts';
import { publishedResults } from '../http/publishedResults.ts';
import { authenticated, json } from '../http/respond.ts';
import { templateOfSession } from '../http/sessionViews.ts';
import { requireSessionMember, sessionNotFound } from '../http/teamAccess.ts';
import type { Services } from '../services.ts';

/**
 * The check's results as everyone may see them: only counts until the facilitator reveals,
 * then per statement only once enough people rated, never who rated what. Panels poll this
 * with If-None-Match. The ETag is the check's results version (storage/votesTable.ts), which
 * every vote, answer, new participant and session change (reveal, timer, close, hand-over)
 * replaces, so an unchanged check costs one point read (or nothing, within the cache's TTL)
 * and a reveal, a timer or a close reaches every panel through the same cheap poll. The
 * version row is in the check's tenant-scoped partition: another tenant's caller never finds
 * it and takes the full path, which answers 404.
 */
export const getResults = authenticated(async (request, _context, caller, deps) => {
  const { sessionId } = parseParams(request, sessionIdParamsSchema);
  // Before the cache: what an instance remembers is never an outsider's to see.
  await requireSessionMember(deps, caller, sessionId);
  const validators = request.headers.get('if-none-match');
  const resolved = await deps.resultsCache.resolve(
    caller.tenantId,
    sessionId,
    {
      readVersion: () => deps.votes.readVersion(caller.tenantId, sessionId),
      etagOf: (version) => etagOfVersion(deps, version),
      compute: async (version) => {
        // Membership was asked above; only the session itself is read again here.
        const stored = await deps.sessions.find(caller.tenantId, sessionId);
        if (!stored) throw sessionNotFound(sessionId);
        const { session } = stored;
        const body = await computeResults(deps, session);
        // A check without a version row (made before there were any) gets a hash of what it shows.
        return { body, etag: version === undefined ? etagOfContent(body, session) : etagOfVersion(deps, version) };
      },
    },
    (etag) => ifNoneMatch(validators, etag),
  );
  const headers = { ETag: resolved.etag, 'Cache-Control': 'no-cache' };
  if (ifNoneMatch(validators, resolved.etag)) return { status: 304, headers };
  return json(200, resolved.body, headers);
});

async function computeResults(deps: Services, session: Session): Promise<ResultsResponse> {
  const [votes, answers, participants] = await Promise.all([
    deps.votes.listForSession(session.tenantId, session.id),
    deps.answers.listForSession(session.tenantId, session.id),
    deps.participants.countForSession(session.tenantId, session.id),
  ]);
  const template = await templateOfSession(deps, session);
  const revealed = isRevealed(session);
  // Until the reveal only counts are shown; from then on what the publication rule allows.
  const published = revealed ? await publishedResults(deps, session, template, votes, answers) : undefined;
  const scores = published?.scores ?? scoreSession(template, votes, deps.config.anonymity);
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
    newerRatingsWaiting: (published?.unpublishedRatings ?? 0) > 0,
    newerAnswersWaiting: (published?.unpublishedAnswers ?? 0) > 0,
    shownAnswers: countByQuestion(published?.answers ?? []),
    answerCount: answers.length,
  };
}

function countByQuestion(answers: readonly { questionId: string }[]): Record<string, number> {
  const counts: Record<string, number> = {};
  for (const { questionId } of answers) counts[questionId] = (counts[questionId] ?? 0) + 1;
  return counts;
}

/**
 * Bump `resultsFormat` when the response's shape or computation changes, so a deployment
 * never answers 304 to a body computed by the previous one; the anonymity threshold is part
 * of it for the same reason.
 */
const resultsFormat = 'r4';

function etagOfVersion(deps: Services, version: string): string {
  const { anonymity } = deps.config;
  const hash = createHash('sha256').update(JSON.stringify([resultsFormat, anonymity, version])).digest('base64url');
  return `"v${hash.slice(0, 27)}"`;
}

/** Changes with the results and with anything of the session a panel shows. */
function etagOfContent(body: ResultsResponse, session: Session): string {
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
