/**
 * Two hostile users try every endpoint with the ids of a team's data: an admin of another
 * tenant, and a colleague of the same tenant who is not in the team. For both, the team's
 * data is simply not found (404, as if the team did not exist) or comes back empty, nothing
 * of the team changes, and a new endpoint cannot slip past this suite: it fails until the
 * route is listed here with what both must get.
 */
import { beforeAll, describe, expect, inject, it } from 'vitest';
import { registeredRoutes } from '../support/registeredRoutes.ts';
import { callApi, overageParticipant, participant, tenantA, tenantB, type ApiResponse } from '../support/apiClient.ts';

interface World {
  teamId: string;
  meetingId: string;
  sessionId: string;
  answerId: string;
  actionId: string;
  registerEntryId: string;
  userId: string;
  /** Tenant A's templates: one of the team's own, one of the whole tenant. */
  teamTemplateId: string;
  tenantTemplateId: string;
  snapshot: () => Promise<unknown>;
}

type Probe = (token: string, world: World) => Promise<ApiResponse>;
type Expectation = (response: ApiResponse) => void;
const notFound = 404;

/**
 * Route (as registered with app.http) → what the hostile users may call and what they must
 * get: `expect` for the admin of tenant B, `outsider` (when it differs) for the colleague of
 * tenant A outside the team, who may still see what the tenant shares with everyone.
 */
