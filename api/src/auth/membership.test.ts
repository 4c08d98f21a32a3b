import { describe, expect, it } from 'vitest';
import type { Caller } from './caller.ts';
import { DirectoryUnavailable, type Directory } from './graph.ts';
import { isChatId, teamMembership } from './membership.ts';

const team = '7a26dfc2-d89f-4d48-ac5a-33973d307b52';
const chat = '19:meeting_NzQ5ZjFlYzEtY2E3Ni00ZjUy@thread.v2';

function caller(groups: string[] | undefined, userId = 'ava'): Caller {
  return { tenantId: 'tenant', userId, roles: [], directory: { groups, assertion: `token-of-${userId}` } };
}

/** A directory that answers from a member list and counts what it was asked. */
function directory(members: Record<string, string[]>) {
  const asked: string[] = [];
  let failing: DirectoryUnavailable | undefined;
  const answer = async (who: Caller, id: string) => {
    asked.push(`${who.userId}:${id}`);
    if (failing) throw failing;
    return members[id]?.includes(who.userId) ?? false;
  };
  const fake: Directory = { isMemberOfGroup: answer, isMemberOfChat: answer, joinedTeams: async () => [], meetingChats: async () => [] };
  return { fake, asked, fail: (error?: DirectoryUnavailable) => (failing = error) };
}

describe('team membership', () => {
  it('answers a team from the token’s groups claim without asking Graph', async () => {
    const graph = directory({ [team]: ['ava'] });
    const membership = teamMembership(graph.fake);
    expect(await membership.isMember(caller([team]), team)).toBe(true);
    expect(await membership.isMember(caller(['another-group']), team)).toBe(false);
    expect(graph.asked).toEqual([]);
    expect(membership.stats()).toMatchObject({ checks: 2, fromToken: 2, fromGraph: 0 });
  });

  it('asks Graph on overage and for chats, once per user and team while the answer is fresh', async () => {
    let now = 0;
    const graph = directory({ [team]: ['ava'], [chat]: ['ava'] });
    const membership = teamMembership(graph.fake, { memberTtlMs: 300_000, outsiderTtlMs: 60_000 }, () => now);
    const ava = caller(undefined);
    const ben = caller([team], 'ben'); // a groups claim never answers for a chat
    await Promise.all([membership.isMember(ava, team), membership.isMember(ava, team)]);
    expect(await membership.isMember(ava, chat)).toBe(true);
    expect(await membership.isMember(ben, chat)).toBe(false);
    expect(graph.asked).toEqual([`ava:${team}`, `ava:${chat}`, `ben:${chat}`]);

    now = 61_000; // the outsider's "no" has expired, the member's "yes" has not
    await membership.isMember(ben, chat);
    await membership.isMember(ava, chat);
    expect(graph.asked).toHaveLength(4);
    now = 301_000;
    await membership.isMember(ava, chat);
    expect(graph.asked).toHaveLength(5);
    expect(membership.stats()).toMatchObject({ checks: 7, fromToken: 0, fromCache: 2, fromGraph: 5 });
  });

  it('fails when Graph fails, and asks again next time instead of keeping the failure', async () => {
    const graph = directory({ [team]: ['ava'] });
    const membership = teamMembership(graph.fake);
    graph.fail(new DirectoryUnavailable('throttled', 7));
    await expect(membership.isMember(caller(undefined), team)).rejects.toMatchObject({ retryAfterSeconds: 7 });
    graph.fail(undefined);
    expect(await membership.isMember(caller(undefined), team)).toBe(true);
  });

  it('tells chats from teams as Teams writes their ids', () => {
    expect(isChatId(chat)).toBe(true);
    expect(isChatId('19:2da4c29f6d7041eca70b638b43d45437@thread.v2')).toBe(true);
    expect(isChatId('19:abc_def@unq.gbl.spaces')).toBe(true);
    expect(isChatId(team)).toBe(false);
    expect(isChatId('19:general@thread.tacv2')).toBe(false); // a channel, not a chat
  });
});
