/**
 * Summaries table: one row per check with its scores, written when the check starts and again
 * when it closes. PartitionKey = tenant|team, RowKey = inverted start time|session id, so a
 * team's history is one partition read, newest first, and a date range is a RowKey range:
 * five years of weekly checks are 260 small rows, never a scan of votes.
 */
import { odata } from '@azure/data-tables';
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
