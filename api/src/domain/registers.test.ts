import { describe, expect, it } from 'vitest';
import { registerNotesMax } from '../contract/registers.ts';
import {
  createEntryFromAnswer,
  entriesToReview,
  fieldOutsideRegister,
  mergeAnswer,
  registerHistoryMax,
  reviewEntry,
  updateEntry,
  type AnswerOfCheck,
  type RegisterEntry,
  type RegisterEntryChange,
} from './registers.ts';

const at = new Date('2026-11-23T10:00:00Z');
const later = new Date('2026-11-30T10:00:00Z');
const answer: AnswerOfCheck = { id: 'answer-1', questionId: 'trust-risks', text: 'Outage notices come late', sessionId: 'check-1' };

function entryOf(change: RegisterEntryChange): RegisterEntry {
  if ('violation' in change) throw new Error(`unexpected violation ${change.violation.kind}`);
  return change.entry;
}

function newEntry(overrides: Partial<Parameters<typeof createEntryFromAnswer>[0]> = {}): RegisterEntry {
  return entryOf(
    createEntryFromAnswer({ id: 'entry-1', teamId: 'team-1', register: 'trust-risks', ...overrides }, answer, { by: 'Ava', at, sessionId: 'check-1' }),
  );
}

describe('creating an entry from an answer', () => {
  it('takes the answer as title and first note, and records who created it', () => {
    const entry = newEntry({ severity: 'high' });
    expect(entry).toEqual({
      id: 'entry-1',
      teamId: 'team-1',
      register: 'trust-risks',
      title: 'Outage notices come late',
      severity: 'high',
      status: 'open',
      notes: [{ answerId: 'answer-1', text: 'Outage notices come late', questionId: 'trust-risks', sessionId: 'check-1', addedAt: at.toISOString() }],
      sourceSessionId: 'check-1',
      createdAt: at.toISOString(),
      updatedAt: at.toISOString(),
      history: [{ at: at.toISOString(), by: 'Ava', kind: 'created', sessionId: 'check-1' }],
    });
  });

  it('keeps a title of its own', () => {
    expect(newEntry({ title: 'Late outage notices' }).title).toBe('Late outage notices');
  });

  it.each([
    ['severity', 'customer-channels', { severity: 'low' }],
    ['customer', 'trust-risks', { customer: 'Contoso' }],
    ['lastContactDate', 'unclear-benefit', { lastContactDate: '2026-11-01' }],
  ] as const)('refuses %s on the %s register', (field, register, details) => {
    const change = createEntryFromAnswer({ id: 'e', teamId: 't', register, ...details }, answer, { by: 'Ava', at });
    expect(change).toEqual({ violation: { kind: 'field-not-in-register', field, register: expect.any(String) } });
  });

  it('accepts the customer-channels fields on that register', () => {
    expect(fieldOutsideRegister('customer-channels', { customer: 'Contoso', lastContactDate: '2026-11-01' })).toBeNull();
  });
});

describe('merging an answer', () => {
  const other: AnswerOfCheck = { ...answer, id: 'answer-2', text: 'Status page is stale' };

  it('adds a note and a merged change', () => {
    const merged = entryOf(mergeAnswer(newEntry(), other, { by: 'Ben', at: later, sessionId: 'check-1' }));
    expect(merged.notes.map((note) => note.text)).toEqual(['Outage notices come late', 'Status page is stale']);
    expect(merged.history.at(-1)).toEqual({ at: later.toISOString(), by: 'Ben', kind: 'merged', sessionId: 'check-1' });
    expect(merged.updatedAt).toBe(later.toISOString());
  });

  it('changes nothing for an answer the entry already holds', () => {
    const entry = newEntry();
    expect(entryOf(mergeAnswer(entry, answer, { by: 'Ben', at: later }))).toBe(entry);
  });

  it(`refuses a note beyond ${registerNotesMax}`, () => {
    let entry = newEntry();
    for (let index = 1; index < registerNotesMax; index += 1) {
      entry = entryOf(mergeAnswer(entry, { ...answer, id: `answer-${index + 1}` }, { by: 'Ava', at }));
    }
    expect(entry.notes).toHaveLength(registerNotesMax);
    expect(mergeAnswer(entry, { ...answer, id: 'one-too-many' }, { by: 'Ava', at })).toEqual({ violation: { kind: 'notes-full' } });
  });
});

