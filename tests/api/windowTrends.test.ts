/**
 * Trends over a window in the team history and the leadership view: a team's steady rise that
 * check to previous calls noise every week reads "up" over its last checks, whatever days the
 * history asks for, from published scores only.
 */
import { describe, expect, inject, it } from 'vitest';
import { anonymityPolicy } from '../../api/src/domain/anonymity.ts';
import { summarizeCheck } from '../../api/src/domain/history.ts';
import type { Rating } from '../../api/src/domain/scoring.ts';
import type { Session } from '../../api/src/domain/session.ts';
import { customerObsession } from '../../api/src/domain/templates.ts';
import { summariesTable } from '../../api/src/storage/summariesTable.ts';
import { tablesFor } from '../../api/src/storage/tables.ts';
import { teamSettingsTable } from '../../api/src/storage/teamSettingsTable.ts';
import { callApi, participant, tenantA } from '../support/apiClient.ts';

const tables = () => tablesFor(inject('storageConnectionString'));

/**
 * Weekly checks from Monday 14 September 2026, written into storage as a team's past would be.
 * `ratings(week)` gives each person's ratings of the three statements; a 0 leaves one out.
 */
async function weeklyChecks(teamId: string, weeks: number, ratings: (week: number) => number[][]) {
  const summaries = summariesTable(tables());
  for (let week = 0; week < weeks; week += 1) {
    const day = new Date(Date.UTC(2026, 8, 14 + 7 * week, 9, 0));
    const session: Session = {
      id: crypto.randomUUID(),
      tenantId: tenantA,
      teamId,
      title: `Week ${week}`,
      templateId: 'customer-obsession',
      templateVersion: 1,
      state: 'closed',
      facilitatorKey: 'f',
      createdAt: day.toISOString(),
      closedAt: new Date(day.getTime() + 30 * 60_000).toISOString(),
    };
    const votes = ratings(week).flatMap((person, index) =>
      customerObsession.statements.flatMap((statement, s) =>
        person[s] ? [{ voterKey: `v${index}`, statementId: statement.id, rating: person[s] as Rating }] : [],
      ),
    );
    const summary = summarizeCheck(session, customerObsession, votes, 6, anonymityPolicy());
    await summaries.upsert(tenantA, teamId, summary, new Date(day.getTime() + 60 * 60_000));
  }
}

/** Six people a week, rating a little higher every other week; the third statement by only two. */
const risingTeam = (week: number) => {
  const base = 2 + Math.floor(week / 3); // 2, 2, 2, 3, 3, 3, 4, 4, 4, 5
  return [0, 1, 2, 3, 4, 5].map((person) => {
    const rating = Math.min(5, Math.max(1, base + ((person + week) % 3) - 1));
    return [rating, Math.min(5, rating + (person % 2)), person < 2 ? rating : 0];
  });
};

describe('trends over a window', () => {
  it('call a steady rise "up" over the last ten checks, also for a history of the last weeks only', async () => {
    const teamId = `team-window-${crypto.randomUUID()}`;
    const reader = await participant(undefined, 'Reader', undefined, [teamId]);
    await weeklyChecks(teamId, 12, risingTeam);

    const { body } = await callApi('GET', `/api/teams/${teamId}/scores`, { token: reader.token });
    const [latest] = body.sessions;
    expect(body.windowTrends).toMatchObject({
      sessionId: latest.id,
      overall: { trend: 'up', checks: 10, since: body.sessions[9].createdAt },
      overallStatements: ['direct-dialogue', 'trusted-partnership'],
    });
    expect(body.windowTrends.overall.change).toBeGreaterThan(0);
    expect(body.windowTrends.overall.interval.low).toBeGreaterThan(0);
    expect(body.windowTrends.statements['direct-dialogue'].trend).toBe('up');
    // Two voters each week, below the threshold: never shown, so never part of a trend.
    expect(body.windowTrends.statements['benefit-reviewed']).toBeNull();

    // Two weeks asked for: the window still reads the team's last ten checks.
    const recent = await callApi('GET', `/api/teams/${teamId}/scores?from=${latest.createdAt.slice(0, 10)}`, { token: reader.token });
    expect(recent.body.sessions).toHaveLength(1);
    expect(recent.body.windowTrends).toEqual(body.windowTrends);
  });

  it('have nothing to say before six checks, and stay within noise for a flat team', async () => {
    const few = `team-window-few-${crypto.randomUUID()}`;
    const flat = `team-window-flat-${crypto.randomUUID()}`;
    const reader = await participant(undefined, 'Reader', undefined, [few, flat]);
    await weeklyChecks(few, 5, risingTeam);
    await weeklyChecks(flat, 8, (week) => [0, 1, 2, 3, 4, 5].map((person) => Array(3).fill(2 + ((person + week) % 3))));
    const fewTrends = (await callApi('GET', `/api/teams/${few}/scores`, { token: reader.token })).body.windowTrends;
    expect(fewTrends).toMatchObject({ overall: null, statements: { 'direct-dialogue': null } });
    const flatTrends = (await callApi('GET', `/api/teams/${flat}/scores`, { token: reader.token })).body.windowTrends;
    expect(flatTrends.overall).toMatchObject({ trend: 'within-noise', checks: 8 });
  });

  it('are in the leadership view per team, for the pillar asked for', async () => {
    const teamId = `team-window-shared-${crypto.randomUUID()}`;
    const leader = await participant(undefined, 'Leader', undefined, [teamId]);
    await weeklyChecks(teamId, 10, risingTeam);
    await teamSettingsTable(tables()).upsert(tenantA, { teamId, teamName: 'Window team', shared: true, updatedAt: new Date().toISOString() });

    const all = await callApi('GET', '/api/scores', { token: leader.token });
    const row = all.body.teams.find((team: { teamId: string }) => team.teamId === teamId);
    expect(row.windowTrends).toMatchObject({ sessionId: row.latest.id, overall: { trend: 'up', checks: 10 } });
    expect(Object.keys(row.windowTrends.statements)).toEqual(['direct-dialogue', 'trusted-partnership', 'benefit-reviewed']);

    const pillar = customerObsession.statements[1]!.pillarId;
    const filtered = await callApi('GET', `/api/scores?pillar=${pillar}`, { token: leader.token });
    const filteredRow = filtered.body.teams.find((team: { teamId: string }) => team.teamId === teamId);
    expect(Object.keys(filteredRow.windowTrends.statements)).toEqual(['trusted-partnership']);
  });
});
