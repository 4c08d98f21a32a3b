/**
 * Scenario 1, the physical limit: bare `@azure/data-tables` upserts of vote-shaped entities
 * into one partition of the same Azurite, with the same number of requests in flight as the
 * API's capacity run. No HTTP API, no token check, no session lookup: just storage.
 */
import { TableClient } from '@azure/data-tables';
import { cpuWindow, summarize, round, type CpuReading, type LatencySummary } from '../stats.ts';
import type { Progress } from '../progress.ts';

export interface RawBaselineOptions {
  connectionString: string;
  entities: number;
  concurrency: number;
  progress: Progress;
  pids?: Record<string, number | undefined>;
}

export interface RawBaselineResult {
  entities: number;
  concurrency: number;
  seconds: number;
  entitiesPerSecond: number;
  errors: number;
  latencyMs: LatencySummary;
  cpu: CpuReading;
}

export async function rawBaseline(options: RawBaselineOptions): Promise<RawBaselineResult> {
  const client = TableClient.fromConnectionString(options.connectionString, `benchraw${Date.now().toString(36)}`, {
    allowInsecureConnection: true,
  });
  await client.createTable();
  const partitionKey = `bench-tenant|raw-${Date.now().toString(36)}`;
  const latencies: number[] = [];
  let next = 0;
  let errors = 0;
  const entityFor = (index: number) => ({
    partitionKey,
    rowKey: `voter-${String(Math.floor(index / 3)).padStart(6, '0')}|statement-${index % 3}`,
    voterKey: `voter-${Math.floor(index / 3)}`,
    statementId: `statement-${index % 3}`,
    rating: (index % 5) + 1,
    votedAt: new Date().toISOString(),
  });

  // Warm the connection pool and the table first, as the API host is warm when measured.
  await Promise.all(Array.from({ length: options.concurrency }, (_, i) => client.upsertEntity(entityFor(i), 'Replace')));

  const stopProgress = options.progress.every(() => `raw upserts ${latencies.length}/${options.entities}, ${errors} errors`);
  const cpu = cpuWindow(options.pids ?? {});
  const started = performance.now();
  const worker = async () => {
    while (next < options.entities) {
      const index = next;
      next += 1;
      const begun = performance.now();
      try {
        await client.upsertEntity(entityFor(index), 'Replace');
        latencies.push(performance.now() - begun);
      } catch {
        errors += 1;
      }
    }
  };
  await Promise.all(Array.from({ length: options.concurrency }, worker));
  const seconds = (performance.now() - started) / 1000;
  const cpuReading = cpu.stop();
  stopProgress();
  await client.deleteTable().catch(() => undefined);
  return {
    entities: options.entities,
    concurrency: options.concurrency,
    seconds: round(seconds),
    entitiesPerSecond: round(latencies.length / seconds, 0),
    errors,
    latencyMs: summarize(latencies),
    cpu: cpuReading,
  };
}