const hostileCalls: Record<string, { probe: Probe; expect: Expectation; outsider?: Expectation }[]> = {
  'GET health': [{ probe: () => callApi('GET', '/api/health'), expect: (r) => expect(r.status).toBe(200) }],
  'GET templates': [
    {
      probe: (token, w) => callApi('GET', `/api/templates?teamId=${encodeURIComponent(w.teamId)}`, { token }),
      expect: status(notFound),
    },
    {
      probe: (token) => callApi('GET', '/api/templates', { token }),
      expect: (r) => expect(JSON.stringify(r.body)).not.toContain('Isolated template'),
      outsider: (r) => expect(r.status).toBe(200),
    },
  ],
  'GET templates/{templateId}': [
    { probe: (token, w) => callApi('GET', `/api/templates/${w.teamTemplateId}?version=1`, { token }), expect: status(notFound) },
    {
      probe: (token, w) => callApi('GET', `/api/templates/${w.teamTemplateId}?version=1&teamId=${encodeURIComponent(w.teamId)}`, { token }),
      expect: status(notFound),
    },
    { probe: (token, w) => callApi('GET', `/api/templates/${w.tenantTemplateId}`, { token }), expect: status(notFound), outsider: status(200) },
  ],
  'GET templates/{templateId}/definition': [
    { probe: (token, w) => callApi('GET', `/api/templates/${w.tenantTemplateId}/definition`, { token }), expect: status(notFound), outsider: status(200) },
    {
      probe: (token, w) => callApi('GET', `/api/templates/${w.teamTemplateId}/definition?teamId=${encodeURIComponent(w.teamId)}`, { token }),
      expect: status(notFound),
    },
  ],
  'PUT templates/{templateId}': [
    {
      probe: (token, w) =>
        callApi('PUT', `/api/templates/${w.teamTemplateId}`, { token, body: { ...isolatedTemplate(), baseVersion: 1, teamId: w.teamId } }),
      expect: status(notFound),
    },
    {
      probe: (token, w) => callApi('PUT', `/api/templates/${w.tenantTemplateId}`, { token, body: { ...isolatedTemplate(), baseVersion: 1 } }),
      expect: status(notFound),
      outsider: status(403),
    },
  ],
  'DELETE templates/{templateId}': [
    { probe: (token, w) => callApi('DELETE', `/api/templates/${w.teamTemplateId}?teamId=${encodeURIComponent(w.teamId)}`, { token }), expect: status(notFound) },
    { probe: (token, w) => callApi('DELETE', `/api/templates/${w.tenantTemplateId}`, { token }), expect: status(notFound), outsider: status(403) },
  ],
  'POST templates': [
    {
      // Nobody outside the team writes templates for it (the snapshot lists the team's templates).
      probe: (token, w) => callApi('POST', '/api/templates', { token, body: { ...isolatedTemplate(), name: { en: 'Hostile' }, scope: 'team', teamId: w.teamId } }),
      expect: status(notFound),
    },
  ],
  'GET sessions': [
    {
      probe: (token, w) => callApi('GET', `/api/sessions?meetingId=${encodeURIComponent(w.meetingId)}`, { token }),
      expect: (r) => expect(r.body.sessions).toEqual([]),
    },
  ],
  'GET sessions/{sessionId}': [{ probe: (token, w) => callApi('GET', `/api/sessions/${w.sessionId}`, { token }), expect: status(notFound) }],
  'POST sessions/{sessionId}/join': [{ probe: (token, w) => callApi('POST', `/api/sessions/${w.sessionId}/join`, { token }), expect: status(notFound) }],
  'POST sessions/{sessionId}/close': [{ probe: (token, w) => callApi('POST', `/api/sessions/${w.sessionId}/close`, { token }), expect: status(notFound) }],
  'POST sessions/{sessionId}/reveal': [{ probe: (token, w) => callApi('POST', `/api/sessions/${w.sessionId}/reveal`, { token }), expect: status(notFound) }],
  'PUT sessions/{sessionId}/timer': [
    { probe: (token, w) => callApi('PUT', `/api/sessions/${w.sessionId}/timer`, { token, body: { durationSeconds: 60 } }), expect: status(notFound) },
  ],
  'DELETE sessions/{sessionId}/timer': [{ probe: (token, w) => callApi('DELETE', `/api/sessions/${w.sessionId}/timer`, { token }), expect: status(notFound) }],
  'GET sessions/{sessionId}/participants': [
    { probe: (token, w) => callApi('GET', `/api/sessions/${w.sessionId}/participants`, { token }), expect: status(notFound) },
  ],
  'POST sessions/{sessionId}/handover': [
    { probe: (token, w) => callApi('POST', `/api/sessions/${w.sessionId}/handover`, { token, body: { participantId: 'x' } }), expect: status(notFound) },
  ],
  'POST sessions/{sessionId}/handover/accept': [
    { probe: (token, w) => callApi('POST', `/api/sessions/${w.sessionId}/handover/accept`, { token }), expect: status(notFound) },
  ],
  'PUT sessions/{sessionId}/votes/{statementId}': [
    { probe: (token, w) => callApi('PUT', `/api/sessions/${w.sessionId}/votes/direct-dialogue`, { token, body: { value: 1 } }), expect: status(notFound) },
  ],
  'POST sessions/{sessionId}/answers': [
    {
      probe: (token, w) => callApi('POST', `/api/sessions/${w.sessionId}/answers`, { token, body: { questionId: 'trust-risks', text: 'x', answerId: w.answerId } }),
      expect: status(notFound),
    },
  ],
  'GET sessions/{sessionId}/results': [{ probe: (token, w) => callApi('GET', `/api/sessions/${w.sessionId}/results`, { token }), expect: status(notFound) }],
  'GET sessions/{sessionId}/answers': [{ probe: (token, w) => callApi('GET', `/api/sessions/${w.sessionId}/answers`, { token }), expect: status(notFound) }],
  'GET sessions/{sessionId}/review': [{ probe: (token, w) => callApi('GET', `/api/sessions/${w.sessionId}/review`, { token }), expect: status(notFound) }],
  'POST sessions/{sessionId}/actions': [
    {
      probe: (token, w) => callApi('POST', `/api/sessions/${w.sessionId}/actions`, { token, body: { answerId: w.answerId, owner: 'M', dueDate: '2027-01-01' } }),
      expect: status(notFound),
    },
  ],
  'GET teams/{teamId}/scores': [
    { probe: (token, w) => callApi('GET', `/api/teams/${w.teamId}/scores`, { token }), expect: status(notFound) },
    {
      probe: async (token, w) => {
        const response = await fetch(`${inject('apiOrigin')}/api/teams/${w.teamId}/scores?format=csv`, { headers: { Authorization: `Bearer ${token}` } });
        return { status: response.status, headers: response.headers, body: await response.text() };
      },
      expect: (r) => {
        expect(r.status).toBe(notFound);
        expect(String(r.body)).not.toContain('Isolated check');
      },
    },
  ],
  'GET teams/{teamId}/actions': [{ probe: (token, w) => callApi('GET', `/api/teams/${w.teamId}/actions`, { token }), expect: status(notFound) }],
  'PATCH teams/{teamId}/actions/{actionId}': [
    { probe: (token, w) => callApi('PATCH', `/api/teams/${w.teamId}/actions/${w.actionId}`, { token, body: { status: 'done' } }), expect: status(notFound) },
  ],
  'POST sessions/{sessionId}/register-entries': [
    {
      probe: (token, w) => callApi('POST', `/api/sessions/${w.sessionId}/register-entries`, { token, body: { answerId: w.answerId, register: 'trust-risks' } }),
      expect: status(notFound),
    },
  ],
  'POST sessions/{sessionId}/register-entries/{entryId}/merges': [
    {
      probe: (token, w) => callApi('POST', `/api/sessions/${w.sessionId}/register-entries/${w.registerEntryId}/merges`, { token, body: { answerId: w.answerId } }),
      expect: status(notFound),
    },
  ],
  'POST sessions/{sessionId}/register-entries/{entryId}/review': [
    {
      probe: (token, w) => callApi('POST', `/api/sessions/${w.sessionId}/register-entries/${w.registerEntryId}/review`, { token, body: { outcome: 'dropped' } }),
      expect: status(notFound),
    },
  ],
  'GET teams/{teamId}/registers': [
    { probe: (token, w) => callApi('GET', `/api/teams/${w.teamId}/registers`, { token }), expect: status(notFound) },
    { probe: (token, w) => callApi('GET', `/api/teams/${w.teamId}/registers?status=active`, { token }), expect: status(notFound) },
  ],
  'PATCH teams/{teamId}/registers/{entryId}': [
    {
      probe: (token, w) => callApi('PATCH', `/api/teams/${w.teamId}/registers/${w.registerEntryId}`, { token, body: { status: 'dropped', owner: 'Mallory' } }),
      expect: status(notFound),
    },
  ],
  'GET teams/{teamId}/sharing': [{ probe: (token, w) => callApi('GET', `/api/teams/${w.teamId}/sharing`, { token }), expect: status(notFound) }],
  'PUT teams/{teamId}/sharing': [
    { probe: (token, w) => callApi('PUT', `/api/teams/${w.teamId}/sharing`, { token, body: { shared: false } }), expect: status(notFound) },
  ],
  // An admin tags teams of their own organisation only; a colleague is no admin at all.
  'PUT teams/{teamId}/unit': [
    {
      probe: (token, w) => callApi('PUT', `/api/teams/${w.teamId}/unit`, { token, body: { unit: 'Hostile unit' } }),
      expect: status(notFound),
      outsider: status(403),
    },
  ],
  // The leadership view is the tenant's: what a team shared there, its colleagues see.
  'GET scores': [
    {
      probe: (token) => callApi('GET', '/api/scores', { token }),
      expect: (r) => expect(JSON.stringify(r.body)).not.toContain('Isolated'),
      outsider: (r) => expect(r.status).toBe(200),
    },
  ],
  // The organisation's months pool the tenant's sharing teams: searched by name, the team is one of them only at home.
  'GET scores/trend': [
    {
      probe: (token) => callApi('GET', `/api/scores/trend?search=${encodeURIComponent('Isolated team')}`, { token }),
      expect: (r) => expect(r.body.teams).toBe(0),
      outsider: (r) => expect(r.body.teams).toBe(1),
    },
  ],
  'DELETE teams/{teamId}/data': [
    {
      probe: (token, w) => callApi('DELETE', `/api/teams/${w.teamId}/data`, { token }),
      expect: (r) => expect(r.body.deleted.summaries).toBe(0),
      outsider: status(403),
    },
  ],
  'DELETE me/votes': [{ probe: (token) => callApi('DELETE', '/api/me/votes', { token }), expect: status(200) }],
  // The personal app's list: only teams and chats Graph says the caller is in, so never this team.
  'GET me/histories': [
    {
      probe: (token) => callApi('GET', '/api/me/histories', { token }),
      expect: (r) => {
        expect(r.status).toBe(200);
        expect(JSON.stringify(r.body)).not.toContain('team-isolation-');
      },
    },
  ],
  'POST sessions': [
    {
      probe: (token, w) => callApi('POST', '/api/sessions', { token, body: { templateId: 'customer-obsession', teamId: w.teamId } }),
      expect: status(notFound),
    },
  ],
  'DELETE users/{userId}/votes': [
    {
      probe: (token, w) => callApi('DELETE', `/api/users/${w.userId}/votes`, { token }),
      expect: (r) => expect(r.body.deleted.votes).toBe(0),
      outsider: status(403),
    },
  ],
};

