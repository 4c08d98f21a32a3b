/**
 * Table clients for one storage account. Each table is created on first use, once per
 * process, so a fresh Azurite or a fresh Azure account needs no provisioning step.
 */
import {
  odata,
  RestError,
  TableClient,
  type TableEntityResult,
  type TableServiceClientOptions,
  type TransactionAction,
} from '@azure/data-tables';

export const tableNames = {
  sessions: 'sessions',
  votes: 'votes',
  answers: 'answers',
  participants: 'participants',
  actions: 'actions',
  summaries: 'summaries',
  teamSettings: 'teamsettings',
  registers: 'registers',
  templates: 'templates',
  publications: 'publications',
  quotas: 'quotas',
  meetingChecks: 'meetingchecks',
  voterChecks: 'voterchecks',
  leadershipRollup: 'leadershiprollup',
} as const;
export type TableName = keyof typeof tableNames;

export interface Tables {
  get(name: TableName): Promise<TableClient>;
}

// Retries absorb throttling (503) and timeouts; votes are idempotent upserts, so a retry is safe.
const clientOptions: TableServiceClientOptions = {
  retryOptions: { maxRetries: 4, retryDelayInMs: 200, maxRetryDelayInMs: 4000 },
};

export function tablesFor(connectionString: string): Tables {
  const ready = new Map<TableName, Promise<TableClient>>();
  const insecure = /DefaultEndpointsProtocol=http;|UseDevelopmentStorage=true/i.test(connectionString);
  return {
    get(name) {
      let client = ready.get(name);
      if (!client) {
        client = createIfMissing(
          TableClient.fromConnectionString(connectionString, tableNames[name], {
            ...clientOptions,
            allowInsecureConnection: insecure,
          }),
        );
        ready.set(name, client);
        client.catch(() => ready.delete(name));
      }
      return client;
    },
  };
}

async function createIfMissing(client: TableClient): Promise<TableClient> {
  await client.createTable(); // the SDK treats "already exists" as success
  return client;
}

export function isStatus(error: unknown, status: number): boolean {
  return error instanceof RestError && error.statusCode === status;
}

/** The row, or undefined when the table has none under these keys. */
export async function findEntity<T extends object>(
  client: TableClient,
  partitionKey: string,
  rowKey: string,
): Promise<TableEntityResult<T> | undefined> {
  try {
    return await client.getEntity<T>(partitionKey, rowKey);
  } catch (error) {
    if (isStatus(error, 404)) return undefined;
    throw error;
  }
}

/** A guarded replace lost the race: the row changed since it was read (HTTP 412). */
export class ConcurrentChangeError extends Error {}

/**
 * Table Storage holds at most 64 KiB (32 K UTF-16 units) in one string property, so long
 * JSON is split over numbered columns `${name}0`, `${name}1`, … and joined again on read.
 */
const jsonColumnLength = 30_000;

export function toJsonColumns(name: string, value: unknown): Record<string, string> {
  const text = JSON.stringify(value);
  const columns: Record<string, string> = {};
  for (let start = 0, index = 0; start < text.length; index += 1) {
    let end = Math.min(start + jsonColumnLength, text.length);
    // Never split a surrogate pair: a lone half would not survive the trip as UTF-8.
    if (end < text.length && /[\uD800-\uDBFF]/.test(text[end - 1]!)) end -= 1;
    columns[`${name}${index}`] = text.slice(start, end);
    start = end;
  }
  return columns;
}

export function fromJsonColumns<T>(name: string, entity: Record<string, unknown>): T {
  let text = '';
  for (let index = 0; typeof entity[`${name}${index}`] === 'string'; index += 1) text += entity[`${name}${index}`] as string;
  return JSON.parse(text) as T;
}

/**
 * Writes `entity` only over the row it was decided from (`etag`), or as a new row when there
 * was none: a concurrent writer makes it a ConcurrentChangeError, to decide again.
 */
export async function replaceOrCreate<T extends { partitionKey: string; rowKey: string }>(
  client: TableClient,
  entity: T,
  etag: string | undefined,
  what: string,
): Promise<void> {
  try {
    if (etag) await client.updateEntity(entity, 'Replace', { etag });
    else await client.createEntity(entity);
  } catch (error) {
    if (isStatus(error, 412) || isStatus(error, 409)) throw new ConcurrentChangeError(`${what} changed meanwhile`);
    throw error;
  }
}

/** Partition keys made of several ids; `|` cannot occur in any id we accept. */
export function compositeKey(...parts: string[]): string {
  return parts.join('|');
}

/** Deletes every row of a partition (or those matching `extraFilter`), 100 per transaction. */
export async function deleteRows(client: TableClient, partitionKey: string, rowKeyRange?: { from: string; to: string }): Promise<number> {
  const filter = rowKeyRange
    ? odata`PartitionKey eq ${partitionKey} and RowKey ge ${rowKeyRange.from} and RowKey lt ${rowKeyRange.to}`
    : odata`PartitionKey eq ${partitionKey}`;
  const rowKeys: string[] = [];
  for await (const row of client.listEntities({ queryOptions: { filter, select: ['RowKey'] } })) rowKeys.push(row.rowKey as string);
  for (let start = 0; start < rowKeys.length; start += 100) {
    const batch: TransactionAction[] = rowKeys.slice(start, start + 100).map((rowKey) => ['delete', { partitionKey, rowKey }]);
    await client.submitTransaction(batch);
  }
  return rowKeys.length;
}

/** The smallest string greater than every string that starts with prefix. */
export function prefixEnd(prefix: string): string {
  return prefix.slice(0, -1) + String.fromCharCode(prefix.charCodeAt(prefix.length - 1) + 1);
}
