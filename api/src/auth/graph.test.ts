/** The Graph client against a real HTTP server that answers as Entra ID and Graph do. */
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import type { Caller } from './caller.ts';
import { chatPageSize, DirectoryUnavailable, graphDirectory, maxListPages } from './graph.ts';

type Route = (req: IncomingMessage, body: string, res: ServerResponse) => void;
let route: Route;
const requests: string[] = [];
let origin = '';
const server = createServer((req, res) => {
  let body = '';
  req.on('data', (chunk: Buffer) => (body += chunk.toString()));
  req.on('end', () => {
    requests.push(`${req.method} ${req.url}`);
    route(req, body, res);
  });
});

const ava: Caller = { tenantId: 'contoso', userId: 'ava-oid', roles: [], directory: { groups: undefined, assertion: 'ava-token' } };
const team = '7a26dfc2-d89f-4d48-ac5a-33973d307b52';
const chat = '19:meeting_abc@thread.v2';

function reply(res: ServerResponse, status: number, body: unknown, headers: Record<string, string> = {}) {
  res.writeHead(status, { 'Content-Type': 'application/json', ...headers }).end(JSON.stringify(body));
}

/** Entra's token endpoint (checking what the OBO request must carry) and the given Graph answers. */
function entraAnd(graph: Route): Route {
  return (req, body, res) => {
    if (req.url === '/login/contoso/oauth2/v2.0/token') {
      const form = new URLSearchParams(body);
      const valid =
        form.get('grant_type') === 'urn:ietf:params:oauth:grant-type:jwt-bearer' &&
        form.get('requested_token_use') === 'on_behalf_of' &&
        form.get('assertion') === 'ava-token' &&
        form.get('client_id') === 'app' &&
        form.get('client_secret') === 'secret' &&
        form.get('scope') === `${origin}/graph/.default`;
      return valid ? reply(res, 200, { access_token: 'graph-token', expires_in: 3600 }) : reply(res, 400, { error: 'invalid_request' });
    }
    if (req.headers.authorization !== 'Bearer graph-token') return reply(res, 401, { error: { code: 'InvalidAuthenticationToken' } });
    graph(req, body, res);
  };
}

const directory = () => graphDirectory({ authority: `${origin}/login`, graphBaseUrl: `${origin}/graph/`, clientId: 'app', clientSecret: 'secret', timeoutMs: 2000 });

beforeAll(async () => {
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});
afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())));
beforeEach(() => {
  requests.length = 0;
});

describe('membership from Microsoft Graph on behalf of the caller', () => {
  it('exchanges the caller’s token once and asks checkMemberGroups for the team', async () => {
    route = entraAnd((req, body, res) => {
      const { groupIds } = JSON.parse(body) as { groupIds: string[] };
      reply(res, 200, { value: groupIds.filter((id) => id === team) });
    });
    const graph = directory();
    expect(await graph.isMemberOfGroup(ava, team)).toBe(true);
    expect(await graph.isMemberOfGroup(ava, '2b7c7d4e-0000-4000-8000-000000000000')).toBe(false);
    expect(requests).toEqual(['POST /login/contoso/oauth2/v2.0/token', 'POST /graph/v1.0/me/checkMemberGroups', 'POST /graph/v1.0/me/checkMemberGroups']);
  });

  it('finds the caller among a chat’s members, page by page, and is no member of a chat Graph refuses', async () => {
    route = entraAnd((req, _body, res) => {
      if (req.url === `/graph/v1.0/chats/${encodeURIComponent(chat)}/members`) {
        return reply(res, 200, { value: [{ userId: 'ben-oid' }], '@odata.nextLink': `${origin}/graph/v1.0/chats/page2` });
      }
      if (req.url === '/graph/v1.0/chats/page2') return reply(res, 200, { value: [{ userId: 'ava-oid' }] });
      reply(res, 403, { error: { code: 'Forbidden' } });
    });
    const graph = directory();
    expect(await graph.isMemberOfChat(ava, chat)).toBe(true);
    expect(await graph.isMemberOfChat(ava, '19:other@thread.v2')).toBe(false);
  });

  it('is unavailable, with Graph’s Retry-After, when Graph throttles or fails', async () => {
    route = entraAnd((_req, _body, res) => reply(res, 429, { error: { code: 'TooManyRequests' } }, { 'Retry-After': '17' }));
    const throttled = await directory().isMemberOfGroup(ava, team).catch((error: unknown) => error);
    expect(throttled).toBeInstanceOf(DirectoryUnavailable);
    expect(throttled).toMatchObject({ retryAfterSeconds: 17, message: expect.stringMatching(/throttling/) });

    route = entraAnd((_req, _body, res) => reply(res, 503, {}));
    await expect(directory().isMemberOfChat(ava, chat)).rejects.toBeInstanceOf(DirectoryUnavailable);
  });

  it('is unavailable when Entra refuses the exchange (no admin consent) or nothing answers', async () => {
    route = (_req, _body, res) => reply(res, 400, { error: 'invalid_grant', error_description: 'AADSTS65001: consent required' });
    await expect(directory().isMemberOfGroup(ava, team)).rejects.toMatchObject({ message: expect.stringMatching(/admin must grant/) });

    const nowhere = graphDirectory({ authority: 'http://127.0.0.1:9/login', graphBaseUrl: 'http://127.0.0.1:9/graph', clientId: 'app', clientSecret: 'secret', timeoutMs: 500 });
    await expect(nowhere.isMemberOfGroup(ava, team)).rejects.toMatchObject({ message: expect.stringMatching(/could not be reached/) });
  });
});

