/**
 * The leadership view: the latest scores of every team of the tenant that opted in, side by
 * side. Only aggregates, only shared teams, and the anonymity threshold holds as everywhere.
 * Read from the leadership rollup (http/leadershipRollup.ts), one row per team: a page costs
 * one partition read of O(teams), however long the teams' histories are.
 */
import { createHash } from 'node:crypto';
import { app } from '@azure/functions';
import { isAdmin } from '../auth/caller.ts';
import {
  leadershipQuerySchema,
  teamIdParamsSchema,
  teamSharingRequestSchema,
  teamUnitRequestSchema,
  type LeadershipQuery,
  type LeadershipResponse,
  type TeamSharingResponse,
  type TeamUnitResponse,
} from '../contract/index.ts';
import { checkOnPage, leadershipPage, staleAfterDays, type LeadershipSort, type SortKey } from '../domain/leadershipQuery.ts';
import { badRequest, forbidden, notFound } from '../http/errors.ts';
import { refreshRollup, sharedRollupRows } from '../http/leadershipRollup.ts';
import { parseJsonBody, parseParams, validate } from '../http/parse.ts';
import { authenticated, json } from '../http/respond.ts';
import { actorOf } from '../http/sessionViews.ts';
import { requireTeamMember } from '../http/teamAccess.ts';
import type { RollupRow } from '../storage/leadershipRollupTable.ts';

export const leadershipScores = authenticated(async (request, _context, caller, deps) => {
  const query = validate(leadershipQuerySchema, Object.fromEntries(request.query));
  const fingerprint = fingerprintOf(query);
  const after = query.continuation === undefined ? undefined : decodeContinuation(query.continuation, fingerprint);
  const policy = deps.config.anonymity;
  const rows = await sharedRollupRows(deps, caller.tenantId);
  const page = leadershipPage(rows, { ...query, sort: query.sort as LeadershipSort }, { now: deps.now(), policy, after });
  // The page was chosen from the rows' compact figures; its rows are read whole, and shown as they were listed.
  const whole = await deps.leadershipRollup.findMany(caller.tenantId, page.teams.map((team) => team.teamId));
  const teams = page.teams.flatMap((listed) => {
    const row = whole.get(listed.teamId);
    return row?.shared ? [{ ...row, latest: checkOnPage(row.latest, query, policy), previous: checkOnPage(row.previous, query, policy) }] : [];
  });
  return json(200, {
    teams: teams.map(teamView),
    total: page.total,
    continuation: page.after ? encodeContinuation(fingerprint, page.after) : null,
    statementIds: page.statementIds,
    groups: page.groups,
    spread: page.spread,
    staleAfterDays,
  } satisfies LeadershipResponse);
});

/** What the response tells of a row; window trends only for the statements the latest check shows. */
function teamView(row: RollupRow): LeadershipResponse['teams'][number] {
  const latest = new Map(row.latest?.statements.map((statement) => [statement.id, statement]));
  const windowTrends =
    row.windowTrends && row.latest && row.windowTrends.sessionId === row.latest.id
      ? {
          ...row.windowTrends,
          overall: row.latest.overall === null ? null : row.windowTrends.overall,
          // The statements of the pillar asked for; none for a statement whose latest figure is hidden.
          statements: Object.fromEntries(
            Object.entries(row.windowTrends.statements)
              .filter(([id]) => latest.has(id))
              .map(([id, trend]) => [id, latest.get(id)!.score === null ? null : trend]),
          ),
        }
      : null;
  return { teamId: row.teamId, teamName: row.teamName, unit: row.unit, checks: row.checks, latest: row.latest, previous: row.previous, windowTrends };
}

/**
 * A continuation names where the page before ended and which filters and order it was of: one
 * given out for another query is refused rather than read as a place in the wrong order.
 */
function fingerprintOf(query: LeadershipQuery): string {
  const { continuation: _continuation, pageSize: _pageSize, ...rest } = query;
  const ordered = Object.fromEntries(Object.entries(rest).sort(([a], [b]) => a.localeCompare(b)));
  return createHash('sha256').update(JSON.stringify(ordered)).digest('base64url').slice(0, 12);
}

