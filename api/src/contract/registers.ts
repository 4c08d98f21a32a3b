/**
 * Living registers: the team's record built from the answers to the open questions. Four
 * registers, one per open question of the customer-obsession template. An entry never names
 * who wrote the answer it came from; its history names who changed it, as work items do.
 */
import { z } from 'zod';
import { id, isoDate, keySafeId } from './fields.ts';
import { registerKinds, registerNotesMax, registerStatuses, registerTitleMaxLength, riskSeverities } from './limits.ts';

// Plain constants live in limits.ts (no zod, so the tab can use them); exported here as ever.
export { registerKinds, registerNotesMax, registerStatuses, registerTitleMaxLength, riskSeverities };

export const registerKindSchema = z.enum(registerKinds, {
  error: `register must be one of ${registerKinds.join(', ')}`,
});
export type RegisterKind = z.infer<typeof registerKindSchema>;

export const registerStatusSchema = z.enum(registerStatuses, {
  error: `status must be one of ${registerStatuses.join(', ')}`,
});
export type RegisterStatus = z.infer<typeof registerStatusSchema>;

export const riskSeveritySchema = z.enum(riskSeverities, {
  error: `severity must be one of ${riskSeverities.join(', ')}`,
});

/** An answer merged into the entry: its text and the check it came from, never its author. */
export const registerNoteSchema = z.object({
  answerId: z.string(),
  text: z.string(),
  questionId: z.string(),
  sessionId: z.string(),
  addedAt: z.string(),
});

export const registerChangeKinds = ['created', 'merged', 'status', 'reviewed', 'edited'] as const;

export const registerChangeSchema = z.object({
  at: z.string(),
  /** Display name of the person who made the change. */
  by: z.string(),
  kind: z.enum(registerChangeKinds),
  /** For status changes and reviews: the status before and after. */
  from: registerStatusSchema.optional(),
  to: registerStatusSchema.optional(),
  /** The check the change was made in, if any. */
  sessionId: z.string().optional(),
  /** For edits: the fields that changed, e.g. ["owner", "severity"]. */
  fields: z.array(z.string()).optional(),
});
export type RegisterChangeDto = z.infer<typeof registerChangeSchema>;

export const registerEntrySchema = z.object({
  id: z.string(),
  teamId: z.string(),
  register: registerKindSchema,
  /** The channel, decision, topic or risk, in a line. */
  title: z.string(),
  /** customer-channels only. */
  customer: z.string().optional(),
  lastContactDate: z.string().optional(),
  /** trust-risks only. */
  severity: riskSeveritySchema.optional(),
  owner: z.string().optional(),
  status: registerStatusSchema,
  notes: z.array(registerNoteSchema),
  sourceSessionId: z.string(),
  createdAt: z.string(),
  updatedAt: z.string(),
  /** The last check whose opening review looked at this entry. */
  lastReviewedSessionId: z.string().optional(),
  history: z.array(registerChangeSchema),
});
export type RegisterEntryDto = z.infer<typeof registerEntrySchema>;

const entryDetails = {
  owner: id('owner', 200).optional(),
  customer: id('customer', 200).optional(),
  lastContactDate: isoDate('lastContactDate').optional(),
  severity: riskSeveritySchema.optional(),
};

/** Fields that only one register has; anywhere else they are a 400 naming the field. */
export const registerOnlyFields = {
  customer: 'customer-channels',
  lastContactDate: 'customer-channels',
  severity: 'trust-risks',
} as const satisfies Record<string, RegisterKind>;

/** Turns an answer of the check into a new entry (facilitator, after reveal). */
export const createRegisterEntryRequestSchema = z.object({
  answerId: z.uuid('answerId must be the id of an answer in this check'),
  register: registerKindSchema,
  /** Defaults to the answer's text. */
  title: id('title', registerTitleMaxLength).optional(),
  ...entryDetails,
});
export type CreateRegisterEntryRequest = z.infer<typeof createRegisterEntryRequestSchema>;

/** Adds an answer of the check to an existing entry as a note; merging the same answer twice is one note. */
export const mergeRegisterEntryRequestSchema = z.object({
  answerId: z.uuid('answerId must be the id of an answer in this check'),
});
export type MergeRegisterEntryRequest = z.infer<typeof mergeRegisterEntryRequestSchema>;

/** The opening review of a check: the facilitator goes through the open entries. */
export const registerReviewOutcomes = ['still-open', 'done', 'dropped'] as const;
export const registerReviewRequestSchema = z.object({
  outcome: z.enum(registerReviewOutcomes, { error: `outcome must be one of ${registerReviewOutcomes.join(', ')}` }),
});
export type RegisterReviewRequest = z.infer<typeof registerReviewRequestSchema>;

/** Any member of the team may update an entry from the channel tab; at least one field. */
export const updateRegisterEntryRequestSchema = z
  .object({
    status: registerStatusSchema.optional(),
    title: id('title', registerTitleMaxLength).optional(),
    /** null clears the owner. */
    owner: id('owner', 200).nullable().optional(),
    customer: id('customer', 200).optional(),
    lastContactDate: isoDate('lastContactDate').optional(),
    severity: riskSeveritySchema.optional(),
  })
  .refine((body) => Object.values(body).some((value) => value !== undefined), 'Send at least one field to change');
export type UpdateRegisterEntryRequest = z.infer<typeof updateRegisterEntryRequestSchema>;

export const registerEntryParamsSchema = z.object({
  teamId: keySafeId('teamId', 256),
  entryId: z.uuid('entryId must be a register entry id'),
});
export const sessionRegisterEntryParamsSchema = z.object({
  sessionId: z.uuid('sessionId must be a session id'),
  entryId: z.uuid('entryId must be a register entry id'),
});

export const listRegisterQuerySchema = z.object({
  register: registerKindSchema.optional(),
  /** `active` = open or in progress. */
  status: z.enum([...registerStatuses, 'active'], { error: 'status must be a register status or active' }).optional(),
});

export const registerListResponseSchema = z.object({ entries: z.array(registerEntrySchema) });
export type RegisterListResponse = z.infer<typeof registerListResponseSchema>;
