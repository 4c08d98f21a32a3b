/**
 * A check's opening review: what the team promised at earlier checks (open actions) and what
 * its registers hold (open entries this check has not reviewed yet), the few most pressing.
 */
import { app } from '@azure/functions';
import { sessionIdParamsSchema } from '../contract/index.ts';
import { parseParams } from '../http/parse.ts';
import { authenticated, json } from '../http/respond.ts';
import { checkReview, findCallersSession } from '../http/sessionViews.ts';

export const getCheckReview = authenticated(async (request, _context, caller, deps) => {
  const { sessionId } = parseParams(request, sessionIdParamsSchema);
  const { session } = await findCallersSession(deps, caller, sessionId);
  return json(200, await checkReview(deps, caller, session));
});

app.http('getCheckReview', { route: 'sessions/{sessionId}/review', methods: ['GET'], authLevel: 'anonymous', handler: getCheckReview });
