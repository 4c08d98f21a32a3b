/**
 * A day's quota count is kept only while the day lasts: the first use of a new day deletes the
 * same person's counts of earlier days, so the quotas table does not grow with every day
 * someone wrote something. Against Azurite, with the clock set by the test.
 */
import { odata } from '@azure/data-tables';
import { describe, expect, inject, it } from 'vitest';
import type { Caller } from '../../api/src/auth/caller.ts';
import { takeQuota } from '../../api/src/http/quotas.ts';
import type { Services } from '../../api/src/services.ts';
import { quotasTable } from '../../api/src/storage/quotasTable.ts';
import { compositeKey, tablesFor } from '../../api/src/storage/tables.ts';

const tables = tablesFor(inject('storageConnectionString'));

function servicesAt(clock: { now: Date }): Services {
  const partial: Partial<Services> = {
    now: () => clock.now,
    pseudonym: (_purpose, caller) => `holder-${caller.userId}`,
    quotas: quotasTable(tables),
    config: { limits: { actionsPerDay: 100, templatesPerDay: 20 } } as unknown as Services['config'],
  };
  return partial as Services;
}

async function rowKeysOf(tenantId: string, scope: string): Promise<string[]> {
  const rows = (await tables.get('quotas')).listEntities({ queryOptions: { filter: odata`PartitionKey eq ${compositeKey(tenantId, scope)}`, select: ['RowKey'] } });
  const keys: string[] = [];
  for await (const row of rows) keys.push(row.rowKey as string);
  return keys.sort();
}

describe('daily quotas', () => {
  it('forget a person’s earlier days on their first use of a new day, and nobody else’s', async () => {
    const tenantId = `tenant-quota-${crypto.randomUUID()}`;
    const scope = `team-${crypto.randomUUID()}`;
    const clock = { now: new Date('2026-12-01T09:00:00Z') };
    const deps = servicesAt(clock);
    const ada = { tenantId, userId: 'ada', name: 'Ada' } as Caller;
    const bo = { tenantId, userId: 'bo', name: 'Bo' } as Caller;

    for (let index = 0; index < 3; index += 1) await takeQuota(deps, ada, 'actionsPerDay', scope);
    await takeQuota(deps, ada, 'templatesPerDay', scope);
    await takeQuota(deps, bo, 'actionsPerDay', scope);
    clock.now = new Date('2026-12-02T10:00:00Z');
    await takeQuota(deps, ada, 'actionsPerDay', scope);
    clock.now = new Date('2026-12-04T08:00:00Z');
    await takeQuota(deps, ada, 'actionsPerDay', scope);
    await takeQuota(deps, ada, 'actionsPerDay', scope);

    expect(await rowKeysOf(tenantId, scope)).toEqual([
      'holder-ada|actionsPerDay:2026-12-04',
      'holder-ada|templatesPerDay:2026-12-01', // another quota: its own next use forgets it
      'holder-bo|actionsPerDay:2026-12-01',
    ]);
    expect((await deps.quotas.used(tenantId, scope, 'holder-ada', 'actionsPerDay:2026-12-04')).used).toBe(2);
  });
});
