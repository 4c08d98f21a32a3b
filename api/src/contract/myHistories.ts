/**
 * The personal app's list of histories: the teams and meeting chats the caller belongs to (as
 * Microsoft Graph says, asked on their behalf) that have at least one check, newest first.
 */
import { z } from 'zod';

/** At most this many histories are sent: the ones whose latest check is newest. */
export const myHistoriesMax = 50;

export const myHistoryKindSchema = z.enum(['team', 'meetingChat']);
export type MyHistoryKind = z.infer<typeof myHistoryKindSchema>;

export const myHistorySchema = z.object({
  /** What GET /api/teams/{teamId}/scores takes: a team's Microsoft 365 group id or a meeting chat's id. */
  teamId: z.string(),
  kind: myHistoryKindSchema,
  /** The team's display name or the meeting's topic, as Graph has it; absent where Graph has none. */
  name: z.string().optional(),
  /** When the newest check of the team or chat started (ISO). */
  latestCheckAt: z.string(),
});
export type MyHistory = z.infer<typeof myHistorySchema>;

export const myHistoriesResponseSchema = z.object({
  histories: z.array(myHistorySchema),
  /**
   * True when the list may be incomplete: more than `myHistoriesMax` had checks, or the caller
   * is in more teams and meeting chats than one request reads (see functions/myHistories.ts).
   */
  truncated: z.boolean(),
});
export type MyHistoriesResponse = z.infer<typeof myHistoriesResponseSchema>;
