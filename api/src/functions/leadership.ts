/**
 * The leadership view: the latest scores of every team of the tenant that opted in, side by
 * side. Only aggregates, only shared teams, and the anonymity threshold holds as everywhere.
 */
import { app } from '@azure/functions';
import {
  leadershipQuerySchema,
  teamIdParamsSchema,
  teamSharingRequestSchema,
  type LeadershipResponse,
  type TeamSharingResponse,
} from '../contract/index.ts';
import { forbidden } from '../http/errors.ts';
import { parseJsonBody, parseParams, validate } from '../http/parse.ts';
import { authenticated, json } from '../http/respond.ts';
import { actorOf } from '../http/sessionViews.ts';
import { requireTeamMember } from '../http/teamAccess.ts';
import { historyView, teamHistory } from '../http/teamHistory.ts';

export const leadershipScores = authenticated(async (request, _context, caller, deps) => {
  const { pillar } = validate(leadershipQuerySchema, Object.fromEntries(request.query));
  const sharedTeams = await deps.teamSettings.listShared(caller.tenantId);
  const teams = await Promise.all(
    sharedTeams.map(async (team) => {
      const history = historyView(await teamHistory(deps, caller.tenantId, team.teamId)).filter(
        (check) => check.state === 'closed',
      );
      const forPillar = (check: (typeof history)[number] | undefined) =>
        check && pillar ? { ...check, statements: check.statements.filter((s) => s.pillarId === pillar) } : (check ?? null);
      return {
        teamId: team.teamId,
        teamName: team.teamName,
        checks: history.length,
        latest: forPillar(history[0]),
        previous: forPillar(history[1]),
      };
    }),
  );
  teams.sort((a, b) => (a.teamName ?? a.teamId).localeCompare(b.teamName ?? b.teamId));
  return json(200, { teams } satisfies LeadershipResponse);
});

/** A team opts in (or out) of the leadership view; only someone who facilitated its checks may. */
export const setTeamSharing = authenticated(async (request, context, caller, deps) => {
  const { teamId } = parseParams(request, teamIdParamsSchema);
  await requireTeamMember(deps, caller, teamId);
  const body = await parseJsonBody(request, teamSharingRequestSchema);
  const { facilitatorKey } = actorOf(deps, caller);
  const sessions = await deps.sessions.listForTeam(caller.tenantId, teamId);
  if (!sessions.some((session) => session.facilitatorKey === facilitatorKey)) {
    throw forbidden('Only someone who facilitated a check of this team can change what it shares');
  }
  const teamName = body.teamName ?? sessions.find((session) => session.teamName)?.teamName;
  await deps.teamSettings.upsert(caller.tenantId, { teamId, teamName, shared: body.shared, updatedAt: deps.now().toISOString() });
  context.log('Team sharing changed', { shared: body.shared });
  return json(200, { teamId, teamName, shared: body.shared } satisfies TeamSharingResponse);
});

export const getTeamSharing = authenticated(async (request, _context, caller, deps) => {
  const { teamId } = parseParams(request, teamIdParamsSchema);
  await requireTeamMember(deps, caller, teamId);
  const settings = await deps.teamSettings.find(caller.tenantId, teamId);
  return json(200, { teamId, teamName: settings?.teamName, shared: settings?.shared ?? false } satisfies TeamSharingResponse);
});

app.http('leadershipScores', { route: 'scores', methods: ['GET'], authLevel: 'anonymous', handler: leadershipScores });
app.http('getTeamSharing', { route: 'teams/{teamId}/sharing', methods: ['GET'], authLevel: 'anonymous', handler: getTeamSharing });
app.http('setTeamSharing', { route: 'teams/{teamId}/sharing', methods: ['PUT'], authLevel: 'anonymous', handler: setTeamSharing });
