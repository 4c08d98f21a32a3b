/**
 * The window trends of a team's latest check (domain/windowTrends.ts) for its history; the
 * leadership rollup (leadershipRollup.ts) keeps them per team with the same bounded read. Read
 * from the check summaries, which hold only what the publication rule and the anonymity
 * threshold let a check show.
 */
import { windowChecksMax } from '../domain/uncertainty.ts';
import { windowTrendsOf, type CheckWindowTrends } from '../domain/windowTrends.ts';
import type { Services } from '../services.ts';
import { teamHistory } from './teamHistory.ts';

/**
 * How many of the team's newest checks are read for a full window: open checks and checks of
 * other templates may lie between those of the latest's template. A bounded read, so the trend
 * costs the same after five years of checks as after ten weeks.
 */
export const windowReadTop = 3 * windowChecksMax;

export async function teamWindowTrends(deps: Services, tenantId: string, teamId: string): Promise<CheckWindowTrends | null> {
  return windowTrendsOf(await teamHistory(deps, tenantId, teamId, { top: windowReadTop }));
}

