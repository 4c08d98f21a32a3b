/**
 * The scores a revealed or closed check may show, through the publication rule
 * (domain/publication.ts). Every surface that shows a check's scores (results polls, the
 * stored summary behind history, leadership view and CSV) asks here, so none of them can
 * show a state that differs from the last one by fewer people than the threshold.
 */
import { nextPublication, type PublishedDistributions } from '../domain/publication.ts';
import { emptyDistribution, overallOf, scoreSession, statementResult, type CastVote, type SessionScores } from '../domain/scoring.ts';
import type { Session } from '../domain/session.ts';
import type { Template } from '../domain/templates.ts';
import type { Services } from '../services.ts';
import { retryOnConcurrentChange } from './concurrentChanges.ts';

export interface PublishedScores {
  scores: SessionScores;
  /** Ratings that exist but wait for enough other changes before they can be shown; 0 when all are shown. */
  unpublishedRatings: number;
}

export async function publishedScores(
  deps: Services,
  session: Pick<Session, 'tenantId' | 'id'>,
  template: Pick<Template, 'statements' | 'scale'>,
  votes: readonly CastVote[],
): Promise<PublishedScores> {
  const policy = deps.config.anonymity;
  // The rule needs every distribution, also those the threshold hides: this never leaves the server.
  const now = scoreSession(template, votes, { threshold: 0 });
  const currentDistributions: PublishedDistributions = Object.fromEntries(
    now.statements.map((statement) => [statement.id, statement.distribution ?? emptyDistribution(template.scale.points)]),
  );
  const decision = await retryOnConcurrentChange(async () => {
    const stored = await deps.publications.find(session.tenantId, session.id);
    const decided = nextPublication(stored?.statements, currentDistributions, policy);
    if (decided.changed) await deps.publications.save(session.tenantId, session.id, decided.statements, stored?.etag);
    return decided;
  }, 'These results are being updated right now; try again');
  const statements = template.statements.map((statement) =>
    statementResult(statement.id, decision.statements[statement.id] ?? emptyDistribution(template.scale.points), policy),
  );
  return {
    scores: { voters: now.voters, overall: overallOf(statements), statements },
    unpublishedRatings: decision.unpublishedRatings,
  };
}

