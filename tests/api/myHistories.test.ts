/**
 * GET /api/me/histories: the personal app's list of the caller's teams and meeting chats that
 * have checks, as the local Graph (on the production path of auth/graph.ts) says they belong.
 */
import { describe, expect, inject, it } from 'vitest';
import { SIMULATED_TEAM } from '../../api/local/simulatedMeeting.ts';
import type { MyHistoriesResponse } from '../../api/src/contract/index.ts';
import { callApi, newTeamId, participant, type Participant } from '../support/apiClient.ts';

const meetingChat = () => `19:meeting_${crypto.randomUUID().replaceAll('-', '')}@thread.v2`;
const histories = async (person: Participant) => callApi<MyHistoriesResponse>('GET', '/api/me/histories', { token: person.token });

/** Someone in these teams (the token's groups) and meeting chats (the local Graph's members lists). */
async function personIn(tenantId: string, name: string, teams: string[], chats: string[]) {
  const person = await participant(tenantId, name, undefined, teams);
  person.user.chats = chats;
  await person.memberOf();
  return person;
}

describe('GET /api/me/histories', () => {
  it('lists the teams and meeting chats the caller is in that have checks, newest first, with their names', async () => {
    const tenantId = `tenant-histories-${crypto.randomUUID()}`;
    // The simulated world's team, so the local Graph knows its name; every other id is its own name there.
    const [namedTeam, emptyTeam, othersTeam] = [SIMULATED_TEAM.groupId, newTeamId(), newTeamId()];
    const [chat, othersChat] = [meetingChat(), meetingChat()];
    const ava = await personIn(tenantId, 'Ava', [namedTeam, emptyTeam], [chat]);
    const oscar = await personIn(tenantId, 'Oscar', [othersTeam], [othersChat]);

    expect((await ava.createSession({ teamId: namedTeam })).status).toBe(201);
    expect((await ava.createSession({ teamId: chat, meetingId: `meeting-of-${chat}` })).status).toBe(201);
    expect((await oscar.createSession({ teamId: othersTeam })).status).toBe(201);
    expect((await oscar.createSession({ teamId: othersChat, meetingId: `meeting-of-${othersChat}` })).status).toBe(201);

    const response = await histories(ava);
    expect(response.status).toBe(200);
    const { histories: listed, truncated } = response.body;
    expect(truncated).toBe(false);
    // Not the empty team, not Oscar's team or chat, not Ava's own team without checks.
    expect(listed.map((item) => [item.kind, item.teamId])).toEqual([
      ['meetingChat', chat],
      ['team', namedTeam],
    ]);
    expect(listed[1]).toMatchObject({ name: SIMULATED_TEAM.displayName });
    expect(Date.parse(listed[0]!.latestCheckAt)).toBeGreaterThanOrEqual(Date.parse(listed[1]!.latestCheckAt));
    expect(Date.now() - Date.parse(listed[0]!.latestCheckAt)).toBeLessThan(60_000);

    // What is listed opens: the history route agrees that Ava belongs there.
    for (const item of listed) expect((await ava.teamScores(item.teamId)).status).toBe(200);
    expect((await histories(oscar)).body.histories.map((item) => item.teamId).sort()).toEqual([othersTeam, othersChat].sort());
  });

  it('moves a team up when it has a newer check, and drops it once its data is erased', async () => {
    const tenantId = `tenant-histories-${crypto.randomUUID()}`;
    const [first, second] = [newTeamId(), newTeamId()];
    const ava = await personIn(tenantId, 'Ava', [first, second], []);
    await ava.createSession({ teamId: first });
    await ava.createSession({ teamId: second });
    expect((await histories(ava)).body.histories.map((item) => item.teamId)).toEqual([second, first]);

    const admin = await participant(tenantId, 'Admin', ['CustomerPulse.Admin']);
    expect((await callApi('DELETE', `/api/teams/${second}/data`, { token: admin.token })).status).toBe(200);
    expect((await histories(ava)).body.histories.map((item) => item.teamId)).toEqual([first]);
  });

  it('answers 503 with Retry-After while Graph is down, never an empty list', async () => {
    const tenantId = `tenant-histories-down-${crypto.randomUUID()}`;
    const ava = await personIn(tenantId, 'Ava', [newTeamId()], []);
    const outage = (method: string, body?: object) =>
      fetch(`${inject('apiOrigin')}/dev/graph-outage?tenantId=${tenantId}`, { method, body: body ? JSON.stringify(body) : undefined });
    await outage('PUT', { tenantId, status: 503, retryAfterSeconds: 7 });
    const refused = await histories(ava);
    expect(refused.status).toBe(503);
    expect(refused.headers.get('retry-after')).toBe('7');
    await outage('DELETE');
    expect((await histories(ava)).status).toBe(200);
  });

  it('needs a signed-in caller', async () => {
    expect((await callApi('GET', '/api/me/histories')).status).toBe(401);
  });
});