describe('the review at the opening of a check', () => {
  it('covers active entries of earlier checks that this check has not reviewed yet', () => {
    const open = newEntry({ id: 'open' });
    const inProgress = { ...newEntry({ id: 'in-progress' }), status: 'in-progress' as const };
    const done = { ...newEntry({ id: 'done' }), status: 'done' as const };
    const dropped = { ...newEntry({ id: 'dropped' }), status: 'dropped' as const };
    const madeNow = { ...newEntry({ id: 'made-now' }), sourceSessionId: 'check-2' };
    const reviewed = { ...newEntry({ id: 'reviewed' }), lastReviewedSessionId: 'check-2' };
    const reviewedEarlier = { ...newEntry({ id: 'reviewed-earlier' }), lastReviewedSessionId: 'check-0' };
    const ids = entriesToReview([open, inProgress, done, dropped, madeNow, reviewed, reviewedEarlier], 'check-2').map((e) => e.id);
    expect(ids).toEqual(['open', 'in-progress', 'reviewed-earlier']);
  });

  it.each([
    ['done', 'done'],
    ['dropped', 'dropped'],
    ['still-open', 'in-progress'],
  ] as const)('%s sets the status to %s and records the review', (outcome, status) => {
    const entry = { ...newEntry(), status: 'in-progress' as const };
    const reviewed = entryOf(reviewEntry(entry, outcome, { by: 'Chen', at: later, sessionId: 'check-2' }));
    expect(reviewed.status).toBe(status);
    expect(reviewed.lastReviewedSessionId).toBe('check-2');
    expect(reviewed.history.at(-1)).toEqual({ at: later.toISOString(), by: 'Chen', kind: 'reviewed', from: 'in-progress', to: status, sessionId: 'check-2' });
    expect(entriesToReview([reviewed], 'check-2')).toEqual([]);
  });

  it('refuses entries it does not review', () => {
    const context = { by: 'Chen', at: later, sessionId: 'check-2' };
    expect(reviewEntry({ ...newEntry(), status: 'done' }, 'still-open', context)).toEqual({ violation: { kind: 'not-active' } });
    expect(reviewEntry(newEntry(), 'done', { ...context, sessionId: 'check-1' })).toEqual({ violation: { kind: 'made-in-this-check' } });
    const once = entryOf(reviewEntry(newEntry(), 'still-open', context));
    expect(reviewEntry(once, 'done', context)).toEqual({ violation: { kind: 'already-reviewed' } });
  });
});

describe('updating an entry', () => {
  it('records a status change with from and to, and edits with the fields that changed', () => {
    const entry = newEntry({ owner: 'Ben' });
    const updated = entryOf(updateEntry(entry, { status: 'in-progress', owner: 'Dana', severity: 'medium', title: entry.title }, { by: 'Ben', at: later }));
    expect(updated).toMatchObject({ status: 'in-progress', owner: 'Dana', severity: 'medium', updatedAt: later.toISOString() });
    expect(updated.history.slice(1)).toEqual([
      { at: later.toISOString(), by: 'Ben', kind: 'edited', fields: ['owner', 'severity'] },
      { at: later.toISOString(), by: 'Ben', kind: 'status', from: 'open', to: 'in-progress' },
    ]);
  });

  it('clears the owner with null', () => {
    const updated = entryOf(updateEntry(newEntry({ owner: 'Ben' }), { owner: null }, { by: 'Ben', at: later }));
    expect('owner' in updated).toBe(false);
    expect(updated.history.at(-1)).toMatchObject({ kind: 'edited', fields: ['owner'] });
  });

  it('changes nothing when every value is the stored one', () => {
    const entry = newEntry({ owner: 'Ben' });
    expect(entryOf(updateEntry(entry, { status: 'open', owner: 'Ben' }, { by: 'Ben', at: later }))).toBe(entry);
  });

  it('refuses a field of another register, naming it', () => {
    expect(updateEntry(newEntry(), { customer: 'Contoso' }, { by: 'Ben', at: later })).toEqual({
      violation: { kind: 'field-not-in-register', field: 'customer', register: 'customer-channels' },
    });
  });

  it(`keeps only the newest ${registerHistoryMax} changes`, () => {
    let entry = newEntry();
    for (let index = 0; index < registerHistoryMax + 10; index += 1) {
      entry = entryOf(updateEntry(entry, { status: index % 2 === 0 ? 'in-progress' : 'open' }, { by: `Person ${index}`, at: later }));
    }
    expect(entry.history).toHaveLength(registerHistoryMax);
    expect(entry.history.at(-1)?.by).toBe(`Person ${registerHistoryMax + 9}`);
    expect(entry.history[0]?.kind).toBe('status');
  });
});
