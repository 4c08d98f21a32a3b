/**
 * Answers table. PartitionKey = tenant|session, RowKey = answer id. An answer row has no
 * author field at all: anonymity by construction, not by filtering on read.
 */
import { odata } from '@azure/data-tables';
import { compositeKey, deleteRows, findEntity, isStatus, type Tables } from './tables.ts';

export interface Answer {
  id: string;
  questionId: string;
  text: string;
  createdAt: string;
}

interface AnswerEntity {
  partitionKey: string;
  rowKey: string;
  questionId: string;
  text: string;
  createdAt: string;
}

export function answersTable(tables: Tables) {
  const client = () => tables.get('answers');

  return {
    /** Stores the answer once; a retry with the same id returns the stored one. */
    async insertOnce(tenantId: string, sessionId: string, answer: Answer): Promise<Answer> {
      const partitionKey = compositeKey(tenantId, sessionId);
      try {
        await (await client()).createEntity<AnswerEntity>({
          partitionKey,
          rowKey: answer.id,
          questionId: answer.questionId,
          text: answer.text,
          createdAt: answer.createdAt,
        });
        return answer;
      } catch (error) {
        if (!isStatus(error, 409)) throw error;
        const stored = await (await client()).getEntity<AnswerEntity>(partitionKey, answer.id);
        return fromEntity(stored);
      }
    },

    async find(tenantId: string, sessionId: string, answerId: string): Promise<Answer | undefined> {
      const entity = await findEntity<AnswerEntity>(await client(), compositeKey(tenantId, sessionId), answerId);
      return entity && fromEntity(entity);
    },

    async deleteForSession(tenantId: string, sessionId: string): Promise<number> {
      return deleteRows(await client(), compositeKey(tenantId, sessionId));
    },

    async listForSession(tenantId: string, sessionId: string): Promise<Answer[]> {
      const answers: Answer[] = [];
      const entities = (await client()).listEntities<AnswerEntity>({
        queryOptions: { filter: odata`PartitionKey eq ${compositeKey(tenantId, sessionId)}` },
      });
      for await (const entity of entities) answers.push(fromEntity(entity));
      return answers.sort((a, b) => a.createdAt.localeCompare(b.createdAt) || a.id.localeCompare(b.id));
    },
  };
}

export type AnswersTable = ReturnType<typeof answersTable>;

function fromEntity(entity: AnswerEntity): Answer {
  return { id: entity.rowKey, questionId: entity.questionId, text: entity.text, createdAt: entity.createdAt };
}
