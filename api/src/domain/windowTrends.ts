/**
 * The window trends of a team's latest closed check: its overall score and each statement over
 * the team's last closed checks of the same template (the method is in uncertainty.ts). Read
 * from the check summaries only, which hold what was published and nothing else: a statement
 * hidden below the anonymity threshold has no score there, so it never enters.
 */
import { overallOver, type CheckSummary } from './history.ts';
import { windowChecksMax, windowTrend, type WindowPoint, type WindowTrend } from './uncertainty.ts';

export interface CheckWindowTrends {
  /** The latest closed check: the window ends with it. */
  sessionId: string;
  overall: WindowTrend | null;
  /**
   * The statements the overall trend is over: those of the latest check that every check of
   * the window showed, so a statement added, dropped or hidden in one check does not read as
   * a change of the overall score.
   */
  overallStatements: string[];
  /** By statement id of the latest check; null where fewer checks than the method needs showed it. */
  statements: Record<string, WindowTrend | null>;
}

/** `summaries` newest first, as the team's history reads them; null without a closed check. */
export function windowTrendsOf(summaries: readonly CheckSummary[]): CheckWindowTrends | null {
  const latest = summaries.find((summary) => summary.state === 'closed');
  if (!latest) return null;
  // Scores of different templates do not compare, whatever their statement ids.
  const window = summaries
    .filter((summary) => summary.state === 'closed' && summary.templateId === latest.templateId)
    .slice(0, windowChecksMax);
  const statements = Object.fromEntries(
    latest.statements.map(({ id }) => [id, windowTrend(window.flatMap((check) => statementPoint(check, id)))]),
  );
  const { trend, statementIds } = overallWindowTrend(latest, window);
  return { sessionId: latest.sessionId, overall: trend, overallStatements: statementIds, statements };
}

function statementPoint(check: CheckSummary, id: string): WindowPoint[] {
  const statement = check.statements.find((candidate) => candidate.id === id);
  if (!statement || statement.score === null) return [];
  return [{ at: check.createdAt, score: statement.score }];
}

/**
 * The overall score over the statements every check of the window showed: a check that showed
 * exactly those keeps its own overall score, any other is taken over those statements only.
 */
function overallWindowTrend(
  latest: CheckSummary,
  window: readonly CheckSummary[],
): { trend: WindowTrend | null; statementIds: string[] } {
  const scored = window.filter((check) => check.overall !== null);
  const shownIn = (check: CheckSummary) =>
    new Set(check.statements.filter((statement) => statement.score !== null).map((statement) => statement.id));
  const shownSets = scored.map(shownIn);
  const statementIds = latest.statements
    .map((statement) => statement.id)
    .filter((id) => shownSets.every((shown) => shown.has(id)));
  if (statementIds.length === 0) return { trend: null, statementIds };
  const points = scored.map((check, index): WindowPoint => {
    const sameStatements = shownSets[index]!.size === statementIds.length;
    const score = sameStatements ? check.overall : overallOver(check, statementIds).score;
    return { at: check.createdAt, score: score! };
  });
  return { trend: windowTrend(points), statementIds };
}
