/**
 * Living registers: per team, one register per open question (customer channels, decisions to
 * revisit, unclear customer benefit, risks to customer trust). The facilitator turns answers
 * into entries or merges them into existing ones; anyone of the team updates them; the team's
 * next check opens by reviewing the active ones. Plain rules, no storage: each change is a
 * function from an entry to a new entry or a rule violation.
 *
 * Anonymity: a note keeps an answer's text and the check it came from, never its author (answers
 * have none). The history names who changed the entry, as work items do.
 *
 * The entry is exactly what the contract sends, so its types and field rules come from there.
 */
import {
  registerNotesMax,
  registerOnlyFields,
  type RegisterChangeDto,
  type RegisterEntryDto,
  type RegisterKind,
  type RegisterReviewRequest,
  type RegisterStatus,
  type UpdateRegisterEntryRequest,
} from '../contract/registers.ts';

export type RegisterEntry = RegisterEntryDto;
export type RegisterChange = RegisterChangeDto;

/**
 * Only the newest changes are kept: with the notes, the row must stay within Table Storage's
 * 1 MiB per entity (storage splits long JSON over several 64 KiB columns).
 */
export const registerHistoryMax = 200;

type RegisterOnlyField = keyof typeof registerOnlyFields;

export type RegisterRuleViolation =
  | { kind: 'field-not-in-register'; field: RegisterOnlyField; register: RegisterKind }
  | { kind: 'notes-full' }
  | { kind: 'not-active' }
  | { kind: 'made-in-this-check' }
  | { kind: 'already-reviewed' };

export type RegisterEntryChange = { entry: RegisterEntry } | { violation: RegisterRuleViolation };

/** An answer of a check, as an entry may keep it: no author, because answers have none. */
export interface AnswerOfCheck {
  id: string;
  questionId: string;
  text: string;
  sessionId: string;
}

/** Who changes an entry (display name), when, and in which check if any. */
export interface ChangeContext {
  by: string;
  at: Date;
  sessionId?: string;
}

type EntryDetails = Pick<RegisterEntry, 'customer' | 'lastContactDate' | 'severity' | 'owner'>;

export interface NewEntryFromAnswer extends EntryDetails {
  id: string;
  teamId: string;
  register: RegisterKind;
  /** Defaults to the answer's text. */
  title?: string;
}

const activeStatuses: readonly RegisterStatus[] = ['open', 'in-progress'];

export function isActive(entry: Pick<RegisterEntry, 'status'>): boolean {
  return activeStatuses.includes(entry.status);
}

/** The first field given that belongs to another register, as a violation. */
export function fieldOutsideRegister(register: RegisterKind, details: Partial<Record<RegisterOnlyField, unknown>>): RegisterRuleViolation | null {
  for (const field of Object.keys(registerOnlyFields) as RegisterOnlyField[]) {
    if (details[field] !== undefined && registerOnlyFields[field] !== register) {
      return { kind: 'field-not-in-register', field, register: registerOnlyFields[field] };
    }
  }
  return null;
}

export function createEntryFromAnswer(input: NewEntryFromAnswer, answer: AnswerOfCheck, context: ChangeContext): RegisterEntryChange {
  const violation = fieldOutsideRegister(input.register, input);
  if (violation) return { violation };
  const at = context.at.toISOString();
  const entry: RegisterEntry = withoutUndefined({
    id: input.id,
    teamId: input.teamId,
    register: input.register,
    title: input.title ?? answer.text,
    customer: input.customer,
    lastContactDate: input.lastContactDate,
    severity: input.severity,
    owner: input.owner,
    status: 'open',
    notes: [noteOf(answer, at)],
    sourceSessionId: answer.sessionId,
    createdAt: at,
    updatedAt: at,
    history: [changeOf(context, { kind: 'created' })],
  });
  return { entry };
}

