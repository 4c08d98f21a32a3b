/**
 * Actions table: answers the facilitator turned into actions, kept per team so the team's
 * next check starts by reviewing them. PartitionKey = tenant|team, RowKey = action id.
 */
import { odata } from '@azure/data-tables';
import { compositeKey, deleteRows, findEntity, type Tables } from './tables.ts';

export type ActionStatus = 'open' | 'done';

export interface Action {
  id: string;
  teamId: string;
  text: string;
  questionId: string;
  owner: string;
  dueDate: string;
  status: ActionStatus;
  sourceSessionId: string;
  /** The answer the action came from, so a panel can mark that answer. */
  sourceAnswerId: string;
  createdAt: string;
  updatedAt: string;
}

type ActionEntity = Omit<Action, 'id'> & { partitionKey: string; rowKey: string };

export function actionsTable(tables: Tables) {
  const client = () => tables.get('actions');

  return {
    async insert(tenantId: string, action: Action): Promise<void> {
      const { id, ...rest } = action;
      await (await client()).createEntity<ActionEntity>({ partitionKey: compositeKey(tenantId, action.teamId), rowKey: id, ...rest });
    },

    async find(tenantId: string, teamId: string, actionId: string): Promise<Action | undefined> {
      const entity = await findEntity<ActionEntity>(await client(), compositeKey(tenantId, teamId), actionId);
      return entity && fromEntity(entity);
    },

    async replace(tenantId: string, action: Action): Promise<void> {
      const { id, ...rest } = action;
      await (await client()).updateEntity<ActionEntity>(
        { partitionKey: compositeKey(tenantId, action.teamId), rowKey: id, ...rest },
        'Replace',
      );
    },

    async deleteForTeam(tenantId: string, teamId: string): Promise<number> {
      return deleteRows(await client(), compositeKey(tenantId, teamId));
    },

    async listForTeam(tenantId: string, teamId: string, status?: ActionStatus): Promise<Action[]> {
      const partition = compositeKey(tenantId, teamId);
      const filter = status
        ? odata`PartitionKey eq ${partition} and status eq ${status}`
        : odata`PartitionKey eq ${partition}`;
      const actions: Action[] = [];
      for await (const entity of (await client()).listEntities<ActionEntity>({ queryOptions: { filter } })) {
        actions.push(fromEntity(entity));
      }
      return actions.sort((a, b) => a.dueDate.localeCompare(b.dueDate) || a.createdAt.localeCompare(b.createdAt));
    },
  };
}

export type ActionsTable = ReturnType<typeof actionsTable>;

function fromEntity(entity: ActionEntity): Action {
  return {
    id: entity.rowKey,
    teamId: entity.teamId,
    text: entity.text,
    questionId: entity.questionId,
    owner: entity.owner,
    dueDate: entity.dueDate,
    status: entity.status,
    sourceSessionId: entity.sourceSessionId,
    sourceAnswerId: entity.sourceAnswerId,
    createdAt: entity.createdAt,
    updatedAt: entity.updatedAt,
  };
}
