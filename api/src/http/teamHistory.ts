/**
 * Keeps each check's summary and reads a team's history from the summaries alone.
 */
import type { TeamSessionScores } from '../contract/index.ts';
import { noTrends, summarizeCheck, summarizePublished, trendsAgainst, type CheckSummary } from '../domain/history.ts';
import type { Session } from '../domain/session.ts';
import type { Template } from '../domain/templates.ts';
import type { Services } from '../services.ts';
import { refreshRollup } from './leadershipRollup.ts';
import { publishedResults } from './publishedResults.ts';
import { templateOfSession } from './templateLookup.ts';

/**
 * A vote that passed the open-check just before the close may land a moment after it; a
 * summary computed within this grace after the close is recomputed once on a later read.
 */
export const summaryGraceMs = 5_000;

export async function writeSummary(deps: Services, session: Session): Promise<CheckSummary> {
  const template = await templateOfSession(deps, session);
  const summary = session.state === 'closed' ? await closedSummary(deps, session, template) : openSummary(deps, session, template);
  await deps.summaries.upsert(session.tenantId, session.teamId, summary, deps.now());
  // The leadership view's row shows closed checks only: an open check's summary changes nothing there.
  if (summary.state === 'closed') await refreshRollup(deps, session.tenantId, session.teamId);
  return summary;
}

/** An open check keeps its scores to itself until it closes. */
function openSummary(deps: Services, session: Session, template: Template): CheckSummary {
  return summarizeCheck(session, template, [], 0, deps.config.anonymity);
}

/** What the check closed with, or lost by erasure later, as far as the publication rule lets it show. */
async function closedSummary(deps: Services, session: Session, template: Template): Promise<CheckSummary> {
  const [votes, participants] = await Promise.all([
    deps.votes.listForSession(session.tenantId, session.id),
    deps.participants.countForSession(session.tenantId, session.id),
  ]);
  const published = await publishedResults(deps, session, template, votes);
  return published.unpublishedRatings === 0
    ? summarizeCheck(session, template, votes, participants, deps.config.anonymity)
    : summarizePublished(session, template, published.scores, participants, published.unpublishedRatings);
}

export async function teamHistory(
  deps: Services,
  tenantId: string,
  teamId: string,
  range: { from?: string; to?: string; top?: number } = {},
): Promise<CheckSummary[]> {
  const stored = await deps.summaries.listForTeam(tenantId, teamId, range);
  const now = deps.now().getTime();
  return Promise.all(
    stored.map(async ({ summary, computedAt }) => {
      if (summary.state !== 'closed' || !summary.closedAt) return summary;
      const closedAt = Date.parse(summary.closedAt);
      const settled = Date.parse(computedAt) >= closedAt + summaryGraceMs || now < closedAt + summaryGraceMs;
      if (settled) return summary;
      const found = await deps.sessions.find(tenantId, summary.sessionId);
      return found ? writeSummary(deps, found.session) : summary;
    }),
  );
}

/**
 * Newest first, each with its trend against the team's closed check before it of the same
 * template: scores of different templates do not compare, whatever their statement ids.
 */
export function historyView(summaries: readonly CheckSummary[]): TeamSessionScores[] {
  return summaries.map((summary, index) => {
    const previous = summaries
      .slice(index + 1)
      .find((older) => older.state === 'closed' && older.templateId === summary.templateId);
    const trends = summary.state === 'closed' ? trendsAgainst(previous, summary) : noTrends;
    return {
      id: summary.sessionId,
      title: summary.title,
      templateId: summary.templateId,
      templateVersion: summary.templateVersion,
      comparedWith: trends.comparedWith,
      state: summary.state,
      createdAt: summary.createdAt,
      closedAt: summary.closedAt,
      participants: summary.participants,
      voters: summary.voters,
      overall: summary.overall,
      overallInterval: summary.overallInterval,
      unpublishedRatings: summary.unpublishedRatings ?? 0,
      trend: trends.overall,
      statements: summary.statements.map(({ id, pillarId, voters, score, interval }) => ({
        id,
        pillarId,
        voters,
        score,
        interval,
        trend: trends.statements[id] ?? null,
      })),
    };
  });
}
