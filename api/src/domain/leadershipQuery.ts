/**
 * One page of the leadership view from the tenant's rollup rows (one per team): disclosure
 * first (domain/leadershipDisclosure.ts), then filters, groups, order and the page. Pure: the
 * rows are read in one partition read, so a page costs O(teams) whatever the teams' histories.
 *
 * Paging is by key, not by offset: a page ends at its last row's sort key, and the next page
 * starts after that key. A team whose figures change between two pages moves to its new place
 * rather than pushing every other team one row along, so no team is shown twice or skipped
 * because another one moved.
 */
import type { AnonymityPolicy } from './anonymity.ts';
import { groupAggregates, shownCheck, shownTeams, type CheckFigures, type GroupAggregate, type TeamFigures } from './leadershipDisclosure.ts';
import { statementSpreads, type StatementSpread } from './statementSpread.ts';

/** A team with no check for this many days is "not covered". */
export const staleAfterDays = 60;

export interface LeadershipCheck extends CheckFigures {
  createdAt: string;
}

export interface LeadershipRow<C extends LeadershipCheck = LeadershipCheck> extends TeamFigures<C> {
  teamName?: string;
  /** Closed checks the team has run. */
  checks: number;
}

export const sortColumns = ['team', 'unit', 'overall', 'trend', 'rated', 'latest', 'checks'] as const;
export type LeadershipSort = (typeof sortColumns)[number] | `statement:${string}`;

export interface LeadershipQuery {
  pillar?: string;
  statement?: string;
  /** Part of the team's name (case and accents ignored). */
  search?: string;
  /** Only teams whose latest check is older than `staleAfterDays`, or that have none. */
  coverage?: 'stale';
  sort: LeadershipSort;
  direction: 'asc' | 'desc';
  groupBy?: 'unit';
  pageSize: number;
}

/** Where a page ended: the sort key of its last team. */
export type SortKey = (string | number | null)[];

export interface LeadershipPage<R> {
  teams: R[];
  /** Teams that match the filters, on every page. */
  total: number;
  /** The key to continue after; null on the last page. */
  after: SortKey | null;
  /** The statements the matching teams' latest checks show, so columns do not change by page. */
  statementIds: string[];
  /** Figures per organisational unit, over every matching team; null unless grouped. */
  groups: GroupAggregate[] | null;
  /** Per statement of `statementIds`, the spread of the matching teams' shown figures, over every page. */
  spread: Record<string, StatementSpread>;
}

export function leadershipPage<C extends LeadershipCheck, R extends LeadershipRow<C>>(
  rows: readonly R[],
  query: LeadershipQuery,
  options: { now: Date; policy: AnonymityPolicy; after?: SortKey },
): LeadershipPage<R> {
  const matching = matchingTeams(rows, query, options);
  const statementIds = statementIdsOf(matching);
  const keyed = matching.map((row) => ({ row, key: sortKeyOf(row, query) })).sort((a, b) => compareKeys(a.key, b.key, query));
  const start = options.after ? keyed.findIndex(({ key }) => compareKeys(key, options.after!, query) > 0) : 0;
  const page = start < 0 ? [] : keyed.slice(start, start + query.pageSize);
  const more = start >= 0 && start + query.pageSize < keyed.length;
  return {
    teams: page.map(({ row }) => row),
    total: matching.length,
    after: more ? page[page.length - 1]!.key : null,
    statementIds,
    groups: query.groupBy === 'unit' ? groupAggregates(matching, statementIds, options.policy) : null,
    spread: statementSpreads(matching, statementIds, options.policy),
  };
}

/**
 * The teams a query is about: those that share, with their shown figures only, narrowed to the
 * pillar or statement asked for, and filtered by name and coverage. The grid, the groups and
 * the organisation's trend (domain/organisationTrend.ts) are all of these teams.
 */
export function matchingTeams<C extends LeadershipCheck, R extends LeadershipRow<C>>(
  rows: readonly R[],
  query: Pick<LeadershipQuery, 'pillar' | 'statement' | 'search' | 'coverage'>,
  options: { now: Date; policy: AnonymityPolicy },
): R[] {
  return filtered(narrowed(shownTeams(rows, options.policy), query), query, options.now);
}

