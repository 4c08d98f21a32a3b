/**
 * Votes table. PartitionKey = tenant|session, RowKey = voterKey|statementId: one row per person
 * and statement, written by an idempotent upsert. Hundreds of people voting at once write
 * hundreds of different rows, never one shared counter row that would serialise them; a
 * repeated or changed vote overwrites its own row, so it counts once.
 */
import { odata } from '@azure/data-tables';
import type { CastVote, Rating } from '../domain/scoring.ts';
import { compositeKey, deleteRows, prefixEnd, type Tables } from './tables.ts';

interface VoteEntity {
  partitionKey: string;
  rowKey: string;
  voterKey: string;
  statementId: string;
  rating: number;
  votedAt: string;
}

export function votesTable(tables: Tables) {
  const client = () => tables.get('votes');

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
    },

    async listForSession(tenantId: string, sessionId: string): Promise<CastVote[]> {
      return collect(
        (await client()).listEntities<VoteEntity>({
          queryOptions: {
            filter: odata`PartitionKey eq ${compositeKey(tenantId, sessionId)}`,
            select: ['voterKey', 'statementId', 'rating'],
          },
        }),
      );
    },

    async deleteForSession(tenantId: string, sessionId: string): Promise<number> {
      return deleteRows(await client(), compositeKey(tenantId, sessionId));
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

