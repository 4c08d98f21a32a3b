/**
 * Participants table: who opened a check, for "7 of 9 have rated" and for handing over the
 * facilitator role. PartitionKey = tenant|session, RowKey = participant pseudonym. The name
 * is stored here only, under a key of its own purpose, so it cannot be joined to votes.
 */
import { odata } from '@azure/data-tables';
import { compositeKey, deleteRows, findEntity, isStatus, type Tables } from './tables.ts';

export interface Participant {
  participantKey: string;
  name: string;
  joinedAt: string;
}

interface ParticipantEntity {
  partitionKey: string;
  rowKey: string;
  name: string;
  joinedAt: string;
}

export function participantsTable(tables: Tables) {
  const client = () => tables.get('participants');

  return {
    /** Joining twice is joining once; the first join time is kept. True if this join was the first. */
    async join(tenantId: string, sessionId: string, participant: Participant): Promise<boolean> {
      try {
        await (await client()).createEntity<ParticipantEntity>({
          partitionKey: compositeKey(tenantId, sessionId),
          rowKey: participant.participantKey,
          name: participant.name,
          joinedAt: participant.joinedAt,
        });
        return true;
      } catch (error) {
        if (!isStatus(error, 409)) throw error;
        return false;
      }
    },

    async find(tenantId: string, sessionId: string, participantKey: string): Promise<Participant | undefined> {
      const entity = await findEntity<ParticipantEntity>(await client(), compositeKey(tenantId, sessionId), participantKey);
      return entity && fromEntity(entity);
    },

    async deleteForSession(tenantId: string, sessionId: string): Promise<number> {
      return deleteRows(await client(), compositeKey(tenantId, sessionId));
    },

    async listForSession(tenantId: string, sessionId: string): Promise<Participant[]> {
      const participants: Participant[] = [];
      const entities = (await client()).listEntities<ParticipantEntity>({
        queryOptions: { filter: odata`PartitionKey eq ${compositeKey(tenantId, sessionId)}` },
      });
      for await (const entity of entities) participants.push(fromEntity(entity));
      return participants.sort((a, b) => a.joinedAt.localeCompare(b.joinedAt));
    },

    async countForSession(tenantId: string, sessionId: string): Promise<number> {
      let count = 0;
      const entities = (await client()).listEntities({
        queryOptions: { filter: odata`PartitionKey eq ${compositeKey(tenantId, sessionId)}`, select: ['RowKey'] },
      });
      for await (const _entity of entities) count += 1;
      return count;
    },
  };
}

export type ParticipantsTable = ReturnType<typeof participantsTable>;

function fromEntity(entity: ParticipantEntity): Participant {
  return { participantKey: entity.rowKey, name: entity.name, joinedAt: entity.joinedAt };
}
