/**
 * Templates table: one row per saved version of a team's or a tenant's template.
 * PartitionKey = tenant id, RowKey = `${templateId}|${version, zero-padded to 6}`, so one
 * template's versions are a RowKey range in version order, and another tenant's template id is
 * simply not found. A version is never changed once written: that is what keeps past checks'
 * statements as they ran, and why versions may be cached in the process without expiry.
 */
import { odata, type TableEntityResult } from '@azure/data-tables';
import type { TemplateDefinition } from '../contract/templates.ts';
import type { TemplateVersion } from '../domain/templates.ts';
import { summarizeDefinition, type DefinitionSummary, type TemplateVersionSummary } from '../domain/templateSummaries.ts';
import {
  compositeKey,
  ConcurrentChangeError,
  findEntity,
  fromJsonColumns,
  isStatus,
  prefixEnd,
  toJsonColumns,
  type Tables,
} from './tables.ts';

interface TemplateEntity {
  partitionKey: string;
  rowKey: string;
  templateId: string;
  version: number;
  scope: TemplateVersion['origin'];
  teamId?: string;
  updatedAt: string;
  updatedBy?: string;
  archivedAt?: string;
  /**
   * JSON of what a list shows of the version (summarizeDefinition), so that listing reads no
   * definition. Versions saved before it was written have none: listing reads their definition.
   */
  summary?: string;
  /** The definition's JSON is split over `definition0`, `definition1`, … (see toJsonColumns). */
  [definitionColumn: `definition${number}`]: string;
}

export function versionRowKey(templateId: string, version: number): string {
  return compositeKey(templateId, String(version).padStart(6, '0'));
}

/** What listing reads of a row: everything but the definition. */
const listedColumns = ['templateId', 'version', 'scope', 'teamId', 'updatedAt', 'updatedBy', 'archivedAt', 'summary'] as const;

/** Versions read lately; immutable, so a bounded map suffices (oldest evicted first). */
const cacheSize = 500;

export function templatesTable(tables: Tables) {
  const client = () => tables.get('templates');
  const cache = new Map<string, TemplateVersion>();
  const cacheKey = (tenantId: string, templateId: string, version: number) => `${tenantId}\n${versionRowKey(templateId, version)}`;
  const remember = (tenantId: string, stored: TemplateVersion) => {
    cache.set(cacheKey(tenantId, stored.id, stored.version), stored);
    if (cache.size > cacheSize) cache.delete(cache.keys().next().value!);
    return stored;
  };

  async function query(filter: string): Promise<TemplateVersion[]> {
    const versions: TemplateVersion[] = [];
    for await (const entity of (await client()).listEntities<TemplateEntity>({ queryOptions: { filter } })) {
      versions.push(fromEntity(entity));
    }
    return versions;
  }

  /** The summary of a version saved before summaries were stored: from its (cached) definition. */
  async function summaryFromDefinition(tenantId: string, row: { id: string; version: number }): Promise<DefinitionSummary> {
    const stored = await table.findVersion(tenantId, row.id, row.version);
    if (!stored) throw new Error(`Template ${row.id} version ${row.version} was listed but is not found`);
    return summarizeDefinition(stored.definition);
  }

  const table = {
    /** Writes a new version; ConcurrentChangeError when that version exists (someone saved first). */
    async insertVersion(tenantId: string, stored: TemplateVersion): Promise<void> {
      try {
        await (await client()).createEntity(toEntity(tenantId, stored));
      } catch (error) {
        if (isStatus(error, 409)) throw new ConcurrentChangeError(`Template ${stored.id} version ${stored.version} exists`);
        throw error;
      }
      remember(tenantId, stored);
    },

    async findVersion(tenantId: string, templateId: string, version: number): Promise<TemplateVersion | undefined> {
      const cached = cache.get(cacheKey(tenantId, templateId, version));
      if (cached) return cached;
      const entity = await findEntity<TemplateEntity>(await client(), tenantId, versionRowKey(templateId, version));
      return entity && remember(tenantId, fromEntity(entity));
    },

    /** The newest version of a template: the last of its RowKey range. */
    async findLatest(tenantId: string, templateId: string): Promise<TemplateVersion | undefined> {
      const prefix = `${templateId}|`;
      const versions = await query(odata`PartitionKey eq ${tenantId} and RowKey ge ${prefix} and RowKey lt ${prefixEnd(prefix)}`);
      return latestOf(versions).map((stored) => remember(tenantId, stored))[0];
    },

    /**
     * The newest version of each of the tenant's templates that is not archived, and of the
     * team's when one is given: without definitions, only what a list shows of them.
     */
    async listLatestSummaries(tenantId: string, teamId?: string): Promise<TemplateVersionSummary[]> {
      const filter =
        teamId === undefined
          ? odata`PartitionKey eq ${tenantId} and scope eq 'tenant'`
          : odata`PartitionKey eq ${tenantId} and (scope eq 'tenant' or teamId eq ${teamId})`;
      const rows: ListedRow[] = [];
      const entities = (await client()).listEntities<ListedEntity>({ queryOptions: { filter, select: [...listedColumns] } });
      for await (const entity of entities) rows.push(listedRow(entity));
      const latest = latestOf(rows).filter((row) => !row.archivedAt);
      return Promise.all(
        latest.map(async ({ summary, ...row }) => ({
          ...row,
          summary: summary === undefined ? await summaryFromDefinition(tenantId, row) : (JSON.parse(summary) as DefinitionSummary),
        })),
      );
    },

    /**
     * Archives a template by marking its latest version (the only metadata ever added to a
     * version row; its definition stays as it was), so past checks still find every version.
     */
    async archive(tenantId: string, latest: TemplateVersion, archivedAt: Date): Promise<void> {
      const entity = { partitionKey: tenantId, rowKey: versionRowKey(latest.id, latest.version), archivedAt: archivedAt.toISOString() };
      await (await client()).updateEntity(entity, 'Merge');
      remember(tenantId, { ...latest, archivedAt: entity.archivedAt });
    },

    /** Deletes every version of the team's templates; returns how many templates (not versions) went. */
    async deleteForTeam(tenantId: string, teamId: string): Promise<number> {
      const tableClient = await client();
      const versions = await query(odata`PartitionKey eq ${tenantId} and scope eq 'team' and teamId eq ${teamId}`);
      for (const stored of versions) {
        await tableClient.deleteEntity(tenantId, versionRowKey(stored.id, stored.version));
        cache.delete(cacheKey(tenantId, stored.id, stored.version));
      }
      return new Set(versions.map((stored) => stored.id)).size;
    },
  };
  return table;
}

