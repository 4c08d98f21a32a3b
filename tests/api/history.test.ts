/**
 * Team history, leadership view and export: ordered, ranged, honest about noise, never
 * below the anonymity threshold, only for teams that opted in, and only inside the tenant.
 */
import { describe, expect, inject, it } from 'vitest';
import { anonymityPolicy } from '../../api/src/domain/anonymity.ts';
import { summarizeCheck } from '../../api/src/domain/history.ts';
import type { Session } from '../../api/src/domain/session.ts';
import { customerObsession } from '../../api/src/domain/templates.ts';
import { summariesTable } from '../../api/src/storage/summariesTable.ts';
import { tablesFor } from '../../api/src/storage/tables.ts';
import { votesTable } from '../../api/src/storage/votesTable.ts';
import { callApi, participant, tenantA, tenantB } from '../support/apiClient.ts';
import { parseCsv } from '../support/parseCsv.ts';

async function closedCheck(teamId: string, ratings: number[][]) {
  const people = await Promise.all(ratings.map(() => participant(undefined, undefined, undefined, [teamId])));
  const facilitator = people[0]!;
  const { body: session } = await facilitator.createSession({ teamId, teamName: 'Payments' });
  await Promise.all(
    people.map((person, index) =>
      Promise.all(
        customerObsession.statements.map((statement, s) => {
          const value = ratings[index]![s];
          return value ? person.vote(session.id, statement.id, value) : undefined;
        }),
      ),
    ),
  );
  await facilitator.close(session.id);
  return { facilitator, sessionId: session.id as string };
}

/** History rows written straight into storage with chosen dates, as a team's past would be. */
async function pastChecks(tenantId: string, teamId: string, days: string[]) {
  const summaries = summariesTable(tablesFor(inject('storageConnectionString')));
  for (const [index, day] of days.entries()) {
    const session: Session = {
      id: crypto.randomUUID(),
      tenantId,
      teamId,
      title: `Check of ${day}`,
      templateId: 'customer-obsession',
      templateVersion: 1,
      state: 'closed',
      facilitatorKey: 'f',
      createdAt: `${day}T09:00:00.000Z`,
      closedAt: `${day}T09:30:00.000Z`,
    };
    const votes = ['a', 'b', 'c', 'd'].flatMap((voterKey) =>
      customerObsession.statements.map((statement) => ({ voterKey, statementId: statement.id, rating: ((index % 5) + 1) as 1 })),
    );
    await summaries.upsert(tenantId, teamId, summarizeCheck(session, customerObsession, votes, 4, anonymityPolicy()), new Date(`${day}T10:00:00.000Z`));
  }
}

describe('team history', () => {
  it('lists checks newest first and limits them to a date range', async () => {
    const teamId = `team-history-${crypto.randomUUID()}`;
    const reader = await participant(undefined, 'Reader', undefined, [teamId]);
    await pastChecks(tenantA, teamId, ['2025-01-06', '2025-03-03', '2025-02-03', '2024-12-02']);
    const all = await callApi('GET', `/api/teams/${teamId}/scores`, { token: reader.token });
    expect(all.body.sessions.map((s: { createdAt: string }) => s.createdAt.slice(0, 10))).toEqual([
      '2025-03-03',
      '2025-02-03',
      '2025-01-06',
      '2024-12-02',
    ]);
    const ranged = await callApi('GET', `/api/teams/${teamId}/scores?from=2025-01-06&to=2025-02-03`, { token: reader.token });
    expect(ranged.body.sessions.map((s: { createdAt: string }) => s.createdAt.slice(0, 10))).toEqual(['2025-02-03', '2025-01-06']);
    const bad = await callApi('GET', `/api/teams/${teamId}/scores?from=2025-13-01`, { token: reader.token });
    expect(bad.status).toBe(400);
    expect(bad.body.error.field).toBe('from');
    const reversed = await callApi('GET', `/api/teams/${teamId}/scores?from=2025-03-01&to=2025-01-01`, { token: reader.token });
    expect(reversed.status).toBe(400);
  });

  it('stores a summary at close that equals a recomputation from the raw votes', async () => {
    const teamId = `team-summary-${crypto.randomUUID()}`;
    const { facilitator, sessionId } = await closedCheck(teamId, [
      [5, 4, 2],
      [4, 4, 3],
      [3, 5, 1],
      [4, 2, 0],
      [5, 3, 0],
    ]);
    const history = await facilitator.teamScores(teamId);
    const stored = history.body.sessions[0];

    const votes = await votesTable(tablesFor(inject('storageConnectionString'))).listForSession(tenantA, sessionId);
    const { body: session } = await facilitator.session(sessionId);
    const recomputed = summarizeCheck(
      { ...session, tenantId: tenantA, facilitatorKey: '', state: 'closed' },
      customerObsession,
      votes,
      5,
      anonymityPolicy(),
    );
    expect(stored.overall).toBe(recomputed.overall);
    expect(stored.overallInterval).toEqual(recomputed.overallInterval);
    expect(stored.statements.map(({ id, voters, score, interval }: Record<string, unknown>) => ({ id, voters, score, interval }))).toEqual(
      recomputed.statements.map(({ id, voters, score, interval }) => ({ id, voters, score, interval })),
    );
    expect(stored.statements[2]).toMatchObject({ voters: 3, score: 25 });
  });

  it('hides statements with fewer than three voters and marks a change within the noise', async () => {
    const teamId = `team-noise-${crypto.randomUUID()}`;
    await closedCheck(teamId, [
      [3, 4, 5],
      [4, 4, 0],
      [2, 3, 0],
    ]);
    const { facilitator } = await closedCheck(teamId, [
      [4, 4, 5],
      [4, 3, 0],
      [3, 3, 0],
    ]);
    const { body } = await facilitator.teamScores(teamId);
    const [latest] = body.sessions;
    expect(latest.statements[2]).toMatchObject({ id: 'benefit-reviewed', voters: 1, score: null, interval: null, trend: null });
    expect(latest.statements[0].trend).toBe('within-noise');
    expect(latest.overall).not.toBeNull();
    expect(latest.overallInterval.low).toBeLessThanOrEqual(latest.overall);
  });

  it('exports the same history as CSV, one row per check and statement', async () => {
    const teamId = `team-csv-${crypto.randomUUID()}`;
    const { facilitator } = await closedCheck(teamId, [
      [5, 4, 3],
      [4, 4, 3],
      [3, 4, 3],
    ]);
    const json = await facilitator.teamScores(teamId);
    const response = await fetch(`${inject('apiOrigin')}/api/teams/${teamId}/scores?format=csv`, {
      headers: { Authorization: `Bearer ${facilitator.token}` },
    });
    expect(response.headers.get('content-type')).toMatch(/^text\/csv/);
    const [header, ...rows] = parseCsv(await response.text());
    expect(rows).toHaveLength(3);
    const first = Object.fromEntries(rows[0]!.map((value, index) => [header![index], value]));
    const check = json.body.sessions[0];
    expect(first).toMatchObject({
      check_id: check.id,
      title: check.title,
      overall: String(check.overall),
      statement_id: 'direct-dialogue',
      score: String(check.statements[0].score),
      score_low: String(check.statements[0].interval.low),
      template_id: 'customer-obsession',
      template_version: String(check.templateVersion),
      unpublished_ratings: '0',
    });
  });
});

