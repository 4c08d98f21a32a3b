/**
 * Microsoft Graph as the source of team and chat membership, asked on behalf of the caller.
 *
 * The caller's own access token is exchanged for a Graph token with the On-Behalf-Of flow
 * (RFC 7523 jwt-bearer grant at the tenant's v2.0 token endpoint). We send that one request
 * ourselves instead of using `@azure/msal-node`: MSAL refuses authorities that are not https
 * (`authority_uri_insecure`), so the local dev issuer, served over plain http, could not stand
 * in for Entra ID on the same code path, and the flow is a single form POST whose only state,
 * the Graph token, is cached here until shortly before it expires.
 *
 * Whatever Graph cannot answer (unreachable, throttled, a 5xx, an exchange Entra refuses) is
 * a DirectoryUnavailable, never a silent yes or no.
 */
import { createHash } from 'node:crypto';
import type { Caller } from './caller.ts';

export interface GraphSettings {
  /** The identity platform's host, e.g. https://login.microsoftonline.com (no tenant). */
  authority: string;
  /** e.g. https://graph.microsoft.com (no version). */
  graphBaseUrl: string;
  clientId: string;
  clientSecret: string;
  /** Per request; Graph answers membership in well under a second. */
  timeoutMs?: number;
}

export class DirectoryUnavailable extends Error {
  constructor(
    message: string,
    readonly retryAfterSeconds: number,
  ) {
    super(message);
  }
}

/** A team or meeting chat the caller is in, as Graph lists it. */
export interface JoinedConversation {
  /** The Microsoft 365 group id of a team, or the chat's thread id: the id our team routes take. */
  id: string;
  /** The team's display name or the meeting's topic; Graph may have none for a chat. */
  name?: string;
}

/** What membership and the personal app need to know from Microsoft Graph. */
export interface Directory {
  isMemberOfGroup(caller: Caller, groupId: string): Promise<boolean>;
  isMemberOfChat(caller: Caller, chatId: string): Promise<boolean>;
  /** The teams the caller is a direct member of (GET /me/joinedTeams), at most `maxListPages` pages. */
  joinedTeams(caller: Caller): Promise<JoinedConversation[]>;
  /** The caller's meeting chats (GET /me/chats, chatType meeting), at most `maxListPages` pages of `chatPageSize`. */
  meetingChats(caller: Caller): Promise<JoinedConversation[]>;
}

const defaultRetryAfterSeconds = 10;
/** A cached Graph token is dropped this long before it expires, so no call goes out with a dying one. */
const tokenExpirySkewMs = 5 * 60_000;
const maxCachedTokens = 10_000;
/** A chat has at most 250 members in Teams; one page is 100 at most, so a handful of pages. */
const maxMemberPages = 10;
/**
 * Lists of the caller's teams and meeting chats stop after this many pages: someone who has
 * sat in years of meetings has thousands of meeting chats, and one page more is one Graph
 * round trip more before the personal app can show anything.
 */
export const maxListPages = 4;
/** The largest page `GET /me/chats` serves ($top at most 50: learn.microsoft.com/graph/api/chat-list). */
export const chatPageSize = 50;

type Fetch = typeof fetch;

