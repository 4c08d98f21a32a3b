/**
 * The personal app's "Your teams": every team (Microsoft 365 group) and meeting chat the
 * caller belongs to that has at least one check, with its name and the start of its newest
 * check, newest first.
 *
 * Who belongs where is Microsoft Graph's answer on behalf of the caller (auth/graph.ts:
 * GET /me/joinedTeams and GET /me/chats filtered to meeting chats), never the client's, so a
 * listed id is one the caller may open: the history route checks membership again anyway.
 *
 * Which of them have checks costs one small read per team or chat: the first row of its
 * summaries partition, RowKey only (storage/summariesTable.ts `latestStart`). No index table:
 * the summaries already are one, sorted newest first, and erasing a team removes them, so
 * nothing can go stale. The reads are bounded: at most `maxCandidates` teams and chats per
 * request, `readsInFlight` at a time, and `myHistoriesMax` histories in the answer.
 */
import { app } from '@azure/functions';
import { DirectoryUnavailable, type JoinedConversation } from '../auth/graph.ts';
import { myHistoriesMax, type MyHistoriesResponse, type MyHistory, type MyHistoryKind } from '../contract/index.ts';
import { unavailable } from '../http/errors.ts';
import { authenticated, json } from '../http/respond.ts';

/** Teams first, then meeting chats: more than this many are not looked up in one request. */
export const maxCandidates = 250;
const readsInFlight = 10;

interface Candidate extends JoinedConversation {
  kind: MyHistoryKind;
}

export const myHistories = authenticated(async (_request, _context, caller, deps) => {
  let teams: JoinedConversation[];
  let chats: JoinedConversation[];
  try {
    [teams, chats] = await Promise.all([deps.directory.joinedTeams(caller), deps.directory.meetingChats(caller)]);
  } catch (error) {
    if (error instanceof DirectoryUnavailable) throw unavailable(error.message, error.retryAfterSeconds);
    throw error;
  }
  const seen = new Set<string>();
  const candidates: Candidate[] = [];
  for (const [kind, list] of [['team', teams], ['meetingChat', chats]] as const) {
    for (const item of list) {
      if (seen.has(item.id)) continue;
      seen.add(item.id);
      candidates.push({ ...item, kind });
    }
  }
  const looked = candidates.slice(0, maxCandidates);
  const latest = await mapInBatches(looked, readsInFlight, (candidate) => deps.summaries.latestStart(caller.tenantId, candidate.id));
  const withChecks: MyHistory[] = looked.flatMap((candidate, index) => {
    const latestCheckAt = latest[index];
    if (!latestCheckAt) return [];
    return [{ teamId: candidate.id, kind: candidate.kind, ...(candidate.name ? { name: candidate.name } : {}), latestCheckAt }];
  });
  withChecks.sort((a, b) => b.latestCheckAt.localeCompare(a.latestCheckAt));
  const truncated = withChecks.length > myHistoriesMax || candidates.length > maxCandidates;
  return json(200, { histories: withChecks.slice(0, myHistoriesMax), truncated } satisfies MyHistoriesResponse);
});

/** `read` for every item, `width` at a time, the results in the items' order. */
async function mapInBatches<T, R>(items: readonly T[], width: number, read: (item: T) => Promise<R>): Promise<R[]> {
  const results: R[] = [];
  for (let start = 0; start < items.length; start += width) {
    results.push(...(await Promise.all(items.slice(start, start + width).map(read))));
  }
  return results;
}

app.http('myHistories', { route: 'me/histories', methods: ['GET'], authLevel: 'anonymous', handler: myHistories });
