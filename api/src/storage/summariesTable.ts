/**
 * Summaries table: one row per check with its scores, written when the check starts and again
 * when it closes. PartitionKey = tenant|team, RowKey = inverted start time|session id, so a
 * team's history is one partition read, newest first, and a date range is a RowKey range:
 * five years of weekly checks are 260 small rows, never a scan of votes.
 */
import { odata, type TransactionAction } from '@azure/data-tables';
import type { CheckSummary } from '../domain/history.ts';
import { compositeKey, deleteRows, type Tables } from './tables.ts';

interface SummaryEntity {
  partitionKey: string;
  rowKey: string;
  sessionId: string;
  state: string;
  /** The summary as JSON: tables have no nested properties, and it is always read whole. */
  summary: string;
  computedAt: string;
}

export interface StoredSummary {
  summary: CheckSummary;
  computedAt: string;
}

const maxTime = 8_640_000_000_000_000; // the largest Date in ms

/** Sorts newest first as a string: later times give smaller keys. */
export function invertedTimeKey(isoTime: string): string {
  return String(maxTime - Date.parse(isoTime)).padStart(16, '0');
}

/** The ISO time an inverted key was made from. */
export function timeOfInvertedKey(key: string): string {
  return new Date(maxTime - Number(key)).toISOString();
}

export function summariesTable(tables: Tables) {
  const client = () => tables.get('summaries');

  return {
    async upsert(tenantId: string, teamId: string, summary: CheckSummary, computedAt: Date): Promise<void> {
      const entity: SummaryEntity = {
        partitionKey: compositeKey(tenantId, teamId),
        rowKey: compositeKey(invertedTimeKey(summary.createdAt), summary.sessionId),
        sessionId: summary.sessionId,
        state: summary.state,
        summary: JSON.stringify(summary),
        computedAt: computedAt.toISOString(),
      };
      await (await client()).upsertEntity(entity, 'Replace');
    },

    /**
     * When the team's newest check started, or undefined when it has none: the first row of
     * its partition, and of that row only the RowKey (which holds the start time), so it
     * costs one small read per team, whatever the team has stored.
     */
    async latestStart(tenantId: string, teamId: string): Promise<string | undefined> {
      const filter = odata`PartitionKey eq ${compositeKey(tenantId, teamId)}`;
      const pages = (await client()).listEntities<{ rowKey: string }>({ queryOptions: { filter, select: ['RowKey'] } }).byPage({ maxPageSize: 1 });
      for await (const page of pages) {
        const rowKey = page[0]?.rowKey;
        if (rowKey) return timeOfInvertedKey(rowKey.split('|')[0]!);
        // Table Storage may answer an empty page with a continuation; one partition needs no more than that.
        if (page.continuationToken === undefined) break;
      }
      return undefined;
    },

    /**
     * Many summaries of one team in transactions of 100 (one partition): how a seed writes
     * years of history in minutes. Same rows as `upsert`.
     */
    async upsertMany(tenantId: string, teamId: string, summaries: readonly CheckSummary[], computedAt: Date): Promise<void> {
      const actions: TransactionAction[] = summaries.map((summary) => [
        'upsert',
        {
          partitionKey: compositeKey(tenantId, teamId),
          rowKey: compositeKey(invertedTimeKey(summary.createdAt), summary.sessionId),
          sessionId: summary.sessionId,
          state: summary.state,
          summary: JSON.stringify(summary),
          computedAt: computedAt.toISOString(),
        } satisfies SummaryEntity,
        'Replace',
      ]);
      for (let start = 0; start < actions.length; start += 100) await (await client()).submitTransaction(actions.slice(start, start + 100));
    },

    /** How many of the team's checks are closed: their state column only, never the summaries. */
    async countClosed(tenantId: string, teamId: string): Promise<number> {
      const filter = odata`PartitionKey eq ${compositeKey(tenantId, teamId)} and state eq 'closed'`;
      let count = 0;
      const pages = (await client()).listEntities({ queryOptions: { filter, select: ['RowKey'] } }).byPage({ maxPageSize: 1000 });
      for await (const page of pages) count += page.length;
      return count;
    },

    async deleteForTeam(tenantId: string, teamId: string): Promise<number> {
      return deleteRows(await client(), compositeKey(tenantId, teamId));
    },

    /** Newest first; `from`/`to` are inclusive ISO instants of the checks' start. */
    async listForTeam(tenantId: string, teamId: string, range: { from?: string; to?: string; top?: number } = {}) {
      const partition = compositeKey(tenantId, teamId);
      // Inverted keys: the latest start time bounds the range from below.
      const lower = range.to ? invertedTimeKey(range.to) : '';
      const upper = range.from ? `${invertedTimeKey(range.from)}|~` : '~';
      const filter = odata`PartitionKey eq ${partition} and RowKey ge ${lower} and RowKey le ${upper}`;
      const summaries: StoredSummary[] = [];
      const pages = (await client())
        .listEntities<SummaryEntity>({ queryOptions: { filter } })
        .byPage({ maxPageSize: range.top ?? 1000 });
      for await (const page of pages) {
        for (const entity of page) {
          // Summaries written before templates had versions were all of version 1.
          const stored = JSON.parse(entity.summary) as Partial<CheckSummary> & Omit<CheckSummary, 'templateVersion'>;
          const summary: CheckSummary = { ...stored, templateVersion: stored.templateVersion ?? 1 };
          summaries.push({ summary, computedAt: entity.computedAt });
        }
        if (range.top !== undefined && summaries.length >= range.top) break;
      }
      return range.top === undefined ? summaries : summaries.slice(0, range.top);
    },
  };
}

export type SummariesTable = ReturnType<typeof summariesTable>;
