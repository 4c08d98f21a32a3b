import { app } from '@azure/functions';
import { teamIdParamsSchema, type TeamScoresResponse } from '../contract/index.ts';
import { scoreSession } from '../domain/scoring.ts';
import { parseParams } from '../http/parse.ts';
import { authenticated, json } from '../http/respond.ts';
import { templateOfSession } from '../http/sessionViews.ts';

/** A team's checks, newest first, with the same anonymity rule as the live results. */
export const teamScoreHistory = authenticated(async (request, _context, caller, deps) => {
  const { teamId } = parseParams(request, teamIdParamsSchema);
  const sessions = await deps.sessions.listForTeam(caller.tenantId, teamId);
  const scored = await Promise.all(
    sessions.map(async (session) => {
      const votes = await deps.votes.listForSession(caller.tenantId, session.id);
      const { voters, overall, statements } = scoreSession(templateOfSession(session), votes, deps.config.anonymity);
      return {
        id: session.id,
        title: session.title,
        templateId: session.templateId,
        state: session.state,
        createdAt: session.createdAt,
        closedAt: session.closedAt,
        voters,
        overall,
        statements: statements.map(({ id, voters: statementVoters, score }) => ({ id, voters: statementVoters, score })),
      };
    }),
  );
  return json(200, { teamId, sessions: scored } satisfies TeamScoresResponse);
});

app.http('teamScoreHistory', { route: 'teams/{teamId}/scores', methods: ['GET'], authLevel: 'anonymous', handler: teamScoreHistory });
