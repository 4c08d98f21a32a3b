/**
 * Leadership rollup table: the leadership view's read model. One small row per team with what
 * the view shows (its latest and previous published check, as the team's history shows them),
 * its name, whether it shares and its organisational unit. PartitionKey = tenant, RowKey = team
 * id, so the view is one partition read of O(teams), however long the teams' histories are.
 * Written by http/leadershipRollup.ts whenever a summary or a team's settings change.
 *
 * Each row also keeps its latest check's figures in a compact column (`figures`): a page is
 * chosen from those alone (filter, sort, group: a few hundred bytes a team), and only the
 * page's rows are then read whole. 2,000 teams are then well under a megabyte per page view.
 */
import { odata } from '@azure/data-tables';
import type { TeamSessionScores } from '../contract/index.ts';
import type { LeadershipCheck, LeadershipRow } from '../domain/leadershipQuery.ts';
import type { MonthSum, TeamMonth } from '../domain/organisationTrend.ts';
import type { CheckWindowTrends } from '../domain/windowTrends.ts';
import { findEntity, isStatus, type Tables } from './tables.ts';

/** A row as the page is chosen from: the latest check's figures, and its months when asked for. */
export type RollupListing = LeadershipRow<LeadershipCheck & { trend: string | null }> & {
  recheckAt?: string;
  /** Undefined when not read, or for a row built before rows had months. */
  months?: TeamMonth[];
};

export type RollupRow = LeadershipRow<TeamSessionScores> & {
  /** The latest check's trends over the team's last checks (http/windowTrends.ts). */
  windowTrends: CheckWindowTrends | null;
  /** When a summary computed within the close's grace is to be rebuilt (http/leadershipRollup.ts). */
  recheckAt?: string;
  /** The team's published figures per month (domain/organisationTrend.ts); undefined on rows built before. */
  months?: TeamMonth[];
  updatedAt: string;
};

interface RollupEntity {
  partitionKey: string;
  rowKey: string;
  teamName?: string;
  shared: boolean;
  unit?: string;
  checks: number;
  /** The checks as JSON: always read whole, and a few hundred bytes each. */
  latest?: string;
  /** The latest check's figures as `[createdAt, voters, overall, trend, [[id, pillarId, voters, score], …]]`. */
  figures?: string;
  previous?: string;
  windowTrends?: string;
  recheckAt?: string;
  /** The months as `[month, checks, [voters, sum, fewest] | null, [[id, pillarId, voters, sum, fewest], …]][]`. */
  months?: string;
  updatedAt: string;
}

export function leadershipRollupTable(tables: Tables) {
  const client = () => tables.get('leadershipRollup');

  return {
    async upsert(tenantId: string, row: RollupRow): Promise<void> {
      const entity: RollupEntity = {
        partitionKey: tenantId,
        rowKey: row.teamId,
        shared: row.shared,
        checks: row.checks,
        updatedAt: row.updatedAt,
        ...(row.teamName ? { teamName: row.teamName } : {}),
        ...(row.unit ? { unit: row.unit } : {}),
        ...(row.latest ? { latest: JSON.stringify(row.latest), figures: JSON.stringify(figuresOf(row.latest)) } : {}),
        ...(row.previous ? { previous: JSON.stringify(row.previous) } : {}),
        ...(row.windowTrends ? { windowTrends: JSON.stringify(row.windowTrends) } : {}),
        ...(row.recheckAt ? { recheckAt: row.recheckAt } : {}),
        ...(row.months ? { months: JSON.stringify(row.months.map(compactMonth)) } : {}),
      };
      await (await client()).upsertEntity(entity, 'Replace');
    },

    async find(tenantId: string, teamId: string): Promise<RollupRow | undefined> {
      const entity = await findEntity<RollupEntity>(await client(), tenantId, teamId);
      return entity && fromEntity(entity);
    },

    async delete(tenantId: string, teamId: string): Promise<void> {
      try {
        await (await client()).deleteEntity(tenantId, teamId);
      } catch (error) {
        if (!isStatus(error, 404)) throw error;
      }
    },

    /** The teams that share, compactly: one partition read, filtered by the service. */
    async listShared(tenantId: string, options: { months?: boolean } = {}): Promise<RollupListing[]> {
      const rows: RollupListing[] = [];
      const filter = odata`PartitionKey eq ${tenantId} and shared eq true`;
      const select = ['RowKey', 'teamName', 'shared', 'unit', 'checks', 'figures', 'recheckAt', ...(options.months ? ['months'] : [])];
      const pages = (await client()).listEntities<RollupEntity>({ queryOptions: { filter, select } }).byPage({ maxPageSize: 1000 });
      for await (const page of pages) for (const entity of page) rows.push(listingOf(entity));
      return rows;
    },

    /** Whole rows of some teams (one page's), read at once. */
    async findMany(tenantId: string, teamIds: readonly string[]): Promise<Map<string, RollupRow>> {
      const table = await client();
      const found = await Promise.all(teamIds.map((teamId) => findEntity<RollupEntity>(table, tenantId, teamId)));
      return new Map(found.filter((entity) => entity !== undefined).map((entity) => [entity.rowKey, fromEntity(entity)]));
    },
  };
}

