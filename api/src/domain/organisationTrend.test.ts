import { describe, expect, it } from 'vitest';
import { anonymityPolicy } from './anonymity.ts';
import { organisationMonths, teamMonths, trendMonthsUpTo, type MonthCheck, type TeamMonth } from './organisationTrend.ts';

const now = new Date('2026-11-20T12:00:00.000Z');
const policy = anonymityPolicy(3);

function check(createdAt: string, voters: number, overall: number | null, contact: number | null = overall): MonthCheck {
  return { createdAt, voters, overall, statements: [{ id: 'contact', pillarId: 'customer-contact', voters, score: contact }] };
}

describe('a team’s months', () => {
  it('pool the month’s published figures weighted by voters, and leave a hidden one out', () => {
    const months = teamMonths(
      [
        check('2026-11-02T09:00:00.000Z', 4, 60), // 4 × 60 = 240
        check('2026-11-09T09:00:00.000Z', 6, 80), // 6 × 80 = 480: the month is 720 over 10 voters, 72
        check('2026-10-05T09:00:00.000Z', 5, 50, null), // the statement was hidden at the close
      ],
      now,
      true,
    );
    expect(months).toEqual([
      { month: '2026-10', checks: 1, overall: { voters: 5, sum: 250, fewest: 5 }, statements: [] },
      {
        month: '2026-11',
        checks: 2,
        overall: { voters: 10, sum: 720, fewest: 4 },
        statements: [{ id: 'contact', pillarId: 'customer-contact', voters: 10, sum: 720, fewest: 4 }],
      },
    ]);
  });

  it('cover the last twelve months only, and drop the oldest read month when the read was capped', () => {
    expect(trendMonthsUpTo(now)).toEqual(['2025-12', '2026-01', '2026-02', '2026-03', '2026-04', '2026-05', '2026-06', '2026-07', '2026-08', '2026-09', '2026-10', '2026-11']);
    const checks = [check('2025-11-24T09:00:00.000Z', 4, 10), check('2026-03-02T09:00:00.000Z', 4, 40), check('2026-03-30T09:00:00.000Z', 4, 50), check('2026-04-06T09:00:00.000Z', 4, 60)];
    expect(teamMonths(checks, now, true).map((month) => month.month)).toEqual(['2026-03', '2026-04']);
    // Capped at the four newest checks: the first of them is in March, so March may be partial.
    expect(teamMonths(checks.slice(1), now, false).map((month) => month.month)).toEqual(['2026-04']);
  });
});

describe('the organisation’s months', () => {
  const month = (name: string, voters: number, sum: number, fewest = voters): TeamMonth => ({
    month: name,
    checks: 1,
    overall: { voters, sum, fewest },
    statements: [{ id: 'contact', pillarId: 'customer-contact', voters, sum, fewest }],
  });

  it('pool the teams’ month figures as a unit’s figure is pooled', () => {
    const months = organisationMonths(
      [
        { months: [month('2026-11', 10, 720), month('2026-10', 4, 200)] }, // 72 and 50
        { months: [month('2026-11', 5, 250)] }, // 50
      ],
      ['contact'],
      now,
      policy,
    );
    expect(months).toHaveLength(12);
    const november = months.at(-1)!;
    // (720 + 250) / 15 = 64.67
    expect(november).toMatchObject({ month: '2026-11', teams: 2, overall: { score: 64.7, teams: 2, voters: 15, leftOut: 0, withheld: null } });
    expect(november.statements.contact).toEqual(november.overall);
    expect(months.at(-2)!.overall).toMatchObject({ score: 50, teams: 1, voters: 4 });
    expect(months[0]!.overall).toEqual({ score: null, teams: 0, voters: 0, leftOut: 0, withheld: 'nothing-shown' });
  });

  it('leave out a month whose smallest check is below the threshold now, whatever its figures', () => {
    const shown = { months: [month('2026-11', 10, 720)] };
    const below = (sum: number) => ({ months: [month('2026-11', 8, sum, 2)] }); // one check of two voters
    const withLow = organisationMonths([shown, below(0)], ['contact'], now, policy);
    const withHigh = organisationMonths([shown, below(800)], ['contact'], now, policy);
    expect(withLow).toEqual(withHigh);
    expect(withLow.at(-1)).toMatchObject({ teams: 1, overall: { score: 72, teams: 1, voters: 10, leftOut: 1 } });
  });
});