function encodeContinuation(fingerprint: string, after: SortKey): string {
  return Buffer.from(JSON.stringify({ q: fingerprint, after }), 'utf8').toString('base64url');
}

function decodeContinuation(continuation: string, fingerprint: string): SortKey {
  let decoded: unknown;
  try {
    decoded = JSON.parse(Buffer.from(continuation, 'base64url').toString('utf8'));
  } catch {
    decoded = undefined;
  }
  const place = decoded as { q?: unknown; after?: unknown } | undefined;
  const valid =
    typeof place === 'object' &&
    place !== null &&
    place.q === fingerprint &&
    Array.isArray(place.after) &&
    place.after.every((part) => part === null || typeof part === 'string' || typeof part === 'number');
  if (!valid) throw badRequest('continuation is not one that an earlier page with these filters and this order gave', 'continuation');
  return place.after as SortKey;
}

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
  const before = await deps.teamSettings.find(caller.tenantId, teamId);
  const teamName = body.teamName ?? sessions.find((session) => session.teamName)?.teamName ?? before?.teamName;
  await deps.teamSettings.upsert(caller.tenantId, {
    teamId,
    teamName,
    shared: body.shared,
    unit: before?.unit,
    updatedAt: deps.now().toISOString(),
  });
  await refreshRollup(deps, caller.tenantId, teamId);
  context.log('Team sharing changed', { shared: body.shared });
  return json(200, { teamId, teamName, shared: body.shared } satisfies TeamSharingResponse);
});

export const getTeamSharing = authenticated(async (request, _context, caller, deps) => {
  const { teamId } = parseParams(request, teamIdParamsSchema);
  await requireTeamMember(deps, caller, teamId);
  const settings = await deps.teamSettings.find(caller.tenantId, teamId);
  return json(200, { teamId, teamName: settings?.teamName, shared: settings?.shared ?? false } satisfies TeamSharingResponse);
});

/**
 * An admin tags a team with its organisational unit, which the leadership view groups by. A
 * tag rather than the department Entra knows: a department belongs to a person, and a team's
 * members often sit in several; reading it needs Graph's User.Read.All for every member, and
 * admin consent; and an admin's tag is the organisation's own structure, stable when people
 * move. Admins only: a team could otherwise move itself into a group to change its figures.
 */
export const setTeamUnit = authenticated(async (request, context, caller, deps) => {
  const { teamId } = parseParams(request, teamIdParamsSchema);
  if (!isAdmin(caller, deps.config.adminUserIds)) {
    throw forbidden('Only an admin of Customer Pulse may set a team\u2019s unit (app role CustomerPulse.Admin)');
  }
  const { unit } = await parseJsonBody(request, teamUnitRequestSchema);
  const before = await deps.teamSettings.find(caller.tenantId, teamId);
  // A team this tenant has never run a check of is not one to tag: no row springs up for a typo.
  if (!before && (await deps.sessions.listForTeam(caller.tenantId, teamId)).length === 0) {
    throw notFound('No team with this id has run a check in this organisation');
  }
  await deps.teamSettings.upsert(caller.tenantId, {
    teamId,
    teamName: before?.teamName,
    shared: before?.shared ?? false,
    unit: unit ?? undefined,
    updatedAt: deps.now().toISOString(),
  });
  await refreshRollup(deps, caller.tenantId, teamId);
  context.log('Team unit changed', { hasUnit: unit !== null });
  return json(200, { teamId, unit } satisfies TeamUnitResponse);
});

app.http('leadershipScores', { route: 'scores', methods: ['GET'], authLevel: 'anonymous', handler: leadershipScores });
app.http('getTeamSharing', { route: 'teams/{teamId}/sharing', methods: ['GET'], authLevel: 'anonymous', handler: getTeamSharing });
app.http('setTeamSharing', { route: 'teams/{teamId}/sharing', methods: ['PUT'], authLevel: 'anonymous', handler: setTeamSharing });
app.http('setTeamUnit', { route: 'teams/{teamId}/unit', methods: ['PUT'], authLevel: 'anonymous', handler: setTeamUnit });