export function graphDirectory(settings: GraphSettings, fetchImpl: Fetch = fetch): Directory {
  const tokens = new Map<string, { token: string; expiresAt: number }>();
  const timeoutMs = settings.timeoutMs ?? 5_000;
  const graphRoot = `${trimSlash(settings.graphBaseUrl)}/v1.0`;

  async function send(url: string, init: RequestInit, what: string): Promise<Response> {
    try {
      return await fetchImpl(url, { ...init, signal: AbortSignal.timeout(timeoutMs) });
    } catch {
      throw new DirectoryUnavailable(`Microsoft Graph could not be reached to check ${what}; try again shortly`, defaultRetryAfterSeconds);
    }
  }

  async function graphToken(caller: Caller): Promise<string> {
    const key = createHash('sha256').update(caller.directory.assertion).digest('base64url');
    const cached = tokens.get(key);
    if (cached && cached.expiresAt > Date.now()) return cached.token;
    const response = await send(
      `${trimSlash(settings.authority)}/${encodeURIComponent(caller.tenantId)}/oauth2/v2.0/token`,
      {
        method: 'POST',
        headers: { 'Content-Type': 'application/x-www-form-urlencoded' },
        body: new URLSearchParams({
          grant_type: 'urn:ietf:params:oauth:grant-type:jwt-bearer',
          client_id: settings.clientId,
          client_secret: settings.clientSecret,
          assertion: caller.directory.assertion,
          scope: `${trimSlash(settings.graphBaseUrl)}/.default`,
          requested_token_use: 'on_behalf_of',
        }),
      },
      'your membership',
    );
    if (!response.ok) {
      // 400 means Entra refused the exchange, most often because an admin has not consented to
      // the Graph permissions yet: the caller cannot fix that by retrying quickly.
      if (response.status === 400 || response.status === 401) {
        throw new DirectoryUnavailable('Microsoft Entra ID refused to let Customer Pulse check your team membership; an admin must grant its permissions', 300);
      }
      throw unavailableFrom(response, 'your membership');
    }
    const body = (await response.json()) as { access_token?: unknown; expires_in?: unknown };
    if (typeof body.access_token !== 'string') throw new DirectoryUnavailable('Microsoft Entra ID answered without a token', defaultRetryAfterSeconds);
    const lifetimeMs = (typeof body.expires_in === 'number' ? body.expires_in : Number(body.expires_in) || 3600) * 1000;
    if (tokens.size >= maxCachedTokens) tokens.delete(tokens.keys().next().value as string);
    tokens.set(key, { token: body.access_token, expiresAt: Date.now() + lifetimeMs - tokenExpirySkewMs });
    return body.access_token;
  }

  async function graphCall(caller: Caller, url: string, init: RequestInit, what: string): Promise<Response | 'not-yours'> {
    const token = await graphToken(caller);
    const response = await send(url, { ...init, headers: { ...init.headers, Authorization: `Bearer ${token}` } }, what);
    // Graph answers 403/404 for a chat the user is not in and 400/404 for an id that is no group.
    if (response.status === 400 || response.status === 403 || response.status === 404) return 'not-yours';
    if (!response.ok) throw unavailableFrom(response, what);
    return response;
  }

  /** Follows `@odata.nextLink` for at most `maxListPages` pages; a list Graph refuses (403) is empty. */
  async function listed(caller: Caller, firstPage: string, nameOf: (item: Record<string, unknown>) => unknown, what: string): Promise<JoinedConversation[]> {
    const found: JoinedConversation[] = [];
    let url: string | undefined = firstPage;
    for (let page = 0; url && page < maxListPages; page += 1) {
      const response = await graphCall(caller, url, { method: 'GET' }, what);
      if (response === 'not-yours') return found;
      const body = (await response.json()) as { value?: Record<string, unknown>[]; '@odata.nextLink'?: unknown };
      for (const item of body.value ?? []) {
        const name = nameOf(item);
        if (typeof item.id === 'string' && item.id) found.push({ id: item.id, ...(typeof name === 'string' && name.trim() ? { name: name.trim() } : {}) });
      }
      url = typeof body['@odata.nextLink'] === 'string' ? body['@odata.nextLink'] : undefined;
    }
    return found;
  }

  return {
    // https://learn.microsoft.com/graph/api/user-list-joinedteams (delegated: Team.ReadBasic.All)
    joinedTeams: (caller) => listed(caller, `${graphRoot}/me/joinedTeams`, (team) => team.displayName, 'your teams'),
    // https://learn.microsoft.com/graph/api/chat-list (delegated: Chat.ReadBasic); a meeting's chat is chatType 'meeting'.
    meetingChats: (caller) =>
      listed(
        caller,
        `${graphRoot}/me/chats?$filter=${encodeURIComponent("chatType eq 'meeting'")}&$top=${chatPageSize}`,
        (chat) => chat.topic,
        'your meeting chats',
      ),
    async isMemberOfGroup(caller, groupId) {
      const response = await graphCall(
        caller,
        `${graphRoot}/me/checkMemberGroups`,
        { method: 'POST', headers: { 'Content-Type': 'application/json' }, body: JSON.stringify({ groupIds: [groupId] }) },
        'team membership',
      );
      if (response === 'not-yours') return false;
      const { value } = (await response.json()) as { value?: unknown };
      return Array.isArray(value) && value.includes(groupId);
    },
    async isMemberOfChat(caller, chatId) {
      let url: string | undefined = `${graphRoot}/chats/${encodeURIComponent(chatId)}/members`;
      for (let page = 0; url && page < maxMemberPages; page += 1) {
        const response = await graphCall(caller, url, { method: 'GET' }, 'chat membership');
        if (response === 'not-yours') return false;
        const body = (await response.json()) as { value?: { userId?: unknown }[]; '@odata.nextLink'?: unknown };
        if (body.value?.some((member) => member.userId === caller.userId)) return true;
        url = typeof body['@odata.nextLink'] === 'string' ? body['@odata.nextLink'] : undefined;
      }
      return false;
    },
  };
}

function unavailableFrom(response: Response, what: string): DirectoryUnavailable {
  const retryAfter = Number(response.headers.get('retry-after'));
  const seconds = Number.isFinite(retryAfter) && retryAfter > 0 ? retryAfter : defaultRetryAfterSeconds;
  const reason = response.status === 429 ? 'is throttling requests' : `answered ${response.status}`;
  return new DirectoryUnavailable(`Microsoft Graph ${reason} while checking ${what}; try again in ${Math.ceil(seconds)} s`, seconds);
}

function trimSlash(url: string): string {
  return url.replace(/\/+$/, '');
}
