/**
 * Erasing one person's ratings through the index of the checks they rated
 * (api/src/storage/voterChecksTable.ts, issue #19): every check they rated, only their ratings,
 * again after rating again, past checks whose team was erased, and never a scan of the tenant.
 */
import functions, { type HttpHandler, type HttpResponseInit } from '@azure/functions';
import { afterAll, beforeAll, describe, expect, inject, it, vi } from 'vitest';
import { devAudience } from '../../api/local/devIssuer.ts';
import { configFromEnv } from '../../api/src/config.ts';
import { eraseMyVotes, eraseTeamData } from '../../api/src/functions/erasure.ts';
import { closeSession, createSession, getSession } from '../../api/src/functions/sessions.ts';
import { castVote } from '../../api/src/functions/votes.ts';
import { summaryGraceMs } from '../../api/src/http/teamHistory.ts';
import { createServices, useServices, type Services } from '../../api/src/services.ts';
import { tablesFor } from '../../api/src/storage/tables.ts';
import { voterChecksTable } from '../../api/src/storage/voterChecksTable.ts';
import { callApi, newTeamId, participant, type Participant } from '../support/apiClient.ts';

const adminRole = ['CustomerPulse.Admin'];

/** One new member of `teamId` per name. */
const people = <Names extends string[]>(teamId: string, ...names: Names) =>
  Promise.all(names.map((name) => participant(undefined, name, undefined, [teamId]))) as Promise<{ [K in keyof Names]: Participant }>;

async function check(facilitator: Participant, teamId: string): Promise<string> {
  const { status, body } = await facilitator.createSession({ teamId });
  expect(status).toBe(201);
  return body.id as string;
}

async function votes(...ratings: [Participant, string, string, number][]): Promise<void> {
  for (const [person, sessionId, statementId, value] of ratings) expect((await person.vote(sessionId, statementId, value)).status).toBe(200);
}

const eraseOwn = (person: Participant) => callApi('DELETE', '/api/me/votes', { token: person.token });

const nothingElse = { sessions: 0, answers: 0, participants: 0, actions: 0, summaries: 0, registerEntries: 0, templates: 0 };