export type TemplatesTable = ReturnType<typeof templatesTable>;

/** The newest version of each template among `versions`. */
function latestOf<T extends { id: string; version: number }>(versions: readonly T[]): T[] {
  const latest = new Map<string, T>();
  for (const stored of versions) {
    const known = latest.get(stored.id);
    if (!known || known.version < stored.version) latest.set(stored.id, stored);
  }
  return [...latest.values()];
}

function toEntity(tenantId: string, stored: TemplateVersion): TemplateEntity {
  const entity: TemplateEntity = {
    partitionKey: tenantId,
    rowKey: versionRowKey(stored.id, stored.version),
    templateId: stored.id,
    version: stored.version,
    scope: stored.origin,
    updatedAt: stored.updatedAt,
    summary: JSON.stringify(summarizeDefinition(stored.definition)),
    ...toJsonColumns('definition', stored.definition),
  };
  if (stored.teamId !== undefined) entity.teamId = stored.teamId;
  if (stored.updatedBy !== undefined) entity.updatedBy = stored.updatedBy;
  return entity;
}

function fromEntity(entity: TableEntityResult<TemplateEntity>): TemplateVersion {
  const stored: TemplateVersion = {
    id: entity.templateId,
    version: entity.version,
    origin: entity.scope,
    definition: fromJsonColumns<TemplateDefinition>('definition', entity as unknown as Record<string, unknown>),
    updatedAt: entity.updatedAt,
  };
  if (entity.teamId !== undefined) stored.teamId = entity.teamId;
  if (entity.updatedBy !== undefined) stored.updatedBy = entity.updatedBy;
  if (entity.archivedAt !== undefined) stored.archivedAt = entity.archivedAt;
  return stored;
}

/** A row as listing reads it: a selected column the row lacks comes back null (or not at all). */
type ListedEntity = { [column in (typeof listedColumns)[number]]?: string | number | null };
/** The summary stays JSON until the row turns out to be a latest version. */
type ListedRow = Omit<TemplateVersionSummary, 'summary'> & { summary?: string };

function listedRow(entity: ListedEntity): ListedRow {
  const text = (value: unknown) => (typeof value === 'string' ? value : undefined);
  const row: ListedRow = {
    id: entity.templateId as string,
    version: entity.version as number,
    origin: entity.scope as TemplateVersion['origin'],
    updatedAt: entity.updatedAt as string,
  };
  const teamId = text(entity.teamId);
  const updatedBy = text(entity.updatedBy);
  const archivedAt = text(entity.archivedAt);
  const summary = text(entity.summary);
  if (teamId !== undefined) row.teamId = teamId;
  if (updatedBy !== undefined) row.updatedBy = updatedBy;
  if (archivedAt !== undefined) row.archivedAt = archivedAt;
  if (summary !== undefined) row.summary = summary;
  return row;
}
