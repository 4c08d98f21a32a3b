/**
 * Sessions table. PartitionKey = tenant id, RowKey = session id: every read starts from the
 * caller's tenant, so one tenant can never address another's session. A session row changes
 * only on create and close; votes never touch it, so it is no hot spot during a burst.
 */
import { odata, type TableEntityResult } from '@azure/data-tables';
import type { Session, SessionState } from '../domain/session.ts';
import { ConcurrentChangeError, findEntity, isStatus, type Tables } from './tables.ts';

interface SessionEntity {
  partitionKey: string;
  rowKey: string;
  teamId: string;
  teamName?: string;
  title: string;
  meetingId?: string;
  occurrenceStart?: string;
  templateId: string;
  /** Absent in rows written before templates had versions: those ran version 1. */
  templateVersion?: number;
  state: SessionState;
  facilitatorKey: string;
  facilitatorName?: string;
  createdAt: string;
  revealedAt?: string;
  closedAt?: string;
  // Tables hold flat properties only: the timer and hand-over offer are spread out.
  timerEndsAt?: string;
  timerDurationSeconds?: number;
  handoverToKey?: string;
  handoverToName?: string;
}

export interface StoredSession {
  session: Session;
  /** Table ETag, for optimistic concurrency on state changes. */
  etag: string;
}

export function sessionsTable(tables: Tables) {
  const client = () => tables.get('sessions');

  async function query(filter: string): Promise<Session[]> {
    const sessions: Session[] = [];
    for await (const entity of (await client()).listEntities<SessionEntity>({ queryOptions: { filter } })) {
      sessions.push(fromEntity(entity));
    }
    return sessions.sort((a, b) => b.createdAt.localeCompare(a.createdAt));
  }

  return {
    async insert(session: Session): Promise<void> {
      await (await client()).createEntity(toEntity(session));
    },

    async find(tenantId: string, sessionId: string): Promise<StoredSession | undefined> {
      const entity = await findEntity<SessionEntity>(await client(), tenantId, sessionId);
      return entity && { session: fromEntity(entity), etag: entity.etag };
    },

    /** Replaces the session only if nobody changed it since it was read. */
    async replace(session: Session, etag: string): Promise<void> {
      try {
        await (await client()).updateEntity(toEntity(session), 'Replace', { etag });
      } catch (error) {
        if (isStatus(error, 412)) throw new ConcurrentChangeError(`Session ${session.id} changed meanwhile`);
        throw error;
      }
    },

    async delete(tenantId: string, sessionId: string): Promise<void> {
      try {
        await (await client()).deleteEntity(tenantId, sessionId);
      } catch (error) {
        if (!isStatus(error, 404)) throw error;
      }
    },

    /** Every check of the tenant, for erasing one person's ratings wherever they are. */
    async listForTenant(tenantId: string): Promise<Session[]> {
      return query(odata`PartitionKey eq ${tenantId}`);
    },

    async listForTeam(tenantId: string, teamId: string): Promise<Session[]> {
      return query(odata`PartitionKey eq ${tenantId} and teamId eq ${teamId}`);
    },

    async listForMeeting(tenantId: string, meetingId: string): Promise<Session[]> {
      return query(odata`PartitionKey eq ${tenantId} and meetingId eq ${meetingId}`);
    },
  };
}

export type SessionsTable = ReturnType<typeof sessionsTable>;

function toEntity(session: Session): SessionEntity {
  const { id, tenantId, timer, handover, ...rest } = session;
  return withoutUndefined({
    partitionKey: tenantId,
    rowKey: id,
    ...rest,
    timerEndsAt: timer?.endsAt,
    timerDurationSeconds: timer?.durationSeconds,
    handoverToKey: handover?.toParticipantKey,
    handoverToName: handover?.toName,
  });
}

function fromEntity(entity: TableEntityResult<SessionEntity>): Session {
  return withoutUndefined({
    id: entity.rowKey,
    tenantId: entity.partitionKey,
    teamId: entity.teamId,
    teamName: entity.teamName,
    title: entity.title,
    meetingId: entity.meetingId,
    occurrenceStart: entity.occurrenceStart,
    templateId: entity.templateId,
    templateVersion: entity.templateVersion ?? 1,
    state: entity.state,
    facilitatorKey: entity.facilitatorKey,
    facilitatorName: entity.facilitatorName,
    createdAt: entity.createdAt,
    revealedAt: entity.revealedAt,
    closedAt: entity.closedAt,
    timer:
      entity.timerEndsAt && entity.timerDurationSeconds
        ? { endsAt: entity.timerEndsAt, durationSeconds: entity.timerDurationSeconds }
        : undefined,
    handover:
      entity.handoverToKey && entity.handoverToName
        ? { toParticipantKey: entity.handoverToKey, toName: entity.handoverToName }
        : undefined,
  });
}

/** Table Storage rejects undefined properties, and absent ones read back as undefined anyway. */
export function withoutUndefined<T extends object>(value: T): T {
  return Object.fromEntries(Object.entries(value).filter(([, v]) => v !== undefined)) as T;
}
