/**
 * Team data only for the team, with membership from Entra ID and Microsoft Graph (here: the
 * local host's dev issuer and Graph, on the production code path of auth/graph.ts).
 */
import { describe, expect, inject, it } from 'vitest';
import { callApi, newTeamId, overageParticipant, participant, tenantA, type Participant } from '../support/apiClient.ts';

const meetingChat = () => `19:meeting_${crypto.randomUUID().replaceAll('-', '')}@thread.v2`;

async function membershipStats(): Promise<{ checks: number; fromToken: number; fromCache: number; fromGraph: number }> {
  return (await fetch(`${inject('apiOrigin')}/dev/membership-stats`)).json();
}

/** What a person sees of a team's data: statuses of the side panel's and the history tab's reads. */
async function whatTheySee(person: Participant, teamId: string, sessionId: string) {
  return {
    session: (await person.session(sessionId)).status,
    results: (await person.results(sessionId)).status,
    history: (await person.teamScores(teamId)).status,
    registers: (await person.teamRegisters(teamId)).status,
    actions: (await person.teamActions(teamId)).status,
  };
}

const allowed = { session: 200, results: 200, history: 200, registers: 200, actions: 200 };
const hidden = { session: 404, results: 404, history: 404, registers: 404, actions: 404 };

describe('team membership', () => {
  it('lets members in and gives a colleague outside the team the same 404 as a team that does not exist', async () => {
    const teamId = newTeamId();
    const [ava, ben, oscar] = await Promise.all([
      participant(tenantA, 'Ava', undefined, [teamId]),
      participant(tenantA, 'Ben', undefined, [teamId]),
      participant(tenantA, 'Oscar'),
    ]);
    const { body: session } = await ava.createSession({ teamId });
    await ava.close(session.id);

    expect(await whatTheySee(ben, teamId, session.id)).toEqual(allowed);
    expect(await whatTheySee(oscar, teamId, session.id)).toEqual(hidden);
    expect((await oscar.join(session.id)).status).toBe(404);
    expect((await oscar.createSession({ teamId })).status).toBe(404);

    const outsiders = await oscar.teamScores(teamId);
    const nobodys = await ava.teamScores(newTeamId());
    expect(outsiders.body.error.message.replace(teamId, '…')).toBe(nobodys.body.error.message.replace(/[0-9a-f-]{36}/, '…'));
  });

  it('stops letting someone in once their new token no longer names the team', async () => {
    const teamId = newTeamId();
    const ava = await participant(tenantA, 'Ava', undefined, [teamId]);
    const { body: session } = await ava.createSession({ teamId });
    const leaver = await participant(tenantA, 'Leaver', undefined, [teamId]);
    expect((await leaver.join(session.id)).status).toBe(200);
    // Removed from the team: Entra's next token for them no longer carries its id.
    leaver.user.groups = [leaver.teamId];
    await leaver.memberOf();
    expect((await leaver.session(session.id)).status).toBe(404);
    expect((await leaver.results(session.id)).status).toBe(404);
  });

  it('asks Graph for people in more groups than a token holds, and answers repeated checks from its cache', async () => {
    const teamId = newTeamId();
    const ava = await participant(tenantA, 'Ava', undefined, [teamId]);
    const { body: session } = await ava.createSession({ teamId });
    const [olga, otto] = await Promise.all([overageParticipant(tenantA, 'Olga', [teamId]), overageParticipant(tenantA, 'Otto')]);

    const before = await membershipStats();
    expect((await olga.join(session.id)).status).toBe(200);
    expect((await olga.vote(session.id, 'direct-dialogue', 4)).status).toBe(200);
    expect((await olga.results(session.id)).status).toBe(200);
    expect((await otto.session(session.id)).status).toBe(404);
    const after = await membershipStats();
    // Olga: one Graph call, then her checks come from the cache; Otto: one Graph call.
    expect(after.fromGraph - before.fromGraph).toBeGreaterThanOrEqual(2);
    expect(after.fromCache - before.fromCache).toBeGreaterThanOrEqual(2);
  });

  it('lets the members of a meeting chat into a check of a meeting without a team, and nobody else', async () => {
    const chatId = meetingChat();
    const inChat = (name: string) => participant(tenantA, name).then(async (person) => {
      person.user.chats = [chatId];
      await person.memberOf();
      return person;
    });
    const [ava, ben, oscar] = await Promise.all([inChat('Ava'), inChat('Ben'), participant(tenantA, 'Oscar')]);
    const created = await ava.createSession({ teamId: chatId, meetingId: `meeting-of-${chatId}` });
    expect(created.status).toBe(201);
    expect((await ben.join(created.body.id)).status).toBe(200);
    expect((await oscar.join(created.body.id)).status).toBe(404);
    expect((await oscar.teamScores(chatId)).status).toBe(404);
    const listed = await callApi('GET', `/api/sessions?meetingId=${encodeURIComponent(`meeting-of-${chatId}`)}`, { token: oscar.token });
    expect(listed.body.sessions).toEqual([]);
  });

  it('answers 503 with Retry-After, never a silent yes, while Graph is down, and recovers', async () => {
    const tenantId = `tenant-graph-down-${crypto.randomUUID()}`;
    const teamId = newTeamId();
    const ava = await participant(tenantId, 'Ava', undefined, [teamId]);
    const { body: session } = await ava.createSession({ teamId });
    const olga = await overageParticipant(tenantId, 'Olga', [teamId]);
    const outage = (method: string, body?: object) =>
      fetch(`${inject('apiOrigin')}/dev/graph-outage?tenantId=${tenantId}`, { method, body: body ? JSON.stringify(body) : undefined });

    await outage('PUT', { tenantId, status: 429, retryAfterSeconds: 12 });
    const refused = await olga.join(session.id);
    expect(refused.status).toBe(503);
    expect(refused.headers.get('retry-after')).toBe('12');
    expect(refused.body.error).toMatchObject({ code: 'unavailable', message: expect.stringMatching(/Microsoft Graph/) });
    // People whose token names their teams do not depend on Graph.
    expect((await ava.session(session.id)).status).toBe(200);

    await outage('DELETE');
    expect((await olga.join(session.id)).status).toBe(200);
  });
});