/** Adds the answer as a note; an answer already in the entry changes nothing. */
export function mergeAnswer(entry: RegisterEntry, answer: AnswerOfCheck, context: ChangeContext): RegisterEntryChange {
  if (entry.notes.some((note) => note.answerId === answer.id && note.sessionId === answer.sessionId)) return { entry };
  if (entry.notes.length >= registerNotesMax) return { violation: { kind: 'notes-full' } };
  const at = context.at.toISOString();
  return {
    entry: withChange({ ...entry, notes: [...entry.notes, noteOf(answer, at)] }, changeOf(context, { kind: 'merged' })),
  };
}

/** The entries a check reviews before voting: active ones from earlier checks, not yet reviewed in it. */
export function entriesToReview(entries: RegisterEntry[], sessionId: string): RegisterEntry[] {
  return entries.filter((entry) => reviewViolation(entry, sessionId) === null);
}

function reviewViolation(entry: RegisterEntry, sessionId: string): RegisterRuleViolation | null {
  if (!isActive(entry)) return { kind: 'not-active' };
  if (entry.sourceSessionId === sessionId) return { kind: 'made-in-this-check' };
  if (entry.lastReviewedSessionId === sessionId) return { kind: 'already-reviewed' };
  return null;
}

/** The review in a check's opening: done or dropped close the entry, still-open keeps its status. */
export function reviewEntry(
  entry: RegisterEntry,
  outcome: RegisterReviewRequest['outcome'],
  context: ChangeContext & { sessionId: string },
): RegisterEntryChange {
  const violation = reviewViolation(entry, context.sessionId);
  if (violation) return { violation };
  const to: RegisterStatus = outcome === 'still-open' ? entry.status : outcome;
  return {
    entry: withChange(
      { ...entry, status: to, lastReviewedSessionId: context.sessionId },
      changeOf(context, { kind: 'reviewed', from: entry.status, to }),
    ),
  };
}

export type RegisterEntryUpdate = UpdateRegisterEntryRequest;

const editableFields = ['title', 'owner', 'customer', 'lastContactDate', 'severity'] as const;

/**
 * An update from the channel tab: a status change is recorded with from/to, other changed
 * fields as one edit naming them. Values equal to the stored ones change nothing.
 */
export function updateEntry(entry: RegisterEntry, update: RegisterEntryUpdate, context: ChangeContext): RegisterEntryChange {
  const violation = fieldOutsideRegister(entry.register, update);
  if (violation) return { violation };
  let next: RegisterEntry = entry;
  const edited = editableFields.filter((field) => update[field] !== undefined && (update[field] ?? undefined) !== entry[field]);
  if (edited.length > 0) {
    const values = Object.fromEntries(edited.map((field) => [field, update[field] ?? undefined]));
    next = withChange(withoutUndefined({ ...next, ...values }), changeOf(context, { kind: 'edited', fields: [...edited] }));
  }
  if (update.status !== undefined && update.status !== entry.status) {
    next = withChange({ ...next, status: update.status }, changeOf(context, { kind: 'status', from: entry.status, to: update.status }));
  }
  return { entry: next };
}

function noteOf(answer: AnswerOfCheck, at: string): RegisterEntry['notes'][number] {
  return { answerId: answer.id, text: answer.text, questionId: answer.questionId, sessionId: answer.sessionId, addedAt: at };
}

function changeOf(context: ChangeContext, change: Omit<RegisterChange, 'at' | 'by' | 'sessionId'>): RegisterChange {
  return withoutUndefined({ at: context.at.toISOString(), by: context.by, sessionId: context.sessionId, ...change });
}

/** Appends the change, keeps the newest registerHistoryMax, and stamps updatedAt. */
function withChange(entry: RegisterEntry, change: RegisterChange): RegisterEntry {
  return { ...entry, updatedAt: change.at, history: [...entry.history, change].slice(-registerHistoryMax) };
}

/** Optional fields are absent rather than undefined, so a cleared owner disappears from the row. */
function withoutUndefined<T extends object>(value: T): T {
  return Object.fromEntries(Object.entries(value).filter(([, field]) => field !== undefined)) as T;
}
