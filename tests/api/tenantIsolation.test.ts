/**
 * A hostile user of another tenant tries every endpoint with the ids of tenant A's data.
 * Ids of another tenant are simply not found (404) or come back empty, nothing of A changes,
 * and a new endpoint cannot slip past this suite: it fails until the route is listed here.
 */
import { readdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { beforeAll, describe, expect, inject, it } from 'vitest';
import { repoRoot } from '../../api/local/paths.ts';
import { callApi, participant, tenantA, tenantB, type ApiResponse } from '../support/apiClient.ts';

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
const notFound = 404;

/** Route (as registered with app.http) → what tenant B may call and what it must get. */
const hostileCalls: Record<string, { probe: Probe; expect: (response: ApiResponse) => void }[]> = {
  'GET health': [{ probe: () => callApi('GET', '/api/health'), expect: (r) => expect(r.status).toBe(200) }],
  'GET templates': [
    {
      probe: (token, w) => callApi('GET', `/api/templates?teamId=${encodeURIComponent(w.teamId)}`, { token }),
      expect: (r) => {
        expect(r.status).toBe(200);
        expect(JSON.stringify(r.body)).not.toContain('Isolated template');
      },
    },
  ],
  'GET templates/{templateId}': [
    { probe: (token, w) => callApi('GET', `/api/templates/${w.teamTemplateId}?version=1`, { token }), expect: status(notFound) },
    { probe: (token, w) => callApi('GET', `/api/templates/${w.tenantTemplateId}`, { token }), expect: status(notFound) },
  ],
  'GET templates/{templateId}/definition': [
    { probe: (token, w) => callApi('GET', `/api/templates/${w.tenantTemplateId}/definition`, { token }), expect: status(notFound) },
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
    },
  ],
  'DELETE templates/{templateId}': [
    { probe: (token, w) => callApi('DELETE', `/api/templates/${w.teamTemplateId}?teamId=${encodeURIComponent(w.teamId)}`, { token }), expect: status(notFound) },
    { probe: (token, w) => callApi('DELETE', `/api/templates/${w.tenantTemplateId}`, { token }), expect: status(notFound) },
  ],
  'POST templates': [
    {
      // B's template for A's team id is B's own: A's team never sees it (the snapshot lists A's templates).
      probe: (token, w) => callApi('POST', '/api/templates', { token, body: { ...isolatedTemplate(), name: { en: 'Hostile' }, scope: 'team', teamId: w.teamId } }),
      expect: (r) => expect(r.status).toBe(201),
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
  'GET teams/{teamId}/actions': [{ probe: (token, w) => callApi('GET', `/api/teams/${w.teamId}/actions`, { token }), expect: (r) => expect(r.body.actions).toEqual([]) }],
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
    { probe: (token, w) => callApi('GET', `/api/teams/${w.teamId}/registers`, { token }), expect: (r) => expect(r.body.entries).toEqual([]) },
    { probe: (token, w) => callApi('GET', `/api/teams/${w.teamId}/registers?status=active`, { token }), expect: (r) => expect(r.body.entries).toEqual([]) },
  ],
  'PATCH teams/{teamId}/registers/{entryId}': [
    {
      probe: (token, w) => callApi('PATCH', `/api/teams/${w.teamId}/registers/${w.registerEntryId}`, { token, body: { status: 'dropped', owner: 'Mallory' } }),
      expect: status(notFound),
    },
  ],
  'GET teams/{teamId}/sharing': [{ probe: (token, w) => callApi('GET', `/api/teams/${w.teamId}/sharing`, { token }), expect: (r) => expect(r.body.shared).toBe(false) }],
  'PUT teams/{teamId}/sharing': [
    { probe: (token, w) => callApi('PUT', `/api/teams/${w.teamId}/sharing`, { token, body: { shared: false } }), expect: status(403) },
  ],
  'GET scores': [{ probe: (token) => callApi('GET', '/api/scores', { token }), expect: (r) => expect(JSON.stringify(r.body)).not.toContain('Isolated') }],
  'DELETE teams/{teamId}/data': [
    { probe: (token, w) => callApi('DELETE', `/api/teams/${w.teamId}/data`, { token }), expect: (r) => expect(r.body.deleted.summaries).toBe(0) },
  ],
  'DELETE me/votes': [{ probe: (token) => callApi('DELETE', '/api/me/votes', { token }), expect: status(200) }],
  'POST sessions': [
    {
      // Last, so that B is no facilitator of anything before. Creating a check for A's team id makes a separate team of B's; A's history is untouched.
      probe: (token, w) => callApi('POST', '/api/sessions', { token, body: { templateId: 'customer-obsession', teamId: w.teamId } }),
      expect: (r) => expect(r.status).toBe(201),
    },
  ],
  'DELETE users/{userId}/votes': [
    { probe: (token, w) => callApi('DELETE', `/api/users/${w.userId}/votes`, { token }), expect: (r) => expect(r.body.deleted.votes).toBe(0) },
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

async function registeredRoutes(): Promise<string[]> {
  const folder = join(repoRoot, 'api/src/functions');
  const routes: string[] = [];
  for (const file of await readdir(folder)) {
    if (!file.endsWith('.ts') || file.endsWith('.test.ts')) continue;
    const source = await readFile(join(folder, file), 'utf8');
    const prefix = /const route = \(path: string\) => `([^`]*)\$\{path\}`/.exec(source)?.[1];
    for (const match of source.matchAll(/app\.http\('\w+', \{\s*route: (?:'([^']+)'|route\('([^']+)'\)),\s*methods: \['(\w+)'\]/g)) {
      routes.push(`${match[3]} ${match[1] ?? `${prefix}${match[2]}`}`);
    }
  }
  return routes.sort();
}

describe('tenant isolation against a hostile user of another tenant', () => {
  let world: World;

  beforeAll(async () => {
    const [ava, ben, chen] = await Promise.all([participant(), participant(), participant()]);
    const teamId = `team-isolation-${crypto.randomUUID()}`;
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
        (await callApi('GET', `/api/templates/${teamTemplate.id}/definition`, { token: ava.token })).body,
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

  it('gets not found or nothing for every id of the other tenant, and changes nothing', async () => {
    const before = JSON.stringify(await world.snapshot());
    const mallory = await participant(tenantB, 'Mallory', ['CustomerPulse.Admin']);
    for (const [route, calls] of Object.entries(hostileCalls)) {
      for (const call of calls) {
        const response = await call.probe(mallory.token, world);
        expect(response.status, route).toBeLessThan(500);
        call.expect(response);
      }
    }
    const after = JSON.stringify(await world.snapshot());
    expect(after.replace(/"serverTime":"[^"]+"/g, '')).toBe(before.replace(/"serverTime":"[^"]+"/g, ''));
  });
});
