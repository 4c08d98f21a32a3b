/**
 * The admin role as deployed: Entra ID puts an assigned app role into the token's `roles`
 * claim (infra/aad.manifest.json declares CustomerPulse.Admin); here the dev issuer does the
 * same. Only that exact role, in the team's own tenant, erases a team's data.
 */
import { describe, expect, it } from 'vitest';
import { callApi, meetingOfThree, participant, tenantA, tenantB } from '../support/apiClient.ts';

async function teamWithClosedCheck() {
  const meeting = await meetingOfThree();
  for (const person of [meeting.ava, meeting.ben, meeting.chen]) await person.vote(meeting.sessionId, 'direct-dialogue', 4);
  await meeting.ava.close(meeting.sessionId);
  return meeting;
}

const eraseTeam = (teamId: string, token: string) => callApi('DELETE', `/api/teams/${encodeURIComponent(teamId)}/data`, { token });

describe('the CustomerPulse.Admin app role in a token', () => {
  it('lets an admin who is not in the team erase its data', async () => {
    const { ben, teamId, sessionId } = await teamWithClosedCheck();
    const admin = await participant(tenantA, 'Ada Admin', ['CustomerPulse.Admin']);
    expect(admin.user.groups).not.toContain(teamId);

    const erased = await eraseTeam(teamId, admin.token);
    expect(erased.status).toBe(200);
    expect(erased.body.deleted).toMatchObject({ sessions: 1, votes: 3, summaries: 1 });
    expect((await ben.teamScores(teamId)).status).toBe(404);
    expect((await ben.session(sessionId)).status).toBe(404);
  });

  it('is needed: a plain member gets 403, and so does a look-alike role; nothing is erased', async () => {
    const { ava, teamId, sessionId } = await teamWithClosedCheck();
    const lookAlike = await participant(tenantA, 'Lee Lookalike', ['customerpulse.admin', 'Admin', 'CustomerPulse.Admins'], [teamId]);
    for (const token of [ava.token, lookAlike.token]) {
      const refused = await eraseTeam(teamId, token);
      expect(refused.status).toBe(403);
      expect(refused.body.error.message).toContain('CustomerPulse.Admin');
    }
    expect((await ava.session(sessionId)).body.state).toBe('closed');
    expect((await ava.teamScores(teamId)).body.sessions).toHaveLength(1);
  });

  it('from another tenant cannot touch this tenant’s team', async () => {
    const { ava, teamId, sessionId } = await teamWithClosedCheck();
    const foreignAdmin = await participant(tenantB, 'Mallory Admin', ['CustomerPulse.Admin'], [teamId]);
    const response = await eraseTeam(teamId, foreignAdmin.token);
    expect(response.status).toBe(200); // its own tenant has no such team: nothing to erase there
    expect(Object.values(response.body.deleted).every((count) => count === 0)).toBe(true);
    expect((await ava.session(sessionId)).status).toBe(200);
    expect((await ava.teamScores(teamId)).body.sessions).toHaveLength(1);
  });
});