describe('the caller’s teams and meeting chats from Microsoft Graph', () => {
  it('lists joined teams with their names, following Graph’s next links', async () => {
    route = entraAnd((req, _body, res) => {
      if (req.url === '/graph/v1.0/me/joinedTeams') {
        return reply(res, 200, { value: [{ id: team, displayName: 'Contoso Checkout' }], '@odata.nextLink': `${origin}/graph/v1.0/me/joinedTeams?$skiptoken=2` });
      }
      if (req.url === '/graph/v1.0/me/joinedTeams?$skiptoken=2') return reply(res, 200, { value: [{ id: 'second-team', displayName: '  ' }] });
      reply(res, 404, {});
    });
    expect(await directory().joinedTeams(ava)).toEqual([{ id: team, name: 'Contoso Checkout' }, { id: 'second-team' }]);
  });

  it('asks for meeting chats only, 50 a page, and stops after a bounded number of pages', async () => {
    let served = 0;
    route = entraAnd((req, _body, res) => {
      served += 1;
      // A Graph that always has another page: the client must stop by itself.
      reply(res, 200, { value: [{ id: `19:meeting_${served}@thread.v2`, topic: `Retro ${served}` }], '@odata.nextLink': `${origin}/graph/v1.0/me/chats?page=${served + 1}` });
    });
    const chats = await directory().meetingChats(ava);
    expect(chats).toHaveLength(maxListPages);
    expect(chats[0]).toEqual({ id: '19:meeting_1@thread.v2', name: 'Retro 1' });
    const first = requests.find((line) => line.startsWith('GET /graph/v1.0/me/chats'))!;
    expect(decodeURIComponent(first)).toBe(`GET /graph/v1.0/me/chats?$filter=chatType eq 'meeting'&$top=${chatPageSize}`);
    expect(requests.filter((line) => line.startsWith('GET /graph/'))).toHaveLength(maxListPages);
  });

  it('lists nothing where Graph refuses (403), and is unavailable where Graph fails', async () => {
    route = entraAnd((_req, _body, res) => reply(res, 403, { error: { code: 'Forbidden' } }));
    expect(await directory().joinedTeams(ava)).toEqual([]);
    expect(await directory().meetingChats(ava)).toEqual([]);

    route = entraAnd((_req, _body, res) => reply(res, 503, {}, { 'Retry-After': '4' }));
    await expect(directory().joinedTeams(ava)).rejects.toMatchObject({ retryAfterSeconds: 4 });
  });
});
