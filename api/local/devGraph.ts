/**
 * The local stand-ins for the two Microsoft services team membership needs, so that the API
 * runs its production path (auth/graph.ts) locally and in tests:
 *
 *   POST /dev/login/{tenant}/oauth2/v2.0/token   the On-Behalf-Of exchange of Entra ID's v2.0 endpoint
 *   POST /dev/graph/v1.0/me/checkMemberGroups    Microsoft Graph, for the signed-in user
 *   GET  /dev/graph/v1.0/chats/{chatId}/members  Microsoft Graph, members of a chat the user is in
 *   GET  /dev/graph/v1.0/me/joinedTeams          Microsoft Graph, the user's teams (for the personal app)
 *   GET  /dev/graph/v1.0/me/chats?$filter=chatType eq 'meeting'   the user's meeting chats, paged
 *
 * What they answer comes from the directory the dev token endpoint keeps: each
 * `POST /dev/token` states the user's teams and chats (the simulator sends its roster's).
 *
 *   PUT /dev/graph-outage { tenantId, status, retryAfterSeconds }   Graph fails for that tenant
 *   DELETE /dev/graph-outage?tenantId=…                             and recovers
 *
 * lets tests see what people see when Graph is down or throttling, without touching other tenants.
 */
import type { JWTPayload } from 'jose';
import type { DevTokenRequest } from '../src/contract/index.ts';
import type { DevIssuer } from './devIssuer.ts';
import { SIMULATED_MEETINGS, SIMULATED_TEAM } from './simulatedMeeting.ts';

export interface DevReply {
  status: number;
  jsonBody: unknown;
  retryAfterSeconds?: number;
}

interface Person {
  name: string;
  groups: ReadonlySet<string>;
  chats: ReadonlySet<string>;
}

/** Who is in which team and chat, as the latest token request of each user said. */
export function devDirectory() {
  const people = new Map<string, Person>();
  const key = (tenantId: string, userId: string) => `${tenantId}/${userId}`;
  return {
    record({ tenantId, userId, name, groups, chats }: DevTokenRequest): void {
      people.set(key(tenantId, userId), { name, groups: new Set(groups), chats: new Set(chats) });
    },
    find: (tenantId: string, userId: string) => people.get(key(tenantId, userId)),
    chatMembers(tenantId: string, chatId: string): { userId: string; name: string }[] {
      const members: { userId: string; name: string }[] = [];
      for (const [id, person] of people) {
        const [personTenant, userId] = id.split('/') as [string, string];
        if (personTenant === tenantId && person.chats.has(chatId)) members.push({ userId, name: person.name });
      }
      return members;
    },
  };
}

export type DevDirectory = ReturnType<typeof devDirectory>;

export interface DevGraphOptions {
  issuer: DevIssuer;
  directory: DevDirectory;
  clientId: string;
  clientSecret: string;
  /** The audience of the Graph tokens: the Graph base URL the API is configured with. */
  graphAudience: string;
  /** Tenants whose Graph calls fail, and how. */
  outages: Map<string, { status: number; retryAfterSeconds: number }>;
}

const guid = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

export async function devGraphRoute(
  options: DevGraphOptions,
  method: string,
  pathname: string,
  authorization: string | undefined,
  body: Buffer,
  query: URLSearchParams,
): Promise<DevReply | undefined> {
  const exchange = /^\/dev\/login\/([^/]+)\/oauth2\/v2\.0\/token$/.exec(pathname);
  if (exchange && method === 'POST') return onBehalfOf(options, decodeURIComponent(exchange[1]!), new URLSearchParams(body.toString('utf8')));
  if (pathname === '/dev/graph-outage') return outage(options, method, body, query);
  if (!pathname.startsWith('/dev/graph/v1.0/')) return undefined;
  const caller = await graphCaller(options, authorization);
  if (!caller) return graphError(401, 'InvalidAuthenticationToken', 'Access token is missing or invalid.');
  const failure = options.outages.get(String(caller.tid));
  if (failure) return { ...graphError(failure.status, 'ServiceUnavailable', 'The local Graph is made to fail.'), retryAfterSeconds: failure.retryAfterSeconds };
  const person = options.directory.find(String(caller.tid), String(caller.oid));
  if (pathname === '/dev/graph/v1.0/me/checkMemberGroups' && method === 'POST') {
    const groupIds = jsonOf(body)?.groupIds;
    if (!Array.isArray(groupIds) || groupIds.length === 0 || groupIds.length > 20) {
      return graphError(400, 'Request_BadRequest', 'groupIds must list 1 to 20 group ids.');
    }
    const invalid = groupIds.find((id) => typeof id !== 'string' || !guid.test(id));
    if (invalid !== undefined) return graphError(400, 'Request_BadRequest', `Invalid GUID:${String(invalid)}`);
    return { status: 200, jsonBody: { value: groupIds.filter((id: string) => person?.groups.has(id)) } };
  }
  if (pathname === '/dev/graph/v1.0/me/joinedTeams' && method === 'GET') {
    // Graph names each team; here a team of the simulated world has its name, any other its id.
    return { status: 200, jsonBody: { value: [...(person?.groups ?? [])].map((id) => ({ id, displayName: simulatedNames().get(id) ?? id })) } };
  }
  if (pathname === '/dev/graph/v1.0/me/chats' && method === 'GET') return meetingChats(person, query, options.graphAudience);
  const members = /^\/dev\/graph\/v1\.0\/chats\/([^/]+)\/members$/.exec(pathname);
  if (members && method === 'GET') {
    const chatId = decodeURIComponent(members[1]!);
    const list = options.directory.chatMembers(String(caller.tid), chatId);
    if (list.length === 0) return graphError(404, 'NotFound', 'Chat not found.');
    if (!person?.chats.has(chatId)) return graphError(403, 'Forbidden', 'The caller is not a member of the chat.');
    return {
      status: 200,
      jsonBody: {
        '@odata.count': list.length,
        value: list.map((member) => ({
          '@odata.type': '#microsoft.graph.aadUserConversationMember',
          id: Buffer.from(`${chatId}#${member.userId}`).toString('base64'),
          roles: ['owner'],
          displayName: member.name,
          userId: member.userId,
          tenantId: String(caller.tid),
        })),
      },
    };
  }
  return graphError(404, 'UnknownResource', `The local Graph does not serve ${method} ${pathname}.`);
}