describe("erasing one person's ratings, through the checks they rated", () => {
  it('reaches every check they rated in two teams, and only their ratings', async () => {
    const [teamOne, teamTwo] = [newTeamId(), newTeamId()];
    const erin = await participant(undefined, 'Erin', undefined, [teamOne, teamTwo]);
    const [ava, ben, chen] = await people(teamOne, 'Ava', 'Ben', 'Chen');
    const [dan, fay, gus] = await people(teamTwo, 'Dan', 'Fay', 'Gus');

    const openOne = await check(ava, teamOne);
    await votes([erin, openOne, 'direct-dialogue', 1], [erin, openOne, 'benefit-reviewed', 2], [ben, openOne, 'direct-dialogue', 4]);
    const closedOne = await check(ava, teamOne);
    await votes([ava, closedOne, 'direct-dialogue', 5], [ben, closedOne, 'direct-dialogue', 4], [chen, closedOne, 'direct-dialogue', 3], [erin, closedOne, 'direct-dialogue', 1]);
    await ava.reveal(closedOne);
    await ava.close(closedOne);
    const closedTwo = await check(dan, teamTwo);
    await votes([dan, closedTwo, 'trusted-partnership', 2], [fay, closedTwo, 'trusted-partnership', 3], [gus, closedTwo, 'trusted-partnership', 4], [erin, closedTwo, 'trusted-partnership', 5]);
    await dan.reveal(closedTwo);
    await dan.close(closedTwo);
    const openTwo = await check(dan, teamTwo);
    // A changed rating is the same row: counted once, erased once.
    await votes([erin, openTwo, 'direct-dialogue', 3], [erin, openTwo, 'direct-dialogue', 5]);
    const notHers = await check(dan, teamTwo);
    await votes([fay, notHers, 'direct-dialogue', 2]);

    const erased = await eraseOwn(erin);
    expect(erased.status).toBe(200);
    expect(erased.body.deleted).toEqual({ votes: 5, ...nothingElse });

    for (const sessionId of [openOne, closedOne, closedTwo, openTwo]) expect((await erin.session(sessionId)).body.myVotes).toEqual({});
    // The open checks count only the others.
    const openOneResults = (await ava.results(openOne)).body;
    expect(openOneResults.voters).toBe(1);
    expect(openOneResults.statements).toEqual(
      expect.arrayContaining([expect.objectContaining({ id: 'direct-dialogue', voters: 1 }), expect.objectContaining({ id: 'benefit-reviewed', voters: 0 })]),
    );
    expect((await dan.results(openTwo)).body.voters).toBe(0);
    // The closed checks count them no more; what they show changes only by the publication rule.
    for (const [reader, sessionId, teamId] of [[ava, closedOne, teamOne], [dan, closedTwo, teamTwo]] as const) {
      const results = (await reader.results(sessionId)).body;
      expect(results.voters).toBe(3);
      expect(results.newerRatingsWaiting).toBe(true);
      const summary = (await reader.teamScores(teamId)).body.sessions.find((s: { id: string }) => s.id === sessionId);
      expect(summary).toMatchObject({ voters: 3, unpublishedRatings: 1 });
    }

    // Everyone else's ratings are where they were.
    expect((await ben.session(openOne)).body.myVotes).toEqual({ 'direct-dialogue': 4 });
    for (const [person, rating] of [[ava, 5], [ben, 4], [chen, 3]] as const) {
      expect((await person.session(closedOne)).body.myVotes).toEqual({ 'direct-dialogue': rating });
    }
    for (const [person, rating] of [[dan, 2], [fay, 3], [gus, 4]] as const) {
      expect((await person.session(closedTwo)).body.myVotes).toEqual({ 'trusted-partnership': rating });
    }
    expect((await fay.session(notHers)).body.myVotes).toEqual({ 'direct-dialogue': 2 });
    expect((await dan.results(notHers)).body.voters).toBe(1);

    expect((await eraseOwn(erin)).body.deleted.votes).toBe(0);
  });

  it('finds new ratings made after an erasure, by the person and by an admin', async () => {
    const teamId = newTeamId();
    const [ava, erin] = await people(teamId, 'Ava', 'Erin');
    const sessionId = await check(ava, teamId);
    await votes([erin, sessionId, 'direct-dialogue', 2], [ava, sessionId, 'direct-dialogue', 4]);
    expect((await eraseOwn(erin)).body.deleted.votes).toBe(1);

    await votes([erin, sessionId, 'direct-dialogue', 3], [erin, sessionId, 'trusted-partnership', 1]);
    expect((await erin.session(sessionId)).body.myVotes).toEqual({ 'direct-dialogue': 3, 'trusted-partnership': 1 });
    expect((await eraseOwn(erin)).body.deleted.votes).toBe(2);
    expect((await erin.session(sessionId)).body.myVotes).toEqual({});

    await votes([erin, sessionId, 'benefit-reviewed', 5]);
    const admin = await participant(undefined, 'Admin', adminRole);
    const byAdmin = await callApi('DELETE', `/api/users/${erin.user.userId}/votes`, { token: admin.token });
    expect(byAdmin.body.deleted).toEqual({ votes: 1, ...nothingElse });
    expect((await erin.session(sessionId)).body.myVotes).toEqual({});
    expect((await ava.session(sessionId)).body.myVotes).toEqual({ 'direct-dialogue': 4 });
    expect((await ava.results(sessionId)).body.voters).toBe(1);
  });

  it('does not fail on a check erased with its team’s data', async () => {
    const [goneTeam, keptTeam] = [newTeamId(), newTeamId()];
    const erin = await participant(undefined, 'Erin', undefined, [goneTeam, keptTeam]);
    const [ava] = await people(goneTeam, 'Ava');
    const [dan] = await people(keptTeam, 'Dan');
    const gone = await check(ava, goneTeam);
    const kept = await check(dan, keptTeam);
    await votes([erin, gone, 'direct-dialogue', 2], [erin, kept, 'direct-dialogue', 4]);
    const admin = await participant(undefined, 'Admin', adminRole);
    expect((await callApi('DELETE', `/api/teams/${goneTeam}/data`, { token: admin.token })).status).toBe(200);

    const erased = await eraseOwn(erin);
    expect(erased.status).toBe(200);
    expect(erased.body.deleted).toEqual({ votes: 1, ...nothingElse });
    expect((await erin.session(kept)).body.myVotes).toEqual({});
    expect((await eraseOwn(erin)).status).toBe(200);
  });
});

const { HttpRequest, InvocationContext } = functions;

