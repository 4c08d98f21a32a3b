/**
 * Voter checks table: which checks one person rated, so that erasing their ratings
 * (functions/erasure.ts) visits those checks only, not every check of the tenant (issue #19:
 * one user creating hundreds of checks must not make everyone's erasure slower).
 * PartitionKey = tenant|voterKey (the same `voter` pseudonym the vote rows carry, never a user
 * id), RowKey = session id. A row holds nothing else: no rating, no time. It joins only the
 * vote rows, which carry the same key already; no other table (auth/pseudonyms.ts).
 *
 * Written by `record` before the vote row (functions/votes.ts), and the vote is acknowledged
 * only after both: an index row without a vote is harmless (erasure finds nothing there), a vote
 * without an index row would escape erasure. `record` is an idempotent upsert; this process
 * remembers (recentKeys.ts, bounded) which rows it wrote, so a person's 2nd and 3rd rating of a
 * check cost no extra write.
 *
 * A row may outlive its check, and may outlive the person's votes in it:
 * - Erasing a team's data (eraseTeamData) cannot find these rows (they are partitioned by voter,
 *   not by check) and leaves them; erasure finds the check gone, and `forget`s the row.
 * - Erasure `forget`s a row only once its check no longer takes ratings (closed, past the grace
 *   for a vote that passed the open-check just before the close, or deleted). While the check is
 *   open the row stays: another instance may remember having written it and would skip the write
 *   on the person's next rating, and a rating arriving during the erasure is indexed either way.
 *   A later erasure, after the close, deletes it.
 */
import { odata } from '@azure/data-tables';
import { recentKeys } from './recentKeys.ts';
import { compositeKey, isStatus, type Tables } from './tables.ts';

interface VoterCheckEntity {
  partitionKey: string;
  /** The session id. */
  rowKey: string;
}

/** Index rows this process remembers having written: a key of about 140 characters each, a few MB in all. */
export const rememberedVoterChecks = 10_000;

export function voterChecksTable(tables: Tables, capacity = rememberedVoterChecks) {
  const client = () => tables.get('voterChecks');
  const written = recentKeys(capacity);
  const memoryKey = (tenantId: string, voterKey: string, sessionId: string) => compositeKey(tenantId, voterKey, sessionId);

  return {
    /** Notes that the person rated the check; call before writing the vote. */
    async record(tenantId: string, voterKey: string, sessionId: string): Promise<void> {
      const key = memoryKey(tenantId, voterKey, sessionId);
      if (written.has(key)) return;
      const entity: VoterCheckEntity = { partitionKey: compositeKey(tenantId, voterKey), rowKey: sessionId };
      await (await client()).upsertEntity(entity, 'Replace');
      written.add(key); // only once the row is stored: a failed write is tried again next time
    },

    /** The ids of the checks the person rated (and some they no longer have ratings in, see above). */
    async listSessions(tenantId: string, voterKey: string): Promise<string[]> {
      const sessionIds: string[] = [];
      const rows = (await client()).listEntities<VoterCheckEntity>({
        queryOptions: { filter: odata`PartitionKey eq ${compositeKey(tenantId, voterKey)}`, select: ['RowKey'] },
      });
      for await (const row of rows) sessionIds.push(row.rowKey);
      return sessionIds;
    },

    /** Deletes the row (a missing one is fine) and this process's memory of it. */
    async forget(tenantId: string, voterKey: string, sessionId: string): Promise<void> {
      try {
        await (await client()).deleteEntity(compositeKey(tenantId, voterKey), sessionId);
      } catch (error) {
        if (!isStatus(error, 404)) throw error;
      }
      written.delete(memoryKey(tenantId, voterKey, sessionId));
    },
  };
}

export type VoterChecksTable = ReturnType<typeof voterChecksTable>;
