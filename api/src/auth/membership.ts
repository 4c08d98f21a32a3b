/**
 * Whether the caller belongs to a team, as Microsoft Entra ID and Microsoft Graph say, never
 * as the client says. A team is a Microsoft 365 group (a channel's team) or, for a meeting
 * without a team, the meeting's chat.
 *
 * - A group is answered from the token's `groups` claim when the token has one: no call.
 * - A group without the claim (overage: the user is in more than 200 groups) and every chat
 *   are asked of Graph, and the answer is kept per user and team: a yes for `memberTtlMs`,
 *   a no for the shorter `outsiderTtlMs`, so that someone just added waits little.
 *   Concurrent checks of the same user and team share one Graph call.
 * - Graph failing is DirectoryUnavailable (never a yes), and a failure is not cached.
 */
import type { Caller } from './caller.ts';
import type { Directory } from './graph.ts';

export interface MembershipOptions {
  memberTtlMs: number;
  outsiderTtlMs: number;
  maxEntries?: number;
}

/** Counts since start, for the benchmark: how often Graph was spared. */
export interface MembershipStats {
  checks: number;
  fromToken: number;
  fromCache: number;
  fromGraph: number;
}

export interface Membership {
  isMember(caller: Caller, teamId: string): Promise<boolean>;
  stats(): MembershipStats;
}

/** Chat thread ids, as Teams reports `chat.id` (meeting and group chats, one-to-one chats). */
const chatIdPattern = /^19:[^@]+@(thread\.v2|unq\.gbl\.spaces)$/;

export function isChatId(teamId: string): boolean {
  return chatIdPattern.test(teamId);
}

export const defaultMembershipOptions: MembershipOptions = { memberTtlMs: 5 * 60_000, outsiderTtlMs: 60_000 };

export function teamMembership(directory: Directory, options: MembershipOptions = defaultMembershipOptions, now = Date.now): Membership {
  const maxEntries = options.maxEntries ?? 50_000;
  const answers = new Map<string, { answer: Promise<boolean>; expiresAt: number }>();
  const stats: MembershipStats = { checks: 0, fromToken: 0, fromCache: 0, fromGraph: 0 };

  function askGraph(caller: Caller, teamId: string): Promise<boolean> {
    const key = `${caller.tenantId}/${caller.userId}/${teamId}`;
    const cached = answers.get(key);
    if (cached && cached.expiresAt > now()) {
      stats.fromCache += 1;
      return cached.answer;
    }
    stats.fromGraph += 1;
    const answer = isChatId(teamId) ? directory.isMemberOfChat(caller, teamId) : directory.isMemberOfGroup(caller, teamId);
    if (answers.size >= maxEntries) answers.delete(answers.keys().next().value as string);
    // Until Graph answers, concurrent checks share the call; then the answer decides how long it is kept.
    const entry = { answer, expiresAt: Number.POSITIVE_INFINITY };
    answers.set(key, entry);
    answer.then(
      (member) => {
        entry.expiresAt = now() + (member ? options.memberTtlMs : options.outsiderTtlMs);
      },
      () => {
        if (answers.get(key) === entry) answers.delete(key);
      },
    );
    return answer;
  }

  return {
    async isMember(caller, teamId) {
      stats.checks += 1;
      const groups = caller.directory.groups;
      if (!isChatId(teamId) && groups) {
        stats.fromToken += 1;
        return groups.includes(teamId);
      }
      return askGraph(caller, teamId);
    },
    stats: () => ({ ...stats }),
  };
}
