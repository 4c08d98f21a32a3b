/**
 * CSV exports for spreadsheets and Power BI: a team's history (one row per check and
 * statement) and the organisation's months (one row per month and figure).
 */
import type { HttpRequest, HttpResponseInit } from '@azure/functions';
import type { OrganisationMonth, TeamSessionScores } from '../contract/index.ts';
import { csvText } from '../contract/csv.ts';

export { csvField } from '../contract/csv.ts';

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
  return csvText([columns, ...rows]);
}

const monthColumns = ['month', 'statement_id', 'score', 'teams', 'voters', 'left_out', 'withheld'] as const;

/** A month's overall figure has an empty `statement_id`; a withheld figure an empty `score` and its reason. */
export function organisationTrendCsv(months: readonly OrganisationMonth[], statementIds: readonly string[]): string {
  const rows = months.flatMap((month) =>
    [['', month.overall] as const, ...statementIds.flatMap((id) => (month.statements[id] ? [[id, month.statements[id]] as const] : []))].map(
      ([statementId, figure]) => [month.month, statementId, figure.score ?? '', figure.teams, figure.voters, figure.leftOut, figure.withheld ?? ''],
    ),
  );
  return csvText([monthColumns, ...rows]);
}

/** `?format=csv`, or no format and `Accept: text/csv`. */
export function wantsCsv(request: HttpRequest, format: string | undefined): boolean {
  return format === 'csv' || (!format && /text\/csv/.test(request.headers.get('accept') ?? ''));
}

/** A CSV file as the browser saves it: `fileName` is reduced to safe characters. */
export function csvResponse(body: string, fileName: string): HttpResponseInit {
  return {
    status: 200,
    body,
    headers: {
      'Content-Type': 'text/csv; charset=utf-8',
      'Content-Disposition': `attachment; filename="customer-pulse-${fileName.replace(/[^A-Za-z0-9-]/g, '_').slice(0, 60)}.csv"`,
      'Cache-Control': 'no-store',
    },
  };
}
