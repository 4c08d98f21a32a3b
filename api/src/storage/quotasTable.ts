/**
 * Quotas table: how much of a limited thing one person used, per scope and window
 * (http/quotas.ts says which). PartitionKey = tenant|scope (a check or a team), RowKey =
 * holder|window, where the holder is a pseudonym of its own purpose: the row says how many
 * answers someone sent, never which ones, and joins no other table.
 *
 * A day's row is of no use once the day is over: the first use of a new day deletes the same
 * person's rows of earlier days for that quota, so the table holds about one row per person,
 * scope and quota, not one per day they ever wrote something.
 */
import { compositeKey, deleteRows, findEntity, replaceOrCreate, type Tables } from './tables.ts';

interface QuotaEntity {
  partitionKey: string;
  rowKey: string;
  used: number;
}

export function quotasTable(tables: Tables) {
  const client = () => tables.get('quotas');
  return {
    async used(tenantId: string, scope: string, holder: string, window: string): Promise<{ used: number; etag?: string }> {
      const entity = await findEntity<QuotaEntity>(await client(), compositeKey(tenantId, scope), compositeKey(holder, window));
      return entity ? { used: entity.used, etag: entity.etag } : { used: 0 };
    },

    /** Counts one more use over the count it was decided from (ETag), or as the first. */
    async record(tenantId: string, scope: string, holder: string, window: string, used: number, etag: string | undefined): Promise<void> {
      const entity: QuotaEntity = { partitionKey: compositeKey(tenantId, scope), rowKey: compositeKey(holder, window), used };
      await replaceOrCreate(await client(), entity, etag, 'Quota');
    },

    /** Deletes the holder's rows of this quota's windows that sort before `window` (earlier days). */
    async forgetEarlierWindows(tenantId: string, scope: string, holder: string, quota: string, window: string): Promise<number> {
      const prefix = compositeKey(holder, `${quota}:`);
      const current = compositeKey(holder, window);
      if (!current.startsWith(prefix)) return 0;
      // Days sort as their dates (YYYY-MM-DD): everything from the quota's first row up to today's.
      return deleteRows(await client(), compositeKey(tenantId, scope), { from: prefix, to: current });
    },

    async deleteForScope(tenantId: string, scope: string): Promise<number> {
      return deleteRows(await client(), compositeKey(tenantId, scope));
    },
  };
}

export type QuotasTable = ReturnType<typeof quotasTable>;
