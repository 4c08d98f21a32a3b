/**
 * Team settings table: whether a team shares its aggregate scores with the tenant's leadership
 * view, and the organisational unit an admin gave it (for grouping that view). PartitionKey =
 * tenant, RowKey = team id. Nothing is shared until a team opts in.
 */
import { odata } from '@azure/data-tables';
import { findEntity, isStatus, type Tables } from './tables.ts';

export interface TeamSettings {
  teamId: string;
  teamName?: string;
  shared: boolean;
  /** The organisational unit an admin tagged the team with (PUT /api/teams/{teamId}/unit). */
  unit?: string;
  updatedAt: string;
}

interface TeamSettingsEntity {
  partitionKey: string;
  rowKey: string;
  teamName?: string;
  shared: boolean;
  unit?: string;
  updatedAt: string;
}

export function teamSettingsTable(tables: Tables) {
  const client = () => tables.get('teamSettings');

  return {
    async find(tenantId: string, teamId: string): Promise<TeamSettings | undefined> {
      const entity = await findEntity<TeamSettingsEntity>(await client(), tenantId, teamId);
      return entity && fromEntity(entity);
    },

    async upsert(tenantId: string, settings: TeamSettings): Promise<void> {
      const entity: TeamSettingsEntity = {
        partitionKey: tenantId,
        rowKey: settings.teamId,
        shared: settings.shared,
        updatedAt: settings.updatedAt,
        ...(settings.teamName ? { teamName: settings.teamName } : {}),
        ...(settings.unit ? { unit: settings.unit } : {}),
      };
      await (await client()).upsertEntity(entity, 'Replace');
    },

    async delete(tenantId: string, teamId: string): Promise<void> {
      try {
        await (await client()).deleteEntity(tenantId, teamId);
      } catch (error) {
        if (!isStatus(error, 404)) throw error;
      }
    },

    /** The ids of the teams that share, and nothing else of their rows: a small read however many. */
    async listSharedIds(tenantId: string): Promise<string[]> {
      const ids: string[] = [];
      const pages = (await client())
        .listEntities<{ rowKey: string }>({ queryOptions: { filter: odata`PartitionKey eq ${tenantId} and shared eq true`, select: ['RowKey'] } })
        .byPage({ maxPageSize: 1000 });
      for await (const page of pages) for (const entity of page) ids.push(entity.rowKey);
      return ids;
    },

    async listShared(tenantId: string): Promise<TeamSettings[]> {
      const teams: TeamSettings[] = [];
      const entities = (await client()).listEntities<TeamSettingsEntity>({
        queryOptions: { filter: odata`PartitionKey eq ${tenantId} and shared eq true` },
      });
      for await (const entity of entities) teams.push(fromEntity(entity));
      return teams;
    },
  };
}

export type TeamSettingsTable = ReturnType<typeof teamSettingsTable>;

function fromEntity(entity: TeamSettingsEntity): TeamSettings {
  return { teamId: entity.rowKey, teamName: entity.teamName, shared: entity.shared, unit: entity.unit, updatedAt: entity.updatedAt };
}
