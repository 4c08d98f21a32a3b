/**
 * Publications table: what each check last published (domain/publication.ts), one row per
 * check. PartitionKey = tenant|session, RowKey `results`. It holds distributions and the ids
 * of the answers shown, never a voter key: erasing a person's ratings leaves nothing of theirs
 * here but counts.
 */
import type { PublishedDistributions } from '../domain/publication.ts';
import { compositeKey, deleteRows, findEntity, fromJsonColumns, replaceOrCreate, toJsonColumns, type Tables } from './tables.ts';

const rowKey = 'results';

export interface Publication {
  statements: PublishedDistributions;
  /** Undefined in rows written before answers were published in batches: then all are shown. */
  answerIds?: string[];
}

export interface StoredPublication extends Publication {
  etag: string;
}

export function publicationsTable(tables: Tables) {
  const client = () => tables.get('publications');

  return {
    async find(tenantId: string, sessionId: string): Promise<StoredPublication | undefined> {
      const entity = await findEntity<Record<string, unknown>>(await client(), compositeKey(tenantId, sessionId), rowKey);
      if (!entity) return undefined;
      const answerIds = entity.answerIds0 === undefined ? undefined : fromJsonColumns<string[]>('answerIds', entity);
      return { statements: fromJsonColumns<PublishedDistributions>('statements', entity), answerIds, etag: entity.etag };
    },

    /**
     * Stores a publication only over the one it was decided from (`etag`), or as the first
     * (no etag): two instances deciding at once never publish two states one person apart.
     */
    async save(tenantId: string, sessionId: string, publication: Publication, etag: string | undefined): Promise<void> {
      const entity = {
        partitionKey: compositeKey(tenantId, sessionId),
        rowKey,
        ...toJsonColumns('statements', publication.statements),
        ...(publication.answerIds ? toJsonColumns('answerIds', publication.answerIds) : {}),
      };
      await replaceOrCreate(await client(), entity, etag, `Publication of ${sessionId}`);
    },

    async deleteForSession(tenantId: string, sessionId: string): Promise<number> {
      return deleteRows(await client(), compositeKey(tenantId, sessionId));
    },
  };
}

export type PublicationsTable = ReturnType<typeof publicationsTable>;