describe('leadership view', () => {
  it('shows only teams that opted in, only their aggregates, and only to their tenant', async () => {
    const sharedTeam = `team-shared-${crypto.randomUUID()}`;
    const privateTeam = `team-private-${crypto.randomUUID()}`;
    const { facilitator } = await closedCheck(sharedTeam, [
      [5, 4, 1],
      [4, 4, 0],
      [4, 5, 0],
    ]);
    await closedCheck(privateTeam, [
      [5, 5, 5],
      [5, 5, 5],
      [5, 5, 5],
    ]);
    // Someone outside the team cannot even see that it exists; a member who never facilitated may not change what it shares.
    const outsider = await participant();
    expect((await callApi('PUT', `/api/teams/${sharedTeam}/sharing`, { token: outsider.token, body: { shared: true } })).status).toBe(404);
    const member = await participant(undefined, 'Member', undefined, [sharedTeam]);
    expect((await callApi('PUT', `/api/teams/${sharedTeam}/sharing`, { token: member.token, body: { shared: true } })).status).toBe(403);
    const optedIn = await callApi('PUT', `/api/teams/${sharedTeam}/sharing`, { token: facilitator.token, body: { shared: true } });
    expect(optedIn.body).toEqual({ teamId: sharedTeam, teamName: 'Payments', shared: true });

    const { body } = await callApi('GET', '/api/scores?pageSize=100', { token: outsider.token });
    const teamIds = body.teams.map((team: { teamId: string }) => team.teamId);
    expect(teamIds).toContain(sharedTeam);
    expect(teamIds).not.toContain(privateTeam);
    const shared = body.teams.find((team: { teamId: string }) => team.teamId === sharedTeam);
    expect(shared.checks).toBe(1);
    expect(shared.latest.statements[2]).toMatchObject({ voters: 1, score: null });
    expect(JSON.stringify(shared)).not.toMatch(/distribution|voterKey/);

    const contact = await callApi('GET', '/api/scores?pillar=customer-contact&pageSize=100', { token: outsider.token });
    const filtered = contact.body.teams.find((team: { teamId: string }) => team.teamId === sharedTeam);
    expect(filtered.latest.statements.map((s: { id: string }) => s.id)).toEqual(['direct-dialogue']);

    const mallory = await participant(tenantB);
    const foreign = await callApi('GET', '/api/scores?pageSize=100', { token: mallory.token });
    expect(foreign.body.teams.map((team: { teamId: string }) => team.teamId)).not.toContain(sharedTeam);
    expect((await mallory.teamScores(sharedTeam)).status).toBe(404);

    await callApi('PUT', `/api/teams/${sharedTeam}/sharing`, { token: facilitator.token, body: { shared: false } });
    const after = await callApi('GET', '/api/scores?pageSize=100', { token: outsider.token });
    expect(after.body.teams.map((team: { teamId: string }) => team.teamId)).not.toContain(sharedTeam);
  });
});