/** The statements the teams' latest checks show: the columns, the same on every page. */
export function statementIdsOf(rows: readonly LeadershipRow[]): string[] {
  return [...new Set(rows.flatMap((row) => row.latest?.statements.map((statement) => statement.id) ?? []))];
}

/** A pillar or statement filter keeps those statements only, and the teams whose latest check has any. */
function narrowed<R extends LeadershipRow>(rows: R[], query: Pick<LeadershipQuery, 'pillar' | 'statement'>): R[] {
  if (!query.pillar && !query.statement) return rows;
  return rows
    .map((row) => ({ ...row, latest: narrowedCheck(row.latest, query), previous: narrowedCheck(row.previous, query) }))
    .filter((row) => (row.latest?.statements.length ?? 0) > 0);
}

function narrowedCheck<C extends CheckFigures>(check: C | null, query: Pick<LeadershipQuery, 'pillar' | 'statement'>): C | null {
  if (!check || (!query.pillar && !query.statement)) return check;
  const keep = (statement: { id: string; pillarId: string }) =>
    (!query.pillar || statement.pillarId === query.pillar) && (!query.statement || statement.id === query.statement);
  return { ...check, statements: check.statements.filter(keep) };
}

/**
 * A check of a listed team as the page shows it in full: what `leadershipPage` listed it by
 * (the shown figures, the statements asked for), for the fuller rows read for one page.
 */
export function checkOnPage<C extends CheckFigures>(
  check: C | null,
  query: Pick<LeadershipQuery, 'pillar' | 'statement'>,
  policy: AnonymityPolicy,
): C | null {
  return narrowedCheck(check && shownCheck(check, policy), query);
}

function filtered<R extends LeadershipRow>(rows: R[], query: Pick<LeadershipQuery, 'search' | 'coverage'>, now: Date): R[] {
  const search = query.search ? folded(query.search.trim()) : '';
  const staleBefore = now.getTime() - staleAfterDays * 24 * 3600 * 1000;
  return rows.filter(
    (row) =>
      (!search || folded(nameOf(row)).includes(search)) &&
      (query.coverage !== 'stale' || !row.latest || Date.parse(row.latest.createdAt) < staleBefore),
  );
}

const nameOf = (row: LeadershipRow) => row.teamName ?? row.teamId;

/** Case and accents ignored, as a person types a name. */
function folded(text: string): string {
  return text.normalize('NFKD').replace(/\p{M}/gu, '').toLowerCase();
}

const trendRanks: Record<string, number> = { down: 0, 'within-noise': 1, up: 2 };

function sortValue(row: LeadershipRow, sort: LeadershipSort): string | number | null {
  const latest = row.latest;
  if (sort.startsWith('statement:')) {
    const id = sort.slice('statement:'.length);
    return latest?.statements.find((statement) => statement.id === id)?.score ?? null;
  }
  switch (sort) {
    case 'team':
      return folded(nameOf(row));
    case 'unit':
      return row.unit ? folded(row.unit) : null;
    case 'overall':
      return latest?.overall ?? null;
    case 'trend':
      return typeof latest?.trend === 'string' ? (trendRanks[latest.trend] ?? null) : null;
    case 'rated':
      return latest?.voters ?? null;
    case 'latest':
      return latest?.createdAt ?? null;
    case 'checks':
      return row.checks;
    default:
      return null;
  }
}

/** [unit when grouped, the sorted column, the name, the team id]: the id makes it a total order. */
function sortKeyOf(row: LeadershipRow, query: LeadershipQuery): SortKey {
  const unit = query.groupBy === 'unit' ? [row.unit ? folded(row.unit) : null] : [];
  return [...unit, sortValue(row, query.sort), folded(nameOf(row)), row.teamId];
}

/**
 * Units ascending (teams without one last), then the column in the asked direction with
 * teams that have no value for it last either way, then name and id ascending.
 */
export function compareKeys(a: SortKey, b: SortKey, query: Pick<LeadershipQuery, 'groupBy' | 'direction'>): number {
  const sorted = query.groupBy === 'unit' ? 1 : 0;
  for (let index = 0; index < Math.max(a.length, b.length); index += 1) {
    const x = a[index] ?? null;
    const y = b[index] ?? null;
    if (x === y) continue;
    if (x === null) return 1;
    if (y === null) return -1;
    const order = x < y ? -1 : 1;
    return index === sorted && query.direction === 'desc' ? -order : order;
  }
  return 0;
}
