/**
 * Table clients for one storage account. Each table is created on first use, once per
 * process, so a fresh Azurite or a fresh Azure account needs no provisioning step.
 */
import { odata, RestError, TableClient, type TableServiceClientOptions, type TransactionAction } from '@azure/data-tables';

export const tableNames = {
  sessions: 'sessions',
  votes: 'votes',
  answers: 'answers',
  participants: 'participants',
  actions: 'actions',
  summaries: 'summaries',
  teamSettings: 'teamsettings',
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
