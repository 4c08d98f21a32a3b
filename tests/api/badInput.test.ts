/** Bad input gets a clear error that names the field, and nothing is half-written. */
import { describe, expect, it } from 'vitest';
import { callApi, participant } from '../support/apiClient.ts';

describe('bad input', () => {
  it.each([
    [{ value: 0 }, 'value'],
    [{ value: 6 }, 'value'],
    [{ value: 2.5 }, 'value'],
    [{ value: '4' }, 'value'],
    [{}, 'value'],
  ])('a rating of %j is refused with 400 naming "%s", and the earlier rating stays', async (body, field) => {
    const ava = await participant();
    const { body: session } = await ava.createSession();
    await ava.vote(session.id, 'direct-dialogue', 4);
    const response = await callApi('PUT', `/api/sessions/${session.id}/votes/direct-dialogue`, { token: ava.token, body });
    expect(response.status).toBe(400);
    expect(response.body.error).toMatchObject({ code: 'invalid_request', field });
    expect((await ava.session(session.id)).body.myVotes).toEqual({ 'direct-dialogue': 4 });
  });

  it.each([
    ['the team id of a new check', '/api/sessions', 'POST', { templateId: 'customer-obsession', teamId: 'team-\ud800' }, 'teamId'],
    ['the template id of a new check', '/api/sessions', 'POST', { templateId: '\udc00template', teamId: 'team-surrogate' }, 'templateId'],
  ])('refuses a lone surrogate in %s with 400 naming the field, and starts nothing', async (_case, path, method, body, field) => {
    const ava = await participant();
    const response = await callApi(method, path, { token: ava.token, body });
    expect(response.status).toBe(400);
    expect(response.body.error).toMatchObject({ code: 'invalid_request', field });
    expect((await ava.teamScores('team-surrogate')).status).toBe(404);
  });

  it('refuses a lone surrogate as the person to hand over to, and the facilitator stays', async () => {
    const ava = await participant();
    const { body: session } = await ava.createSession();
    const response = await ava.offerHandover(session.id, '\ud800');
    expect(response.status).toBe(400);
    expect(response.body.error).toMatchObject({ code: 'invalid_request', field: 'participantId' });
    expect((await ava.session(session.id)).body).toMatchObject({ isFacilitator: true, handover: null });
  });

  it('refuses a body that is not JSON', async () => {
    const ava = await participant();
    const response = await callApi('POST', '/api/sessions', {
      token: ava.token,
      rawBody: '{"templateId": ',
      headers: { 'Content-Type': 'application/json' },
    });
    expect(response.status).toBe(400);
    expect(response.body.error.message).toMatch(/valid JSON/);
  });

  it('names the missing field when a session is created without a team', async () => {
    const ava = await participant();
    const response = await callApi('POST', '/api/sessions', { token: ava.token, body: { templateId: 'customer-obsession' } });
    expect(response.status).toBe(400);
    expect(response.body.error.field).toBe('teamId');
  });

  it('answers 404 for an unknown template, session, statement or question', async () => {
    const ava = await participant();
    expect((await ava.createSession({ templateId: 'no-such-template' })).status).toBe(404);
    const unknownSession = crypto.randomUUID();
    expect((await ava.session(unknownSession)).status).toBe(404);
    expect((await ava.vote(unknownSession, 'direct-dialogue', 3)).status).toBe(404);
    const { body: session } = await ava.createSession();
    expect((await ava.vote(session.id, 'no-such-statement', 3)).status).toBe(404);
    expect((await ava.answer(session.id, { questionId: 'no-such-question', text: 'x' })).status).toBe(404);
  });

  it('answers 400 for a session id that is not an id', async () => {
    const ava = await participant();
    const response = await ava.session('not-a-uuid');
    expect(response.status).toBe(400);
    expect(response.body.error.field).toBe('sessionId');
  });

  it('refuses empty and over-long answers and keeps none of them', async () => {
    const ava = await participant();
    const { body: session } = await ava.createSession();
    const empty = await ava.answer(session.id, { questionId: 'trust-risks', text: '   ' });
    expect(empty.status).toBe(400);
    expect(empty.body.error.field).toBe('text');
    const long = await ava.answer(session.id, { questionId: 'trust-risks', text: 'x'.repeat(2001) });
    expect(long.status).toBe(400);
    expect((await ava.answer(session.id, { questionId: 'trust-risks', text: 'x'.repeat(2000) })).status).toBe(201);
    expect((await ava.results(session.id)).body.answerCount).toBe(1);
  });

  it('refuses a body over 16 KB with 413', async () => {
    const ava = await participant();
    const { body: session } = await ava.createSession();
    const response = await ava.answer(session.id, { questionId: 'trust-risks', text: 'x'.repeat(20_000) });
    expect(response.status).toBe(413);
    expect(response.body.error.code).toBe('payload_too_large');
  });

  it('answers 404 with a JSON error for a route that does not exist', async () => {
    const response = await callApi('GET', '/api/nothing-here');
    expect(response.status).toBe(404);
    expect(response.body.error.code).toBe('not_found');
  });
});

describe('identity', () => {
  it('serves health without a token', async () => {
    expect(await callApi('GET', '/api/health')).toMatchObject({ status: 200, body: { status: 'ok' } });
  });

  it.each([
    ['no Authorization header', undefined],
    ['a token that is not a JWT', 'Bearer not-a-token'],
    ['a token in the wrong header form', 'Token abc.def.ghi'],
  ])('refuses a call with %s with 401', async (_case, authorization) => {
    const response = await callApi('GET', '/api/templates', {
      headers: authorization ? { Authorization: authorization } : {},
    });
    expect(response.status).toBe(401);
    expect(response.body.error.code).toBe('unauthorized');
  });

  it('refuses a token whose signature was tampered with', async () => {
    const ava = await participant();
    const [header, payload, signature] = ava.token.split('.');
    const claims = JSON.parse(Buffer.from(payload!, 'base64url').toString());
    const forged = Buffer.from(JSON.stringify({ ...claims, tid: 'another-tenant' })).toString('base64url');
    const response = await callApi('GET', '/api/templates', { token: `${header}.${forged}.${signature}` });
    expect(response.status).toBe(401);
  });

  it('lists the templates for a signed-in user', async () => {
    const ava = await participant();
    const response = await callApi('GET', '/api/templates', { token: ava.token });
    expect(response.status).toBe(200);
    expect(response.body.templates.map((t: { id: string }) => t.id)).toContain('customer-obsession');
  });
});
