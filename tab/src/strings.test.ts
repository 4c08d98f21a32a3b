import { describe, expect, it } from 'vitest';
import { strings } from './strings.ts';

describe('strings that count', () => {
  it('agree with the number of people who rated', () => {
    expect(strings.results.participation(1, 3)).toBe('1 of 3 has rated');
    expect(strings.results.participation(2, 3)).toBe('2 of 3 have rated');
    expect(strings.results.participation(0, 3)).toBe('0 of 3 have rated');
    expect(strings.results.statementVoters(1)).toBe('1 rating');
    expect(strings.results.statementVoters(4)).toBe('4 ratings');
    expect(strings.results.answerCount(1)).toBe('1 answer so far');
  });

  it('formats due dates as calendar days, whatever the time zone', () => {
    expect(strings.openActions.due('2025-03-01')).toBe('Due Mar 1, 2025');
  });
});
