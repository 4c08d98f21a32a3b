import { app } from '@azure/functions';
import { randomUUID } from 'node:crypto';
import { answerRequestSchema, listAnswersQuerySchema, sessionIdParamsSchema, type AnswersPage } from '../contract/index.ts';
import { contributionRefusal, isRevealed } from '../domain/session.ts';
import { conflict, notFound } from '../http/errors.ts';
import { parseJsonBody, parseParams, validate } from '../http/parse.ts';
import { shownAnswers } from '../http/publishedResults.ts';
import { takeQuota } from '../http/quotas.ts';
import { authenticated, json } from '../http/respond.ts';
import { findCallersSession, templateOfSession } from '../http/sessionViews.ts';

/** Stores an open-question answer with no author; a retry with the same answerId stores it once. */
export const addAnswer = authenticated(async (request, _context, caller, deps) => {
  const { sessionId } = parseParams(request, sessionIdParamsSchema);
  const body = await parseJsonBody(request, answerRequestSchema);
  const { session } = await findCallersSession(deps, caller, sessionId);
  if (!(await templateOfSession(deps, session)).questions.some((question) => question.id === body.questionId)) {
    throw notFound(`Question ${body.questionId} is not part of this check`);
  }
  if (contributionRefusal(session)) throw conflict('This check is closed; answers can no longer be added');
  // A retry of an answer already stored returns it, and uses no quota.
  const stored = body.answerId ? await deps.answers.find(caller.tenantId, sessionId, body.answerId) : undefined;
  if (stored) return json(201, stored);
  await takeQuota(deps, caller, 'answersPerCheck', sessionId);
  const answer = await deps.answers.insertOnce(caller.tenantId, sessionId, {
    id: body.answerId ?? randomUUID(),
    questionId: body.questionId,
    text: body.text,
    createdAt: deps.now().toISOString(),
  });
  await deps.votes.bumpVersion(caller.tenantId, sessionId); // the results show answers and their count
  deps.resultsCache.invalidate(caller.tenantId, sessionId);
  return json(201, answer);
});

/**
 * A page of the answers the check may show (none before the reveal), optionally of one
 * question, in the publication's order (random ids). The results poll carries only their
 * counts, so panels fetch texts when a count changes, a page at a time.
 */
export const listAnswers = authenticated(async (request, _context, caller, deps) => {
  const { sessionId } = parseParams(request, sessionIdParamsSchema);
  const { questionId, pageSize, continuation } = validate(listAnswersQuerySchema, Object.fromEntries(request.query));
  const { session } = await findCallersSession(deps, caller, sessionId);
  const shown = isRevealed(session) ? await shownAnswers(deps, session) : [];
  const after = shown.filter(
    (answer) => (questionId === undefined || answer.questionId === questionId) && (continuation === undefined || answer.id > continuation),
  );
  const page = after.slice(0, pageSize);
  const body: AnswersPage = { answers: page, continuation: after.length > pageSize ? page.at(-1)!.id : null };
  return json(200, body);
});

app.http('addAnswer', { route: 'sessions/{sessionId}/answers', methods: ['POST'], authLevel: 'anonymous', handler: addAnswer });
app.http('listAnswers', { route: 'sessions/{sessionId}/answers', methods: ['GET'], authLevel: 'anonymous', handler: listAnswers });
