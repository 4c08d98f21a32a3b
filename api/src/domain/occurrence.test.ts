import { describe, expect, it } from 'vitest';
import { isSameOccurrence, occurrenceWindowMs } from './occurrence.ts';

const now = new Date('2026-12-03T09:20:00.000Z');

describe('which occurrence of a meeting a check belongs to', () => {
  it('compares scheduled starts as instants when both are known', () => {
    const check = { occurrenceStart: '2026-12-03T09:00:00.000Z', createdAt: '2026-12-03T09:05:00.000Z' };
    expect(isSameOccurrence(check, { scheduledStart: '2026-12-03T10:00:00+01:00' }, now)).toBe(true);
    expect(isSameOccurrence(check, { scheduledStart: '2026-12-10T09:00:00.000Z' }, now)).toBe(false);
  });

  it('tells last week’s check from today’s by its start even if it was started minutes ago', () => {
    // The organizer opened last week's occurrence from the calendar by mistake, a minute ago.
    const check = { occurrenceStart: '2026-11-26T09:00:00.000Z', createdAt: '2026-12-03T09:19:00.000Z' };
    expect(isSameOccurrence(check, { scheduledStart: '2026-12-03T09:00:00.000Z' }, now)).toBe(false);
  });

  it('places a check by its age where Teams named no occurrence', () => {
    const recent = { createdAt: new Date(now.getTime() - occurrenceWindowMs).toISOString() };
    const older = { createdAt: new Date(now.getTime() - occurrenceWindowMs - 1).toISOString() };
    expect(isSameOccurrence(recent, {}, now)).toBe(true);
    expect(isSameOccurrence(older, {}, now)).toBe(false);
    // Either side unknown: by age too.
    expect(isSameOccurrence({ ...older, occurrenceStart: '2026-12-03T09:00:00.000Z' }, {}, now)).toBe(false);
    expect(isSameOccurrence(recent, { scheduledStart: '2026-12-03T09:00:00.000Z' }, now)).toBe(true);
  });
});