/** The same API, in this process: its storage and its services can be watched. */
describe('erasure in this process', () => {
  let deps: Services;
  const context = () => new InvocationContext({ functionName: 'test', logHandler: () => {} });
  const call = async (
    handler: HttpHandler,
    person: Participant,
    params: Record<string, string> = {},
    body?: unknown,
  ) => {
    const request = new HttpRequest({
      method: 'POST',
      url: 'http://localhost/api/test',
      headers: { authorization: `Bearer ${person.token}`, 'content-type': 'application/json' },
      params,
      body: body === undefined ? undefined : { string: JSON.stringify(body) },
    });
    const response = (await handler(request, context())) as HttpResponseInit;
    return { status: response.status, body: response.jsonBody as any };
  };
  const start = async (person: Participant, teamId = person.teamId) => {
    const created = await call(createSession, person, {}, { templateId: 'customer-obsession', teamId });
    expect(created.status).toBe(201);
    return created.body.id as string;
  };
  const vote = (person: Participant, sessionId: string, statementId: string, value: number) => call(castVote, person, { sessionId, statementId }, { value });
  const indexOf = (person: Participant) => deps.voterChecks.listSessions(person.user.tenantId, deps.pseudonym('voter', person.user));

  beforeAll(() => {
    const apiOrigin = inject('apiOrigin');
    deps = createServices(
      configFromEnv({
        STORAGE_CONNECTION_STRING: inject('storageConnectionString'),
        AUTH_JWKS_URL: `${apiOrigin}/dev/jwks.json`,
        AUTH_ISSUER: `${apiOrigin}/dev`,
        AUTH_AUDIENCE: devAudience,
        VOTER_KEY_SECRET: 'a-secret-of-this-test-file-only-long-enough',
        AUTH_CLIENT_ID: 'customer-pulse-voter-erasure-test',
        AUTH_CLIENT_SECRET: 'not-used-without-graph',
        RESULTS_CACHE_MS: '0',
      }),
    );
    useServices(deps);
  });
  afterAll(() => {
    vi.restoreAllMocks();
    useServices(undefined);
  });

  it('visits the checks the person rated, never every check of the tenant', async () => {
    const [hostile, erin] = await Promise.all([participant(), participant()]);
    for (let index = 0; index < 6; index += 1) await start(hostile);
    const rated = [await start(erin), await start(erin)];
    for (const sessionId of rated) expect((await vote(erin, sessionId, 'direct-dialogue', 3)).status).toBe(200);

    const listForTenant = vi.spyOn(deps.sessions, 'listForTenant');
    const find = vi.spyOn(deps.sessions, 'find');
    try {
      const erased = await call(eraseMyVotes, erin);
      expect(erased).toMatchObject({ status: 200, body: { deleted: { votes: 2 } } });
      expect(listForTenant).not.toHaveBeenCalled();
      expect(find.mock.calls.map(([, sessionId]) => sessionId).sort()).toEqual([...rated].sort());
    } finally {
      listForTenant.mockRestore();
      find.mockRestore();
    }
  });

  it('writes the index row before the vote, and acknowledges no vote without it', async () => {
    const erin = await participant();
    const sessionId = await start(erin);
    const record = vi.spyOn(deps.voterChecks, 'record').mockRejectedValueOnce(new Error('storage is down'));
    const upsert = vi.spyOn(deps.votes, 'upsert');
    try {
      expect((await vote(erin, sessionId, 'direct-dialogue', 4)).status).toBe(500);
      expect(upsert).not.toHaveBeenCalled();
      expect((await call(getSession, erin, { sessionId })).body.myVotes).toEqual({});

      expect((await vote(erin, sessionId, 'direct-dialogue', 4)).status).toBe(200);
      expect(record.mock.invocationCallOrder[1]).toBeLessThan(upsert.mock.invocationCallOrder[0]!);
      expect(await indexOf(erin)).toEqual([sessionId]);
    } finally {
      record.mockRestore();
      upsert.mockRestore();
    }
  });

  it('keeps the index row of a check that takes ratings, and forgets it once the check is closed for good', async () => {
    const erin = await participant();
    const sessionId = await start(erin);
    await vote(erin, sessionId, 'direct-dialogue', 2);
    expect((await call(eraseMyVotes, erin)).body.deleted.votes).toBe(1);
    expect(await indexOf(erin)).toEqual([sessionId]); // open: a rating may still come, from any instance

    await vote(erin, sessionId, 'direct-dialogue', 5);
    expect((await call(closeSession, erin, { sessionId })).status).toBe(200);
    expect((await call(eraseMyVotes, erin)).body.deleted.votes).toBe(1);
    expect(await indexOf(erin)).toEqual([sessionId]); // a vote that passed the open-check may still land

    const now = vi.spyOn(deps, 'now').mockImplementation(() => new Date(Date.now() + summaryGraceMs + 1_000));
    try {
      expect((await call(eraseMyVotes, erin)).body.deleted.votes).toBe(0);
      expect(await indexOf(erin)).toEqual([]);
    } finally {
      now.mockRestore();
    }
  });

  it('skips and forgets the index row of a check erased with its team', async () => {
    const erin = await participant();
    const admin = await participant(undefined, 'Admin', adminRole);
    const gone = await start(erin);
    await vote(erin, gone, 'direct-dialogue', 2);
    expect((await call(eraseTeamData, admin, { teamId: erin.teamId })).body.deleted).toMatchObject({ sessions: 1, votes: 1 });
    expect(await indexOf(erin)).toEqual([gone]); // a team's erasure cannot find rows partitioned by voter

    expect((await call(eraseMyVotes, erin))).toMatchObject({ status: 200, body: { deleted: { votes: 0 } } });
    expect(await indexOf(erin)).toEqual([]);
  });
});

