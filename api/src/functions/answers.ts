import { app } from '@azure/functions';
import { randomUUID } from 'node:crypto';
import { answerRequestSchema, sessionIdParamsSchema } from '../contract/index.ts';
import { contributionRefusal } from '../domain/session.ts';
import { conflict, notFound } from '../http/errors.ts';
import { parseJsonBody, parseParams } from '../http/parse.ts';
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

app.http('addAnswer', { route: 'sessions/{sessionId}/answers', methods: ['POST'], authLevel: 'anonymous', handler: addAnswer });