export type LeadershipRollupTable = ReturnType<typeof leadershipRollupTable>;

type Figures = [string, number, number | null, string | null, [string, string, number, number | null][]];

function figuresOf(check: TeamSessionScores): Figures {
  return [
    check.createdAt,
    check.voters,
    check.overall,
    check.trend,
    check.statements.map((statement) => [statement.id, statement.pillarId, statement.voters, statement.score]),
  ];
}

function listingOf(entity: RollupEntity): RollupListing {
  const figures = entity.figures ? (JSON.parse(entity.figures) as Figures) : undefined;
  return {
    teamId: entity.rowKey,
    teamName: entity.teamName,
    shared: entity.shared,
    unit: entity.unit,
    checks: entity.checks,
    latest: figures
      ? {
          createdAt: figures[0],
          voters: figures[1],
          overall: figures[2],
          trend: figures[3],
          statements: figures[4].map(([id, pillarId, voters, score]) => ({ id, pillarId, voters, score })),
        }
      : null,
    previous: null,
    recheckAt: entity.recheckAt,
    ...(entity.months !== undefined ? { months: monthsOf(entity.months) } : {}),
  };
}

function fromEntity(entity: RollupEntity): RollupRow {
  return {
    teamId: entity.rowKey,
    teamName: entity.teamName,
    shared: entity.shared,
    unit: entity.unit,
    checks: entity.checks,
    latest: entity.latest ? (JSON.parse(entity.latest) as TeamSessionScores) : null,
    previous: entity.previous ? (JSON.parse(entity.previous) as TeamSessionScores) : null,
    windowTrends: entity.windowTrends ? (JSON.parse(entity.windowTrends) as CheckWindowTrends) : null,
    recheckAt: entity.recheckAt,
    ...(entity.months !== undefined ? { months: monthsOf(entity.months) } : {}),
    updatedAt: entity.updatedAt,
  };
}

type CompactSum = [number, number, number];
type CompactMonth = [string, number, CompactSum | null, [string, string, ...CompactSum][]];

const compactSum = (sum: MonthSum): CompactSum => [sum.voters, sum.sum, sum.fewest];

function compactMonth(month: TeamMonth): CompactMonth {
  return [
    month.month,
    month.checks,
    month.overall && compactSum(month.overall),
    month.statements.map((statement) => [statement.id, statement.pillarId, ...compactSum(statement)]),
  ];
}

function monthsOf(json: string): TeamMonth[] {
  return (JSON.parse(json) as CompactMonth[]).map(([month, checks, overall, statements]) => ({
    month,
    checks,
    overall: overall && { voters: overall[0], sum: overall[1], fewest: overall[2] },
    statements: statements.map(([id, pillarId, voters, sum, fewest]) => ({ id, pillarId, voters, sum, fewest })),
  }));
}
