/**
 * Meeting checks table: which check a team's meeting started last, so that a meeting has one
 * open check however many people press Start at once. PartitionKey = tenant, RowKey = a hash
 * of team and meeting id (Teams' meeting ids are base64, with characters a RowKey may not
 * hold). The team is part of the key so that nobody outside it can hold its meeting's place.
 */
import { createHash } from 'node:crypto';
import { findEntity, replaceOrCreate, type Tables } from './tables.ts';

interface MeetingCheckEntity {
  partitionKey: string;
  rowKey: string;
  sessionId: string;
  /** When the claim was made: the check itself is stored a moment later. */
  claimedAt: string;
}

export interface MeetingClaim {
  sessionId: string;
  claimedAt: string;
  etag: string;
}

export function meetingChecksTable(tables: Tables) {
  const client = () => tables.get('meetingChecks');
  const rowKeyOf = (teamId: string, meetingId: string) => createHash('sha256').update(`${teamId}\u0000${meetingId}`).digest('hex');
  return {
    async find(tenantId: string, teamId: string, meetingId: string): Promise<MeetingClaim | undefined> {
      const entity = await findEntity<MeetingCheckEntity>(await client(), tenantId, rowKeyOf(teamId, meetingId));
      return entity && { sessionId: entity.sessionId, claimedAt: entity.claimedAt, etag: entity.etag };
    },

    /** Gives the meeting up again when the check that claimed it could not be started. */
    async release(tenantId: string, teamId: string, meetingId: string, sessionId: string): Promise<void> {
      const table = await client();
      const entity = await findEntity<MeetingCheckEntity>(table, tenantId, rowKeyOf(teamId, meetingId));
      if (entity?.sessionId !== sessionId) return;
      await table.deleteEntity(tenantId, entity.rowKey, { etag: entity.etag }).catch(() => undefined);
    },

    /** Claims the meeting for `sessionId` over the claim it was decided from; ConcurrentChangeError when someone else claimed first. */
    async claim(tenantId: string, teamId: string, meetingId: string, sessionId: string, claimedAt: Date, etag: string | undefined): Promise<void> {
      const entity: MeetingCheckEntity = { partitionKey: tenantId, rowKey: rowKeyOf(teamId, meetingId), sessionId, claimedAt: claimedAt.toISOString() };
      await replaceOrCreate(await client(), entity, etag, 'The meeting’s check');
    },
  };
}

export type MeetingChecksTable = ReturnType<typeof meetingChecksTable>;
