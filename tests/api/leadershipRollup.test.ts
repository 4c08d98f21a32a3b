/**
 * The leadership view at company scale: read from the rollup (one row per team), kept in step
 * when a check closes, when a team's data is erased and when sharing or the unit changes; paged,
 * sorted, searched, filtered and grouped; and never showing a figure below the threshold, alone
 * or inside a group's.
 */
import { describe, expect, inject, it } from 'vitest';
import type { LeadershipResponse } from '../../api/src/contract/index.ts';
import { anonymityPolicy } from '../../api/src/domain/anonymity.ts';
import { summarizeCheck } from '../../api/src/domain/history.ts';
import type { Rating } from '../../api/src/domain/scoring.ts';
import type { Session } from '../../api/src/domain/session.ts';
import { customerObsession } from '../../api/src/domain/templates.ts';
import { refreshRollup } from '../../api/src/http/leadershipRollup.ts';
import { leadershipRollupTable } from '../../api/src/storage/leadershipRollupTable.ts';
import { summariesTable } from '../../api/src/storage/summariesTable.ts';
import { tablesFor } from '../../api/src/storage/tables.ts';
import { teamSettingsTable } from '../../api/src/storage/teamSettingsTable.ts';
import { allPages, callApi, participant, type Participant } from '../support/apiClient.ts';

const adminRole = ['CustomerPulse.Admin'];
const [contact, partnership, reviewed] = customerObsession.statements.map((statement) => statement.id) as [string, string, string];

function storage() {
  const tables = tablesFor(inject('storageConnectionString'));
  return { summaries: summariesTable(tables), teamSettings: teamSettingsTable(tables), leadershipRollup: leadershipRollupTable(tables), now: () => new Date() };
}

/** A closed check through the API, rated by `ratings.length` people of the team (0 = skipped). */
async function closedCheck(tenantId: string, teamId: string, teamName: string, ratings: number[][]) {
  const people = await Promise.all(ratings.map(() => participant(tenantId, undefined, undefined, [teamId])));
  const facilitator = people[0]!;
  const { body: session } = await facilitator.createSession({ teamId, teamName });
  await Promise.all(
    people.map((person, index) =>
      Promise.all(customerObsession.statements.map((statement, s) => (ratings[index]![s] ? person.vote(session.id, statement.id, ratings[index]![s]) : undefined))),
    ),
  );
  expect((await facilitator.close(session.id)).status).toBe(200);
  return facilitator;
}

/**
 * A team's past written straight into storage, as a seed does: summaries of `voters` people who
 * all rated `rating` (a statement with fewer voters is hidden), then its settings and its row.
 */
async function storedTeam(
  tenantId: string,
  team: { id: string; name: string; shared: boolean; unit?: string; rating: Rating; day: string; voters?: [number, number, number] },
) {
  const repos = storage();
  const session: Session = {
    id: crypto.randomUUID(),
    tenantId,
    teamId: team.id,
    title: `Check of ${team.day}`,
    templateId: customerObsession.id,
    templateVersion: customerObsession.version,
    state: 'closed',
    facilitatorKey: 'f',
    createdAt: `${team.day}T09:00:00.000Z`,
    closedAt: `${team.day}T09:30:00.000Z`,
  };
  const voters = team.voters ?? [4, 4, 4];
  const votes = customerObsession.statements.flatMap((statement, s) =>
    Array.from({ length: voters[s]! }, (_, v) => ({ voterKey: `voter-${v}`, statementId: statement.id, rating: team.rating })),
  );
  await repos.summaries.upsert(tenantId, team.id, summarizeCheck(session, customerObsession, votes, 4, anonymityPolicy()), new Date(`${team.day}T10:00:00.000Z`));
  await repos.teamSettings.upsert(tenantId, { teamId: team.id, teamName: team.name, shared: team.shared, unit: team.unit, updatedAt: new Date().toISOString() });
  await refreshRollup(repos, tenantId, team.id);
}

const newTenant = () => `tenant-lead-${crypto.randomUUID().slice(0, 8)}`;

async function scores(reader: Participant, query: Record<string, string> = {}) {
  return callApi<LeadershipResponse>('GET', `/api/scores?${new URLSearchParams(query)}`, { token: reader.token });
}

