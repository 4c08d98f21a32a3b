import { describe, expect, it } from 'vitest';
import type { CheckSummary, StatementSummary } from './history.ts';
import { windowTrendsOf } from './windowTrends.ts';

/** A closed weekly check from Monday 14 September 2026 (week 0), newest-first lists are built below. */
function check(week: number, statements: Record<string, number | null>, overall?: number, templateId = 'customer-obsession'): CheckSummary {
  const shown = Object.values(statements).filter((score): score is number => score !== null);
  const score = overall ?? (shown.length ? shown.reduce((a, b) => a + b, 0) / shown.length : null);
  const rows: StatementSummary[] = Object.entries(statements).map(([id, value]) => ({
    id,
    pillarId: 'pillar',
    voters: value === null ? 2 : 6,
    score: value,
    interval: value === null ? null : { low: value - 6, high: value + 6 },
    distribution: value === null ? null : [0, 1, 2, 2, 1],
  }));
  return {
    sessionId: `s${week}`,
    title: `Week ${week}`,
    templateId,
    templateVersion: 1,
    state: 'closed',
    createdAt: new Date(Date.UTC(2026, 8, 14 + 7 * week, 9, 30)).toISOString(),
    participants: 7,
    voters: 6,
    overall: score,
    overallInterval: score === null ? null : { low: score - 4, high: score + 4 },
    statements: rows,
  };
}

const rising = [50, 54, 57, 62, 65, 70];
const flat = [60, 68, 55, 66, 58, 63];
/** Six weeks, newest first: statement a rises as in uncertainty.test.ts, b stays flat. */
const sixWeeks = () => rising.map((a, week) => check(week, { a, b: flat[week]! })).reverse();

describe('window trends of the latest check', () => {
  it('give the overall score and each statement its own trend, ending with the latest closed check', () => {
    const trends = windowTrendsOf(sixWeeks())!;
    expect(trends.sessionId).toBe('s5');
    expect(trends.overallStatements).toEqual(['a', 'b']);
    expect(trends.statements.a).toMatchObject({ trend: 'up', change: 19.7, since: '2026-09-14T09:30:00.000Z', checks: 6 });
    expect(trends.statements.b).toMatchObject({ trend: 'within-noise', change: -0.6 });
    // The overall score is the mean of a and b: (19.7 − 0.6) / 2 = +9.6 over five weeks.
    expect(trends.overall).toMatchObject({ change: 9.6, checks: 6 });
  });

  it('leave out open checks and checks of other templates', () => {
    const open = { ...check(6, { a: 10, b: 10 }), state: 'open' as const };
    const other = { ...check(3, { a: 0, b: 0 }, undefined, 'another-template'), sessionId: 'other' };
    const weeks = sixWeeks();
    const trends = windowTrendsOf([open, ...weeks.slice(0, 2), other, ...weeks.slice(2)])!;
    expect(trends.sessionId).toBe('s5');
    expect(trends.statements.a).toMatchObject({ trend: 'up', change: 19.7, checks: 6 });
    // When the latest closed check is of another template, its window is that template's alone.
    expect(windowTrendsOf([other, ...weeks])).toMatchObject({ sessionId: 'other', overall: null, statements: { a: null } });
  });

  it('never use a hidden score: the statement loses that check, the overall trend that statement', () => {
    const weeks = sixWeeks();
    // Week 2's b had two voters, below the threshold: hidden, so its overall is a alone.
    weeks[3] = check(2, { a: 57, b: null });
    const trends = windowTrendsOf(weeks)!;
    expect(trends.statements.b).toBeNull(); // five checks showed it: too few
    expect(trends.overallStatements).toEqual(['a']);
    // Over a only, every check: the other checks' overall over a is a's own score.
    expect(trends.overall).toMatchObject({ trend: 'up', change: 19.7 });
  });

  it('compare a statement by its id only, and none a newer template version added', () => {
    const weeks = sixWeeks();
    weeks[0] = { ...check(5, { a: 70, b: 63, c: 80 }), templateVersion: 2 };
    const trends = windowTrendsOf(weeks)!;
    expect(trends.statements.c).toBeNull();
    expect(trends.overallStatements).toEqual(['a', 'b']);
    expect(trends.statements.a).toMatchObject({ trend: 'up', change: 19.7 });
  });

  it('have nothing to say with fewer than six checks, or without a closed one', () => {
    const five = windowTrendsOf(sixWeeks().slice(0, 5))!;
    expect(five).toMatchObject({ sessionId: 's5', overall: null, statements: { a: null, b: null } });
    expect(windowTrendsOf([{ ...check(0, { a: 1 }), state: 'open' }])).toBeNull();
  });
});
