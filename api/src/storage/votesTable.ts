/**
 * Votes table. PartitionKey = tenant|session, RowKey = voterKey|statementId: one row per person
 * and statement, written by an idempotent upsert. Hundreds of people voting at once write
 * hundreds of different rows, never one shared counter row that would serialise them; a
 * repeated or changed vote overwrites its own row, so it counts once.
 *
 * The same partition holds one more row, RowKey `~version` (no vote RowKey starts with `~`:
 * voter keys are hex): the check's results version. Every write that changes what
 * `GET …/results` shows replaces it with a fresh random value after its own write is done, and
 * is acknowledged only then. Writes at the same moment share a version write (coalescedWrites.ts:
 * each waits for one that started after it asked), so a burst of hundreds of votes a second costs
 * a vote upsert each and a handful of version writes, not a transaction each. It is a blind
 * upsert, never a read-modify-write, so writers do not contend on it.
 * A results poll reads only this row to decide on a 304 (see functions/results.ts).
 */
import { randomUUID } from 'node:crypto';
import { odata, RestError } from '@azure/data-tables';
import type { CastVote, Rating } from '../domain/scoring.ts';
import { coalescedWrites } from './coalescedWrites.ts';
import { compositeKey, deleteRows, prefixEnd, type Tables } from './tables.ts';

/** RowKey of the check's version row; `~` sorts after every hex voter key. */
export const versionRowKey = '~version';

type VersionEntity = {
  partitionKey: string;
  rowKey: typeof versionRowKey;
  /** Random per write: two writes in the same clock tick still differ. */
  nonce: string;
};

type VoteEntity = {
  partitionKey: string;
  rowKey: string;
  voterKey: string;
  statementId: string;
  rating: number;
  votedAt: string;
};

export function votesTable(tables: Tables) {
  const client = () => tables.get('votes');
  /** Per votes partition (one check): replaces its version row. */
  const bumpPartitionVersion = coalescedWrites(async (partitionKey) => {
    const version: VersionEntity = { partitionKey, rowKey: versionRowKey, nonce: randomUUID() };
    await (await client()).upsertEntity(version, 'Replace');
  });

  return {
    async upsert(tenantId: string, sessionId: string, vote: CastVote, now: Date): Promise<void> {
      const entity: VoteEntity = {
        partitionKey: compositeKey(tenantId, sessionId),
        rowKey: compositeKey(vote.voterKey, vote.statementId),
        voterKey: vote.voterKey,
        statementId: vote.statementId,
        rating: vote.rating,
        votedAt: now.toISOString(),
      };
      await (await client()).upsertEntity(entity, 'Replace');
      // A crash between the two leaves the version behind until the next write; the vote was not
      // acknowledged, and its retry (the same upsert) bumps it.
      await bumpPartitionVersion(entity.partitionKey);
    },

    /** Marks the check's results as changed, after a write outside this table (or a deletion in it). */
    async bumpVersion(tenantId: string, sessionId: string): Promise<void> {
      await bumpPartitionVersion(compositeKey(tenantId, sessionId));
    },

    /** The check's results version (one point read), or undefined if it has none (unknown or erased check). */
    async readVersion(tenantId: string, sessionId: string): Promise<string | undefined> {
      try {
        const row = await (await client()).getEntity<VersionEntity>(compositeKey(tenantId, sessionId), versionRowKey);
        return `${row.etag} ${row.nonce}`;
      } catch (error) {
        if (error instanceof RestError && error.statusCode === 404) return undefined;
        throw error;
      }
    },

    async listForSession(tenantId: string, sessionId: string): Promise<CastVote[]> {
      return collect(
        (await client()).listEntities<VoteEntity>({
          queryOptions: {
            filter: odata`PartitionKey eq ${compositeKey(tenantId, sessionId)} and RowKey lt ${versionRowKey}`,
            select: ['voterKey', 'statementId', 'rating'],
          },
        }),
      );
    },

    /** Deletes the check's votes and its version row; counts the votes. */
    async deleteForSession(tenantId: string, sessionId: string): Promise<number> {
      const table = await client();
      const partitionKey = compositeKey(tenantId, sessionId);
      const votes = await deleteRows(table, partitionKey, { from: '', to: versionRowKey });
      await table.deleteEntity(partitionKey, versionRowKey).catch((error: unknown) => {
        if (!(error instanceof RestError && error.statusCode === 404)) throw error;
      });
      return votes;
    },

    /** Erases one person's ratings of one check (GDPR erasure), leaving everyone else's. */
    async deleteForVoter(tenantId: string, sessionId: string, voterKey: string): Promise<number> {
      const prefix = compositeKey(voterKey, '');
      return deleteRows(await client(), compositeKey(tenantId, sessionId), { from: prefix, to: prefixEnd(prefix) });
    },

    /** One person's own votes: a RowKey prefix range inside the session's partition. */
    async listForVoter(tenantId: string, sessionId: string, voterKey: string): Promise<CastVote[]> {
      const prefix = compositeKey(voterKey, '');
      return collect(
        (await client()).listEntities<VoteEntity>({
          queryOptions: {
            filter: odata`PartitionKey eq ${compositeKey(tenantId, sessionId)} and RowKey ge ${prefix} and RowKey lt ${prefixEnd(prefix)}`,
            select: ['voterKey', 'statementId', 'rating'],
          },
        }),
      );
    },
  };
}

export type VotesTable = ReturnType<typeof votesTable>;

async function collect(entities: AsyncIterable<Pick<VoteEntity, 'voterKey' | 'statementId' | 'rating'>>) {
  const votes: CastVote[] = [];
  for await (const { voterKey, statementId, rating } of entities) {
    votes.push({ voterKey, statementId, rating: rating as Rating });
  }
  return votes;
}

