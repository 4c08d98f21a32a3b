/**
 * The organisation's trend by month (leadership view): for each of the last twelve months, the
 * published figures of the teams that share and match the grid's filters, pooled as a group's
 * figure is (domain/organisationTrend.ts). Read from the leadership rollup's month figures, one
 * small column per team: O(teams), whatever the teams' histories.
 */
import { app } from '@azure/functions';
import { organisationTrendQuerySchema, type OrganisationTrendResponse } from '../contract/index.ts';
import { matchingTeams, statementIdsOf } from '../domain/leadershipQuery.ts';
import { organisationMonths } from '../domain/organisationTrend.ts';
import { csvResponse, organisationTrendCsv, wantsCsv } from '../http/csv.ts';
import { sharedRollupRows } from '../http/leadershipRollup.ts';
import { validate } from '../http/parse.ts';
import { authenticated, json } from '../http/respond.ts';

export const organisationTrend = authenticated(async (request, _context, caller, deps) => {
  const query = validate(organisationTrendQuerySchema, Object.fromEntries(request.query));
  const now = deps.now();
  const policy = deps.config.anonymity;
  const rows = await sharedRollupRows(deps, caller.tenantId, { months: true });
  const matching = matchingTeams(rows, query, { now, policy });
  const statementIds = statementIdsOf(matching);
  const months = organisationMonths(
    matching.map((row) => ({ months: row.months ?? [] })),
    statementIds,
    now,
    policy,
  );
  if (wantsCsv(request, query.format)) return csvResponse(organisationTrendCsv(months, statementIds), 'organisation-by-month');
  return json(200, {
    months,
    statementIds,
    teams: matching.length,
  } satisfies OrganisationTrendResponse);
});

app.http('organisationTrend', { route: 'scores/trend', methods: ['GET'], authLevel: 'anonymous', handler: organisationTrend });