describe('the voter checks table', () => {
  const tenantId = 'tenant-voter-checks';
  const sessionId = () => crypto.randomUUID();
  const voterKey = () => crypto.randomUUID().replaceAll('-', '');

  it('writes a person’s row once per check, and again after forgetting it', async () => {
    const tables = tablesFor(inject('storageConnectionString'));
    const upsert = vi.spyOn(await tables.get('voterChecks'), 'upsertEntity');
    const index = voterChecksTable(tables);
    const [voter, first, second] = [voterKey(), sessionId(), sessionId()];

    for (let rating = 0; rating < 3; rating += 1) await index.record(tenantId, voter, first);
    expect(upsert).toHaveBeenCalledTimes(1);
    await index.record(tenantId, voter, second);
    expect(upsert).toHaveBeenCalledTimes(2);
    expect((await index.listSessions(tenantId, voter)).sort()).toEqual([first, second].sort());
    expect(await index.listSessions(tenantId, voterKey())).toEqual([]);
    expect(await index.listSessions('another-tenant', voter)).toEqual([]);

    await index.forget(tenantId, voter, first);
    await index.forget(tenantId, voter, first); // a missing row is fine
    expect(await index.listSessions(tenantId, voter)).toEqual([second]);
    await index.record(tenantId, voter, first);
    expect(upsert).toHaveBeenCalledTimes(3);
    expect((await index.listSessions(tenantId, voter)).sort()).toEqual([first, second].sort());
  });

  it('remembers only rows it stored, within its bound', async () => {
    const tables = tablesFor(inject('storageConnectionString'));
    const upsert = vi.spyOn(await tables.get('voterChecks'), 'upsertEntity');
    const index = voterChecksTable(tables, 2);
    const [voter, first, second, third] = [voterKey(), sessionId(), sessionId(), sessionId()];

    upsert.mockRejectedValueOnce(new Error('storage is down'));
    await expect(index.record(tenantId, voter, first)).rejects.toThrow('storage is down');
    await index.record(tenantId, voter, first);
    expect(upsert).toHaveBeenCalledTimes(2);
    expect(await index.listSessions(tenantId, voter)).toEqual([first]);

    await index.record(tenantId, voter, second);
    await index.record(tenantId, voter, third); // the bound drops the first
    await index.record(tenantId, voter, first);
    expect(upsert).toHaveBeenCalledTimes(5);
  });

  it('keeps each process’s memory to itself: why erasure keeps the rows of open checks', async () => {
    const [here, there] = [voterChecksTable(tablesFor(inject('storageConnectionString'))), voterChecksTable(tablesFor(inject('storageConnectionString')))];
    const [voter, check] = [voterKey(), sessionId()];
    await here.record(tenantId, voter, check);
    await there.forget(tenantId, voter, check);
    await here.record(tenantId, voter, check); // remembered here: no write
    expect(await here.listSessions(tenantId, voter)).toEqual([]);
  });
});
