/**
 * The organisation's trend by month (GET /api/scores/trend): each month pooled from the
 * published figures of the teams that share and match the filters, never from a team that does
 * not share or a figure below the threshold; and built for rows written before rows had months.
 */
import { expect, inject, it } from 'vitest';
import type { OrganisationTrendResponse } from '../../api/src/contract/index.ts';
import { customerObsession } from '../../api/src/domain/templates.ts';
import { leadershipRollupTable } from '../../api/src/storage/leadershipRollupTable.ts';
import { tablesFor } from '../../api/src/storage/tables.ts';
import { callApi, participant } from '../support/apiClient.ts';

/** A closed check of a new team rated `rating` on every statement by `people` people, shared or not. */
async function teamWithCheck(tenantId: string, name: string, rating: number, people: number, shared: boolean) {
  const teamId = crypto.randomUUID();
  const members = await Promise.all(Array.from({ length: people }, () => participant(tenantId, undefined, undefined, [teamId])));
  const facilitator = members[0]!;
  const { body: session } = await facilitator.createSession({ teamId, teamName: name });
  await Promise.all(members.flatMap((member) => customerObsession.statements.map((statement) => member.vote(session.id, statement.id, rating))));
  expect((await facilitator.close(session.id)).status).toBe(200);
  if (shared) expect((await callApi('PUT', `/api/teams/${teamId}/sharing`, { token: facilitator.token, body: { shared: true } })).status).toBe(200);
  return teamId;
}

it('pools this month’s published figures of the sharing teams the filters give', async () => {
  const tenantId = `tenant-trend-${crypto.randomUUID().slice(0, 8)}`;
  await teamWithCheck(tenantId, 'Atlas', 5, 3, true); // 100 from 3 voters
  await teamWithCheck(tenantId, 'Beacon', 3, 4, true); // 50 from 4 voters
  await teamWithCheck(tenantId, 'Comet', 1, 3, false); // does not share
  await teamWithCheck(tenantId, 'Dune', 1, 2, true); // below the threshold
  const reader = await participant(tenantId);
  const read = async (query = '') => {
    const reply = await callApi<OrganisationTrendResponse>('GET', `/api/scores/trend${query}`, { token: reader.token });
    expect(reply.status).toBe(200);
    return reply.body;
  };

  const trend = await read();
  expect(trend.months).toHaveLength(12);
  const thisMonth = trend.months.at(-1)!;
  expect(thisMonth.month).toBe(new Date().toISOString().slice(0, 7));
  // (3 × 100 + 4 × 50) / 7 = 71.4; Dune's 2 ratings are left out, Comet is not there at all.
  expect(thisMonth.overall).toEqual({ score: 71.4, teams: 2, voters: 7, leftOut: 1, withheld: null });
  expect(thisMonth.statements[customerObsession.statements[0]!.id]).toMatchObject({ score: 71.4, teams: 2 });
  expect(trend.teams).toBe(3);
  expect(trend.months.at(-2)!.overall.withheld).toBe('nothing-shown');

  const atlasOnly = (await read('?search=atl')).months.at(-1)!;
  expect(atlasOnly.overall).toMatchObject({ score: 100, teams: 1, voters: 3 });
  expect((await read(`?pillar=${customerObsession.statements[0]!.pillarId}`)).statementIds.length).toBeGreaterThan(0);
  expect((await callApi('GET', '/api/scores/trend?coverage=soon', { token: reader.token })).status).toBe(400);

  // The same figures as CSV: one row per month and figure, the overall with an empty statement.
  const csv = await fetch(`${inject('apiOrigin')}/api/scores/trend?format=csv`, { headers: { Authorization: `Bearer ${reader.token}` } });
  expect(csv.headers.get('content-type')).toMatch(/^text\/csv/);
  const lines = (await csv.text()).trim().split('\r\n');
  expect(lines[0]).toBe('month,statement_id,score,teams,voters,left_out,withheld');
  expect(lines).toContain(`${thisMonth.month},,71.4,2,7,1,`);
  expect(lines).toContain(`${trend.months[0]!.month},,,0,0,0,nothing-shown`);
});

it('builds the months of a row written before rows had them', async () => {
  const tenantId = `tenant-trend-${crypto.randomUUID().slice(0, 8)}`;
  const teamId = await teamWithCheck(tenantId, 'Ember', 4, 3, true);
  const rollup = leadershipRollupTable(tablesFor(inject('storageConnectionString')));
  const { months: _months, ...older } = (await rollup.find(tenantId, teamId))!;
  await rollup.upsert(tenantId, older);
  expect((await rollup.find(tenantId, teamId))!.months).toBeUndefined();

  const reader = await participant(tenantId);
  const reply = await callApi<OrganisationTrendResponse>('GET', '/api/scores/trend', { token: reader.token });
  expect(reply.body.months.at(-1)!.overall).toMatchObject({ score: 75, teams: 1, voters: 3 });
  expect((await rollup.find(tenantId, teamId))!.months).toHaveLength(1);
});