function isolatedTemplate() {
  return {
    languages: ['en'],
    name: { en: 'Isolated template' },
    scale: { points: 2, labels: [{ en: 'No' }, { en: 'Yes' }] },
    pillars: [{ id: 'p', name: { en: 'Pillar' } }],
    statements: [{ id: 's', pillarId: 'p', text: { en: 'Statement.' } }],
    questions: [],
  };
}

function status(expected: number) {
  return (response: ApiResponse) => expect(response.status).toBe(expected);
}

describe('tenant isolation against a hostile user of another tenant', () => {
  let world: World;

  beforeAll(async () => {
    const teamId = `team-isolation-${crypto.randomUUID()}`;
    const [ava, ben, chen] = await Promise.all([participant(undefined, undefined, undefined, [teamId]), participant(undefined, undefined, undefined, [teamId]), participant(undefined, undefined, undefined, [teamId])]);
    const meetingId = `meeting-${teamId}`;
    const { body: session } = await ava.createSession({ teamId, meetingId, title: 'Isolated check', teamName: 'Isolated team' });
    await Promise.all([ben.join(session.id), chen.join(session.id)]);
    for (const [person, value] of [[ava, 4], [ben, 5], [chen, 3]] as const) await person.vote(session.id, 'direct-dialogue', value);
    const { body: answer } = await ben.answer(session.id, { questionId: 'trust-risks', text: 'Isolated answer' });
    await ava.reveal(session.id);
    const { body: action } = await ava.createAction(session.id, { answerId: answer.id, owner: 'Ben', dueDate: '2027-01-01' });
    const { body: registerEntry } = await ava.createRegisterEntry(session.id, { answerId: answer.id, register: 'trust-risks' });
    await callApi('PUT', `/api/teams/${teamId}/sharing`, { token: ava.token, body: { shared: true } });
    const admin = await participant(tenantA, 'Admin', ['CustomerPulse.Admin']);
    const { body: teamTemplate } = await callApi('POST', '/api/templates', { token: ava.token, body: { ...isolatedTemplate(), scope: 'team', teamId } });
    const { body: tenantTemplate } = await callApi('POST', '/api/templates', { token: admin.token, body: { ...isolatedTemplate(), scope: 'tenant' } });
    world = {
      teamId,
      meetingId,
      sessionId: session.id,
      answerId: answer.id,
      actionId: action.id,
      registerEntryId: registerEntry.id,
      userId: ben.user.userId,
      teamTemplateId: teamTemplate.id,
      tenantTemplateId: tenantTemplate.id,
      snapshot: async () => [
        (await ava.session(session.id)).body,
        (await ava.results(session.id)).body,
        (await ava.teamActions(teamId)).body,
        (await ava.teamRegisters(teamId)).body,
        (await ava.participants(session.id)).body,
        (await callApi('GET', `/api/teams/${teamId}/sharing`, { token: ava.token })).body,
        (await callApi('GET', `/api/templates/${teamTemplate.id}/definition?teamId=${encodeURIComponent(teamId)}`, { token: ava.token })).body,
        (await callApi('GET', `/api/templates/${tenantTemplate.id}/definition`, { token: ava.token })).body,
        (await callApi('GET', `/api/templates?teamId=${encodeURIComponent(teamId)}`, { token: ava.token })).body.templates.map(
          (template: { id: string; version: number }) => [template.id, template.version],
        ),
      ],
    };
  });

  it('covers every registered route', async () => {
    expect(Object.keys(hostileCalls).sort()).toEqual(await registeredRoutes());
  });

  const hostile = [
    { who: 'an admin of another tenant', kind: 'expect', sign: () => participant(tenantB, 'Mallory', ['CustomerPulse.Admin']) },
    // Not in the team, but in groups of their own: the groups claim is there and does not name it.
    { who: 'a colleague outside the team', kind: 'outsider', sign: () => participant(tenantA, 'Oscar Outsider') },
    { who: 'a colleague outside the team whose groups Graph must be asked for', kind: 'outsider', sign: () => overageParticipant(tenantA, 'Olga Overage') },
  ] as const;

  it.each(hostile)('answers $who not found or nothing for every id of the team, and changes nothing', async ({ kind, sign }) => {
    const before = JSON.stringify(await world.snapshot());
    const intruder = await sign();
    for (const [route, calls] of Object.entries(hostileCalls)) {
      for (const call of calls) {
        const response = await call.probe(intruder.token, world);
        expect(response.status, route).toBeLessThan(500);
        try {
          (kind === 'outsider' ? (call.outsider ?? call.expect) : call.expect)(response);
        } catch (error) {
          throw new Error(`${route}: ${(error as Error).message}`);
        }
      }
    }
    const after = JSON.stringify(await world.snapshot());
    expect(after.replace(/"serverTime":"[^"]+"/g, '')).toBe(before.replace(/"serverTime":"[^"]+"/g, ''));
  });
});
