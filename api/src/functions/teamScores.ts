import { app } from '@azure/functions';
import { teamIdParamsSchema, teamScoresQuerySchema, type TeamScoresResponse } from '../contract/index.ts';
import { csvResponse, historyCsv, wantsCsv } from '../http/csv.ts';
import { badRequest, notFound } from '../http/errors.ts';
import { parseParams, validate } from '../http/parse.ts';
import { authenticated, json } from '../http/respond.ts';
import { requireTeamMember } from '../http/teamAccess.ts';
import { historyView, teamHistory } from '../http/teamHistory.ts';
import { teamWindowTrends } from '../http/windowTrends.ts';

/**
 * A team's checks, newest first, with scores, their noise and trends, and the latest check's
 * trends over the team's last checks (`windowTrends`); `?from=&to=` limit the
 * days, `?format=csv` (or `Accept: text/csv`) gives the same data as CSV. Read from the
 * per-check summaries only, so it costs the same after five years as after five weeks.
 */
export const teamScoreHistory = authenticated(async (request, _context, caller, deps) => {
  const { teamId } = parseParams(request, teamIdParamsSchema);
  await requireTeamMember(deps, caller, teamId);
  const query = validate(teamScoresQuerySchema, Object.fromEntries(request.query));
  if (query.from && query.to && query.from > query.to) throw badRequest('from must not be after to', 'from');
  const asCsv = wantsCsv(request, query.format);
  const [summaries, settings, windowTrends] = await Promise.all([
    teamHistory(deps, caller.tenantId, teamId, {
      from: query.from && `${query.from}T00:00:00.000Z`,
      to: query.to && `${query.to}T23:59:59.999Z`,
    }),
    deps.teamSettings.find(caller.tenantId, teamId),
    // Over the team's latest checks, whatever the days asked for: a bounded read of its own.
    asCsv ? null : teamWindowTrends(deps, caller.tenantId, teamId),
  ]);
  // A team is known in a tenant by its checks; any other team id, another tenant's included,
  // is not found, exactly as an unknown one.
  const known = summaries.length > 0 || (await deps.summaries.listForTeam(caller.tenantId, teamId, { top: 1 })).length > 0;
  if (!known) throw notFound(`Team ${teamId} has no checks`);
  const sessions = historyView(summaries);
  if (asCsv) return csvResponse(historyCsv(sessions), teamId);
  return json(200, { teamId, teamName: settings?.teamName, sessions, windowTrends } satisfies TeamScoresResponse);
});

app.http('teamScoreHistory', { route: 'teams/{teamId}/scores', methods: ['GET'], authLevel: 'anonymous', handler: teamScoreHistory });
