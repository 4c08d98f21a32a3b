/**
 * Registers table: the team's register entries. PartitionKey = tenant|team, RowKey = entry id,
 * so every read starts from the caller's tenant. Notes and history are JSON columns (split when
 * long, see toJsonColumns); every change is a read–check–write guarded by the row's ETag.
 */
import { odata } from '@azure/data-tables';
import type { RegisterKind, RegisterStatus } from '../contract/registers.ts';
import { registerKinds } from '../contract/registers.ts';
import type { RegisterEntry } from '../domain/registers.ts';
import {
  compositeKey,
  ConcurrentChangeError,
  deleteRows,
  findEntity,
  fromJsonColumns,
  isStatus,
  toJsonColumns,
  type Tables,
} from './tables.ts';

type ScalarFields = Omit<RegisterEntry, 'id' | 'notes' | 'history'>;
type RegisterEntryEntity = ScalarFields & { partitionKey: string; rowKey: string } & Record<string, unknown>;

export interface StoredRegisterEntry {
  entry: RegisterEntry;
  /** Table ETag, for optimistic concurrency on changes. */
  etag: string;
}

export interface RegisterFilter {
  register?: RegisterKind;
  /** `active` = open or in progress. */
  status?: RegisterStatus | 'active';
}

export function registersTable(tables: Tables) {
  const client = () => tables.get('registers');

  return {
    async insert(tenantId: string, entry: RegisterEntry): Promise<void> {
      await (await client()).createEntity(toEntity(tenantId, entry));
    },

    async find(tenantId: string, teamId: string, entryId: string): Promise<StoredRegisterEntry | undefined> {
      const entity = await findEntity<RegisterEntryEntity>(await client(), compositeKey(tenantId, teamId), entryId);
      return entity && { entry: fromEntity(entity), etag: entity.etag };
    },

    /** Replaces the entry only if nobody changed it since it was read. */
    async replace(tenantId: string, entry: RegisterEntry, etag: string): Promise<void> {
      try {
        await (await client()).updateEntity(toEntity(tenantId, entry), 'Replace', { etag });
      } catch (error) {
        if (isStatus(error, 412)) throw new ConcurrentChangeError(`Register entry ${entry.id} changed meanwhile`);
        throw error;
      }
    },

    async deleteForTeam(tenantId: string, teamId: string): Promise<number> {
      return deleteRows(await client(), compositeKey(tenantId, teamId));
    },

    /** The team's entries by register (in the template's order), then oldest first: longest open on top. */
    async listForTeam(tenantId: string, teamId: string, filter: RegisterFilter = {}): Promise<RegisterEntry[]> {
      const conditions = [odata`PartitionKey eq ${compositeKey(tenantId, teamId)}`];
      if (filter.register) conditions.push(odata`register eq ${filter.register}`);
      if (filter.status === 'active') conditions.push(odata`(status eq ${'open'} or status eq ${'in-progress'})`);
      else if (filter.status) conditions.push(odata`status eq ${filter.status}`);
      const entries: RegisterEntry[] = [];
      const entities = (await client()).listEntities<RegisterEntryEntity>({ queryOptions: { filter: conditions.join(' and ') } });
      for await (const entity of entities) entries.push(fromEntity(entity));
      return entries.sort(
        (a, b) =>
          registerKinds.indexOf(a.register) - registerKinds.indexOf(b.register) ||
          a.createdAt.localeCompare(b.createdAt) ||
          a.id.localeCompare(b.id),
      );
    },
  };
}

export type RegistersTable = ReturnType<typeof registersTable>;

function toEntity(tenantId: string, entry: RegisterEntry): RegisterEntryEntity {
  const { id, notes, history, ...scalars } = entry;
  return {
    partitionKey: compositeKey(tenantId, entry.teamId),
    rowKey: id,
    ...scalars,
    ...toJsonColumns('notes', notes),
    ...toJsonColumns('history', history),
  };
}

function fromEntity(entity: RegisterEntryEntity): RegisterEntry {
  const entry: RegisterEntry = {
    id: entity.rowKey,
    teamId: entity.teamId,
    register: entity.register,
    title: entity.title,
    customer: entity.customer,
    lastContactDate: entity.lastContactDate,
    severity: entity.severity,
    owner: entity.owner,
    status: entity.status,
    notes: fromJsonColumns('notes', entity),
    sourceSessionId: entity.sourceSessionId,
    createdAt: entity.createdAt,
    updatedAt: entity.updatedAt,
    lastReviewedSessionId: entity.lastReviewedSessionId,
    history: fromJsonColumns('history', entity),
  };
  // Absent optional columns stay absent in the response, as the contract's optional fields.
  return Object.fromEntries(Object.entries(entry).filter(([, value]) => value !== undefined && value !== null)) as RegisterEntry;
}
