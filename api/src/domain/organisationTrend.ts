/**
 * The organisation's trend by month, for the leadership view: for each calendar month (UTC),
 * the mean of every published rating of that month in the teams that share and match the
 * view's filters, overall and per statement.
 *
 * Two steps, so a read stays O(teams): when a team's leadership row is rebuilt, its checks of
 * the last months are folded into one small figure per month (`teamMonths`: sums and voters of
 * the figures that were published, nothing of a hidden one); a read pools those month figures
 * over the matching teams (`organisationMonths`), with the same rule as a group's figure
 * (domain/leadershipDisclosure.ts: only shown figures pooled, and the pool itself held to the
 * threshold). A month's figure is then the voter-weighted mean of published check figures,
 * which is the mean of the published ratings behind them: a team that checks weekly weighs
 * more in a month than one that checked once, as its people said more that month.
 *
 * Assumptions, said where they show: a month holds the checks that started in it; the oldest
 * month of a team whose row was built from a capped number of checks (`complete: false`) may
 * lack its earliest checks, so it is left out rather than shown too low or too high.
 */
import { canShowResult, type AnonymityPolicy } from './anonymity.ts';
import { pooledFigure, type GroupFigure, type StatementFigure } from './leadershipDisclosure.ts';

/** How many months back the trend goes, the current one included. */
export const trendMonths = 12;

/** Published figures of a month, summed: `sum` is Σ score × voters, `fewest` the smallest check's voters. */
export interface MonthSum {
  voters: number;
  sum: number;
  fewest: number;
}

export interface TeamMonth {
  /** `YYYY-MM`, UTC. */
  month: string;
  checks: number;
  overall: MonthSum | null;
  statements: (MonthSum & { id: string; pillarId: string })[];
}

/** A check's figures as the months are built from: published scores, null where hidden. */
export interface MonthCheck {
  createdAt: string;
  voters: number;
  overall: number | null;
  statements: readonly Pick<StatementFigure, 'id' | 'pillarId' | 'voters' | 'score'>[];
}

export const monthOf = (isoTime: string): string => isoTime.slice(0, 7);

/** The months, oldest first, from `trendMonths - 1` months before `now` to now's month. */
export function trendMonthsUpTo(now: Date): string[] {
  return Array.from({ length: trendMonths }, (_, index) =>
    new Date(Date.UTC(now.getUTCFullYear(), now.getUTCMonth() - (trendMonths - 1 - index), 1)).toISOString().slice(0, 7),
  );
}

/**
 * A team's month figures over its closed checks (any order). `complete`: the checks are all
 * the team has in these months; when false (a capped read), the oldest month is dropped.
 */
export function teamMonths(checks: readonly MonthCheck[], now: Date, complete: boolean): TeamMonth[] {
  const window = new Set(trendMonthsUpTo(now));
  const byMonth = new Map<string, MonthCheck[]>();
  for (const check of checks) {
    const month = monthOf(check.createdAt);
    if (window.has(month)) byMonth.set(month, [...(byMonth.get(month) ?? []), check]);
  }
  const months = [...byMonth.keys()].sort();
  const oldestRead = checks.length === 0 ? undefined : monthOf(checks.map((check) => check.createdAt).sort()[0]!);
  return months
    .filter((month) => complete || month !== oldestRead)
    .map((month) => {
      const inMonth = byMonth.get(month)!;
      const statements = new Map<string, MonthSum & { id: string; pillarId: string }>();
      for (const check of inMonth) {
        for (const statement of check.statements) {
          if (statement.score === null) continue;
          const before = statements.get(statement.id) ?? { id: statement.id, pillarId: statement.pillarId, ...emptySum };
          statements.set(statement.id, { ...before, ...added(before, statement.score, statement.voters) });
        }
      }
      const overall = inMonth.reduce<MonthSum | null>(
        (sum, check) => (check.overall === null ? sum : added(sum ?? emptySum, check.overall, check.voters)),
        null,
      );
      return { month, checks: inMonth.length, overall, statements: [...statements.values()] };
    });
}

const emptySum: MonthSum = { voters: 0, sum: 0, fewest: Number.POSITIVE_INFINITY };

// Scores are in tenths and voters whole, so a sum is whole tenths: rounding to hundredths only
// drops the float error, which would otherwise differ by the order the checks were added in.
function added(before: MonthSum, score: number, voters: number): MonthSum {
  const sum = Math.round((before.sum + score * voters) * 100) / 100;
  return { voters: before.voters + voters, sum, fewest: Math.min(before.fewest, voters) };
}

export interface OrganisationMonth {
  month: string;
  /** Teams with a published figure this month. */
  teams: number;
  overall: GroupFigure;
  statements: Record<string, GroupFigure>;
}

/**
 * The organisation's months, oldest first, from the month figures of the teams that share and
 * match the filters (the caller filters; `statementIds` are the statements asked for). A team's
 * month figure counts only if every check in it still passes the threshold as it is now (a
 * threshold raised since then hides it again), and the pool is held to the threshold too.
 */
export function organisationMonths(
  teams: readonly { months: readonly TeamMonth[] }[],
  statementIds: readonly string[],
  now: Date,
  policy: AnonymityPolicy,
): OrganisationMonth[] {
  const shownSum = (sum: MonthSum | null | undefined) => (sum && canShowResult(sum.fewest, policy) ? sum : null);
  const asFigure = (sum: MonthSum | null) => ({ score: sum ? sum.sum / sum.voters : null, voters: sum?.voters ?? 0 });
  return trendMonthsUpTo(now).map((month) => {
    const figures = teams.flatMap((team) => team.months.filter((figure) => figure.month === month));
    return {
      month,
      teams: figures.filter((figure) => shownSum(figure.overall) || figure.statements.some((statement) => shownSum(statement))).length,
      overall: pooledFigure(figures.map((figure) => asFigure(shownSum(figure.overall))), policy),
      statements: Object.fromEntries(
        statementIds.map((id) => [
          id,
          pooledFigure(
            figures.flatMap((figure) => figure.statements.filter((statement) => statement.id === id).map((statement) => asFigure(shownSum(statement)))),
            policy,
          ),
        ]),
      ),
    };
  });
}
