import { describe, expect, it } from 'vitest';
import { isOverdue, localDateInDays, localToday } from './dates.ts';

describe('due dates', () => {
  it('counts days on the local calendar, across month ends', () => {
    const now = new Date(2025, 0, 25, 23, 30);
    expect(localToday(now)).toBe('2025-01-25');
    expect(localDateInDays(14, now)).toBe('2025-02-08');
  });

  it('is overdue only after the due day', () => {
    expect(isOverdue('2025-02-07', '2025-02-08')).toBe(true);
    expect(isOverdue('2025-02-08', '2025-02-08')).toBe(false);
    expect(isOverdue('2025-02-09', '2025-02-08')).toBe(false);
  });
});