describe('leadership rollup', () => {
  it('is the view: kept on close and on erasure, and independent of the teams’ stored history', async () => {
    const tenantId = newTenant();
    const teamId = crypto.randomUUID();
    const facilitator = await closedCheck(tenantId, teamId, 'Checkout', [
      [5, 4, 4],
      [4, 4, 4],
      [4, 5, 4],
    ]);
    expect((await callApi('PUT', `/api/teams/${teamId}/sharing`, { token: facilitator.token, body: { shared: true } })).status).toBe(200);
    const reader = await participant(tenantId);
    const first = await scores(reader);
    expect(first.body.teams.map((team) => [team.teamName, team.checks])).toEqual([['Checkout', 1]]);
    const firstCheck = first.body.teams[0]!.latest!;

    await closedCheck(tenantId, teamId, 'Checkout', [
      [1, 1, 1],
      [2, 1, 1],
      [1, 2, 1],
    ]);
    const second = (await scores(reader)).body.teams[0]!;
    expect(second.checks).toBe(2);
    expect(second.previous!.id).toBe(firstCheck.id);
    expect(second.latest!.overall!).toBeLessThan(firstCheck.overall!);

    // The view reads the rollup row, not the history: with the summaries gone it still shows the team.
    await storage().summaries.deleteForTeam(tenantId, teamId);
    expect((await scores(reader)).body.teams[0]!.latest!.id).toBe(second.latest!.id);

    const admin = await participant(tenantId, 'Admin', adminRole);
    expect((await callApi('DELETE', `/api/teams/${teamId}/data`, { token: admin.token })).status).toBe(200);
    expect((await scores(reader)).body.teams).toEqual([]);
  });

  it('pages, sorts, searches, filters and groups; a continuation belongs to its query', async () => {
    const tenantId = newTenant();
    const names = ['Atlas', 'Borealis', 'Cirrus', 'Delta', 'Équinoxe', 'Fjord', 'Gale', 'Harbour', 'Iris', 'Juniper'];
    await Promise.all(
      names.map((name, index) =>
        storedTeam(tenantId, {
          id: crypto.randomUUID(),
          name,
          shared: index !== 9,
          unit: index < 4 ? 'Sales' : index < 7 ? 'Operations' : undefined,
          rating: ((index % 5) + 1) as Rating,
          day: index === 3 ? '2020-06-01' : new Date(Date.now() - index * 86_400_000).toISOString().slice(0, 10),
        }),
      ),
    );
    const reader = await participant(tenantId);

    const pages = await allPages<LeadershipResponse>('leadership', (continuation) =>
      scores(reader, { sort: 'overall', direction: 'desc', pageSize: '4', ...(continuation ? { continuation } : {}) }),
    );
    expect(pages.map((page) => page.teams.length)).toEqual([4, 4, 1]);
    expect(pages.every((page) => page.total === 9)).toBe(true);
    const overall = pages.flatMap((page) => page.teams.map((team) => team.latest!.overall!));
    expect(overall).toEqual([...overall].sort((a, b) => b - a));
    expect(pages.flatMap((page) => page.teams.map((team) => team.teamName))).not.toContain('Juniper'); // does not share

    const wrongQuery = await scores(reader, { sort: 'team', pageSize: '4', continuation: pages[0]!.continuation! });
    expect(wrongQuery.status).toBe(400);
    expect(wrongQuery.body).toMatchObject({ error: { field: 'continuation' } });
    expect((await scores(reader, { sort: 'colour' })).status).toBe(400);

    expect((await scores(reader, { search: 'EQUI' })).body.teams.map((team) => team.teamName)).toEqual(['Équinoxe']);
    expect((await scores(reader, { coverage: 'stale' })).body.teams.map((team) => team.teamName)).toEqual(['Delta']);
    const pillar = (await scores(reader, { pillar: 'customer-contact' })).body;
    expect(pillar.statementIds).toEqual([contact]);
    const byStatement = (await scores(reader, { statement: reviewed, sort: `statement:${reviewed}`, direction: 'asc' })).body;
    expect(byStatement.teams[0]!.latest!.statements.map((s) => s.id)).toEqual([reviewed]);

    const grouped = (await scores(reader, { groupBy: 'unit', pageSize: '100' })).body;
    expect(grouped.teams.map((team) => team.unit ?? null)).toEqual([...Array(3).fill('Operations'), ...Array(4).fill('Sales'), null, null]);
    expect(grouped.groups!.map((group) => [group.unit, group.teams])).toEqual([
      ['Operations', 3],
      ['Sales', 4],
      [null, 2],
    ]);
    const sales = grouped.teams.filter((team) => team.unit === 'Sales');
    const expected = sales.reduce((sum, team) => sum + team.latest!.statements[0]!.score! * 4, 0) / (4 * sales.length);
    expect(grouped.groups![1]!.statements[contact]).toEqual({ score: Math.round(expected * 10) / 10, teams: 4, voters: 16, leftOut: 0, withheld: null });
  });

  it('holds the threshold at every level: a hidden figure is shown neither alone nor inside its group’s', async () => {
    const tenantId = newTenant();
    const small = crypto.randomUUID();
    await storedTeam(tenantId, { id: small, name: 'Small', shared: true, unit: 'Sales', rating: 1, day: '2026-11-02', voters: [4, 2, 4] });
    await storedTeam(tenantId, { id: crypto.randomUUID(), name: 'Large', shared: true, unit: 'Sales', rating: 5, day: '2026-11-02' });
    await storedTeam(tenantId, { id: crypto.randomUUID(), name: 'Private', shared: false, unit: 'Sales', rating: 1, day: '2026-11-02' });
    const reader = await participant(tenantId);
    const { body } = await scores(reader, { groupBy: 'unit' });
    const smallRow = body.teams.find((team) => team.teamName === 'Small')!;
    expect(smallRow.latest!.statements.find((s) => s.id === partnership)).toMatchObject({ voters: 2, score: null, interval: null });
    const [sales] = body.groups!;
    expect(sales!.teams).toBe(2); // Private does not share: not counted, not mentioned
    // Sales' figure is Large's alone, and it says one team was left out: minus Large it gives nothing.
    expect(sales!.statements[partnership]).toEqual({ score: 100, teams: 1, voters: 4, leftOut: 1, withheld: null });
    expect(sales!.statements[contact]).toMatchObject({ score: 50, teams: 2, voters: 8, leftOut: 0 });
  });

  it('lets admins only set a team’s unit, and sharing keeps it', async () => {
    const tenantId = newTenant();
    const teamId = crypto.randomUUID();
    const facilitator = await closedCheck(tenantId, teamId, 'Ledger', [
      [4, 4, 4],
      [4, 4, 4],
      [4, 4, 4],
    ]);
    expect((await callApi('PUT', `/api/teams/${teamId}/unit`, { token: facilitator.token, body: { unit: 'Finance' } })).status).toBe(403);
    const admin = await participant(tenantId, 'Admin', adminRole);
    const set = await callApi('PUT', `/api/teams/${teamId}/unit`, { token: admin.token, body: { unit: 'Finance' } });
    expect(set.body).toEqual({ teamId, unit: 'Finance' });
    await callApi('PUT', `/api/teams/${teamId}/sharing`, { token: facilitator.token, body: { shared: true } });
    expect((await scores(admin, { groupBy: 'unit' })).body.groups!.map((group) => group.unit)).toEqual(['Finance']);
    await callApi('PUT', `/api/teams/${teamId}/sharing`, { token: facilitator.token, body: { shared: false } });
    expect((await scores(admin)).body.teams).toEqual([]);
  });

  it('backfills a tenant whose teams shared before the rollup existed, on its first read', async () => {
    const tenantId = newTenant();
    const teamId = crypto.randomUUID();
    await storedTeam(tenantId, { id: teamId, name: 'Old timer', shared: true, rating: 4, day: '2026-10-05' });
    await storage().leadershipRollup.delete(tenantId, teamId); // as it was before the table existed
    const reader = await participant(tenantId);
    expect((await scores(reader)).body.teams.map((team) => [team.teamName, team.checks])).toEqual([['Old timer', 1]]);
  });
});
