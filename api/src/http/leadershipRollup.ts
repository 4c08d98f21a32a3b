/**
 * Keeps the leadership rollup (storage/leadershipRollupTable.ts) in step with the summaries and
 * the team settings, and reads it for the view.
 *
 * A team's row is rebuilt from its newest summaries whenever one of them is written (a check
 * closes, an erasure recomputes it, a late vote's recompute) and whenever the team's sharing or
 * unit changes: every such write goes through writeSummary or the settings routes, which call
 * `refreshRollup`. Rebuilding, not patching, makes a refresh idempotent: two racing refreshes
 * both write what storage holds.
 *
 * Backfill, lazily, and repair: the team settings stay the truth of who shares. Each read lists
 * the ids of the teams that share (their RowKeys only, a small read) beside the rollup rows; a
 * team that shares but has no row — it shared before the rollup existed, or something wrote
 * its summaries or settings past the API (a seed, a restore) — gets its row built there and
 * then, once; a row that says "shared" for a team whose settings no longer do is rebuilt too.
 * Teams that do not share need no row until they do, and sharing writes one.
 */
import type { TeamSessionScores } from '../contract/index.ts';
import type { CheckSummary } from '../domain/history.ts';
import type { RollupListing, RollupRow } from '../storage/leadershipRollupTable.ts';
import type { Services } from '../services.ts';
import { historyView, summaryGraceMs, teamHistory } from './teamHistory.ts';
import { windowReadTop } from './windowTrends.ts';
import { windowTrendsOf } from '../domain/windowTrends.ts';
import { teamMonths } from '../domain/organisationTrend.ts';

type RollupDeps = Pick<Services, 'summaries' | 'teamSettings' | 'leadershipRollup' | 'now'>;

/**
 * The newest summaries a row is built from: the latest two closed checks with their trends
 * against the checks before them, the window trends' checks, and the months of the
 * organisation's trend (a year of weekly checks). Bounded, so a refresh costs the same after
 * five years as after five weeks.
 */
export const rollupReadTop = Math.max(windowReadTop, 60);

export async function refreshRollup(deps: RollupDeps, tenantId: string, teamId: string): Promise<RollupRow> {
  const [stored, checks, settings] = await Promise.all([
    deps.summaries.listForTeam(tenantId, teamId, { top: rollupReadTop }),
    deps.summaries.countClosed(tenantId, teamId),
    deps.teamSettings.find(tenantId, teamId),
  ]);
  const row = rollupRowOf(
    stored.map(({ summary }) => summary),
    { teamId, teamName: settings?.teamName, shared: settings?.shared ?? false, unit: settings?.unit, checks },
    deps.now(),
  );
  const latestStored = stored.find(({ summary }) => summary.sessionId === row.latest?.id);
  // A vote that passed the open-check just before the close may land a moment after it (see
  // summaryGraceMs): such a row is rebuilt once more on the first read after the grace.
  const settlesAt = latestStored?.summary.closedAt ? Date.parse(latestStored.summary.closedAt) + summaryGraceMs : 0;
  if (latestStored && Date.parse(latestStored.computedAt) < settlesAt) row.recheckAt = new Date(settlesAt).toISOString();
  await deps.leadershipRollup.upsert(tenantId, row);
  return row;
}

/** A team's row from its newest summaries (newest first): what the leadership view shows of it. */
export function rollupRowOf(
  summaries: readonly CheckSummary[],
  team: Pick<RollupRow, 'teamId' | 'teamName' | 'shared' | 'unit' | 'checks'>,
  now: Date,
): RollupRow {
  const closed: TeamSessionScores[] = historyView(summaries).filter((check) => check.state === 'closed');
  return {
    ...team,
    latest: closed[0] ?? null,
    previous: closed[1] ?? null,
    windowTrends: windowTrendsOf(summaries.slice(0, windowReadTop)),
    // Complete when every closed check the team has was read; else its oldest month may be partial.
    months: teamMonths(closed, now, closed.length >= team.checks),
    updatedAt: now.toISOString(),
  };
}

const repairConcurrency = 8;

/**
 * The rows of the tenant's teams that share, with missing rows built, rows out of step with
 * the settings rebuilt, and rows whose latest check was summarized within the close's grace
 * rebuilt (once) after it. `months`: with each row's month figures (domain/organisationTrend.ts),
 * which only the organisation's trend reads.
 */
export async function sharedRollupRows(deps: Services, tenantId: string, options: { months?: boolean } = {}): Promise<RollupListing[]> {
  const [rows, sharedIds] = await Promise.all([deps.leadershipRollup.listShared(tenantId, options), deps.teamSettings.listSharedIds(tenantId)]);
  const shares = new Set(sharedIds);
  const listed = new Set(rows.map((row) => row.teamId));
  const now = deps.now().getTime();
  const due = [
    ...sharedIds.filter((teamId) => !listed.has(teamId)),
    ...rows
      .filter(
        (row) =>
          !shares.has(row.teamId) ||
          (row.recheckAt !== undefined && Date.parse(row.recheckAt) <= now) ||
          // A row built before rows had months, asked for its months: built again, once.
          (options.months && row.months === undefined),
      )
      .map((row) => row.teamId),
  ];
  if (due.length === 0) return rows;
  const rebuilt = new Map<string, RollupRow>();
  await forEachLimited(due, repairConcurrency, async (teamId) => {
    await teamHistory(deps, tenantId, teamId, { top: rollupReadTop }); // recomputes a summary still within the grace
    rebuilt.set(teamId, await refreshRollup(deps, tenantId, teamId));
  });
  const kept: RollupListing[] = rows.map((row) => rebuilt.get(row.teamId) ?? row);
  const added = [...rebuilt.values()].filter((row) => !listed.has(row.teamId));
  return [...kept, ...added].filter((row) => row.shared);
}

async function forEachLimited<T>(items: readonly T[], limit: number, run: (item: T) => Promise<void>): Promise<void> {
  let next = 0;
  await Promise.all(
    Array.from({ length: Math.min(limit, items.length) }, async () => {
      while (next < items.length) {
        const item = items[next]!;
        next += 1;
        await run(item);
      }
    }),
  );
}
