import { describe, expect, it } from 'vitest';
import { formattersFor } from './format.ts';

describe('formatted changes of score', () => {
  it('carry their sign, as a trend says "+19.7" or "-8.2"', () => {
    const en = formattersFor('en-US');
    expect(en.change(19.7)).toBe('+19.7');
    expect(en.change(-8.24)).toBe('-8.2');
    expect(en.change(0)).toBe('0');
    // Swedish writes a decimal comma and a true minus sign.
    expect(formattersFor('sv-SE').change(-8.2)).toBe('−8,2');
  });
});

describe('formatted months', () => {
  it('name the calendar month in UTC, whatever the time zone', () => {
    expect(formattersFor('en-US').month('2026-11')).toBe('Nov 2026');
    expect(formattersFor('en-US').month('2026-01')).toBe('Jan 2026');
    expect(formattersFor('en-US').month('not a month')).toBe('not a month');
  });
});