/** Meeting chat ids as Teams makes them; the dev directory keeps no chat type, so the id tells. */
const meetingChatId = /^19:meeting_[^@]+@thread\.v2$/;

/**
 * GET /me/chats as Graph serves it (learn.microsoft.com/graph/api/chat-list): `$top` at most
 * 50, further pages through `@odata.nextLink`. Only the filter the API sends is understood;
 * any other is refused, so a changed query fails here before it fails against Graph.
 */
function meetingChats(person: Person | undefined, query: URLSearchParams, graphBaseUrl: string): DevReply {
  if (query.get('$filter') !== "chatType eq 'meeting'") return graphError(400, 'BadRequest', "The local Graph serves only $filter=chatType eq 'meeting'.");
  const top = Number(query.get('$top') ?? 50);
  if (!Number.isInteger(top) || top < 1 || top > 50) return graphError(400, 'BadRequest', '$top must be 1 to 50.');
  const skip = Number(query.get('$skiptoken') ?? 0) || 0;
  const chats = [...(person?.chats ?? [])].filter((id) => meetingChatId.test(id));
  const page = chats.slice(skip, skip + top);
  const next = skip + top < chats.length ? new URLSearchParams({ $filter: "chatType eq 'meeting'", $top: String(top), $skiptoken: String(skip + top) }) : undefined;
  return {
    status: 200,
    jsonBody: {
      value: page.map((id) => ({ id, chatType: 'meeting', topic: simulatedNames().get(id) ?? id })),
      ...(next ? { '@odata.nextLink': `${graphBaseUrl}/v1.0/me/chats?${next}` } : {}),
    },
  };
}

/** The names the simulated world gives its team and meeting chats (api/local/simulatedMeeting.ts). */
function simulatedNames(): Map<string, string> {
  return new Map([
    [SIMULATED_TEAM.groupId, SIMULATED_TEAM.displayName],
    ...Object.values(SIMULATED_MEETINGS).map((meeting) => [meeting.chatId, meeting.title] as [string, string]),
  ]);
}

function outage(options: DevGraphOptions, method: string, body: Buffer, query: URLSearchParams): DevReply {
  if (method === 'DELETE') {
    options.outages.delete(query.get('tenantId') ?? '');
    return { status: 200, jsonBody: { outages: options.outages.size } };
  }
  if (method !== 'PUT') return graphError(405, 'MethodNotAllowed', 'Use PUT or DELETE');
  const { tenantId, status = 503, retryAfterSeconds = 10 } = jsonOf(body) ?? {};
  if (typeof tenantId !== 'string' || typeof status !== 'number' || typeof retryAfterSeconds !== 'number') {
    return graphError(400, 'BadRequest', 'Send { tenantId, status, retryAfterSeconds }');
  }
  options.outages.set(tenantId, { status, retryAfterSeconds });
  return { status: 200, jsonBody: { outages: options.outages.size } };
}

async function onBehalfOf(options: DevGraphOptions, tenantId: string, form: URLSearchParams): Promise<DevReply> {
  const refuse = (error: string, description: string): DevReply => ({ status: 400, jsonBody: { error, error_description: description } });
  if (form.get('grant_type') !== 'urn:ietf:params:oauth:grant-type:jwt-bearer' || form.get('requested_token_use') !== 'on_behalf_of') {
    return refuse('unsupported_grant_type', 'Only the On-Behalf-Of grant is served here.');
  }
  if (form.get('client_id') !== options.clientId || form.get('client_secret') !== options.clientSecret) {
    return refuse('invalid_client', 'AADSTS7000215: Invalid client secret provided.');
  }
  if (form.get('scope') !== `${options.graphAudience}/.default`) return refuse('invalid_scope', `AADSTS70011: scope must be ${options.graphAudience}/.default`);
  let assertion: JWTPayload;
  try {
    assertion = await options.issuer.verify(form.get('assertion') ?? '', options.issuer.audience);
  } catch {
    return refuse('invalid_grant', 'AADSTS50013: Assertion failed signature validation or has expired.');
  }
  if (assertion.tid !== tenantId) return refuse('invalid_grant', 'AADSTS50013: Assertion is for another tenant.');
  return {
    status: 200,
    jsonBody: { token_type: 'Bearer', expires_in: 3600, ext_expires_in: 3600, access_token: await options.issuer.issueOnBehalfOf(assertion, options.graphAudience) },
  };
}

async function graphCaller(options: DevGraphOptions, authorization: string | undefined): Promise<JWTPayload | undefined> {
  const token = /^Bearer (.+)$/.exec(authorization ?? '')?.[1];
  if (!token) return undefined;
  try {
    return await options.issuer.verify(token, options.graphAudience);
  } catch {
    return undefined;
  }
}

function jsonOf(body: Buffer): Record<string, unknown> | undefined {
  try {
    const parsed: unknown = JSON.parse(body.toString('utf8'));
    return typeof parsed === 'object' && parsed !== null ? (parsed as Record<string, unknown>) : undefined;
  } catch {
    return undefined;
  }
}

function graphError(status: number, code: string, message: string): DevReply {
  return { status, jsonBody: { error: { code, message } } };
}
