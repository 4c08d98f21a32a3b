/** CSV export of a team's history: one row per check and statement, for spreadsheets and Power BI. */
import type { TeamSessionScores } from '../contract/index.ts';

const columns = [
  'check_id',
  'title',
  'state',
  'created_at',
  'closed_at',
  'participants',
  'voters',
  'overall',
  'overall_low',
  'overall_high',
  'overall_trend',
  'statement_id',
  'pillar_id',
  'statement_voters',
  'score',
  'score_low',
  'score_high',
  'trend',
  // Last, so the columns before keep their places for sheets that read them by position.
  // Statement ids mean something only within their template's version.
  'template_id',
  'template_version',
  // Ratings counted in `voters` but not in the scores: they came too late to be shown safely.
  'unpublished_ratings',
] as const;

export function historyCsv(sessions: readonly TeamSessionScores[]): string {
  const rows = sessions.flatMap((session) =>
    session.statements.map((statement) => [
      session.id,
      session.title,
      session.state,
      session.createdAt,
      session.closedAt ?? '',
      session.participants,
      session.voters,
      session.overall ?? '',
      session.overallInterval?.low ?? '',
      session.overallInterval?.high ?? '',
      session.trend ?? '',
      statement.id,
      statement.pillarId,
      statement.voters,
      statement.score ?? '',
      statement.interval?.low ?? '',
      statement.interval?.high ?? '',
      statement.trend ?? '',
      session.templateId,
      session.templateVersion,
      session.unpublishedRatings,
    ]),
  );
  return [columns, ...rows].map((row) => row.map(csvField).join(',')).join('\r\n') + '\r\n';
}

/**
 * Quotes what needs quoting, and defuses text a spreadsheet would run as a formula
 * (a check title typed as "=HYPERLINK(...)" must stay text).
 */
export function csvField(value: string | number): string {
  let text = String(value);
  if (typeof value === 'string' && /^[=+\-@\t\r]/.test(text)) text = `'${text}`;
  return /[",\r\n]/.test(text) || text !== text.trim() ? `"${text.replaceAll('"', '""')}"` : text;
}
