/**
 * What a revealed or closed check may show, through the publication rule
 * (domain/publication.ts). Every surface that shows a check's scores or answers (results polls,
 * the stored summary behind history, leadership view and CSV) asks here, so none of them can
 * show a state that differs from the last one by fewer people (or answers) than the threshold.
 */
import {
  nextAnswerPublication,
  nextPublication,
  publishedAnswers,
  type AnswerPublicationDecision,
  type PublishedDistributions,
} from '../domain/publication.ts';
import { emptyDistribution, overallOf, scoreSession, statementResult, type CastVote, type SessionScores } from '../domain/scoring.ts';
import type { Session } from '../domain/session.ts';
import type { Template } from '../domain/templates.ts';
import type { Services } from '../services.ts';
import type { Answer } from '../storage/answersTable.ts';
import { retryOnConcurrentChange } from './concurrentChanges.ts';
import { templateOfSession } from './templateLookup.ts';

export interface PublishedResults {
  scores: SessionScores;
  /** Ratings that exist but wait for enough other changes before they can be shown; 0 when all are shown. */
  unpublishedRatings: number;
  /** The answers that may be shown, in id order with the check's time (only when answers were given). */
  answers: Answer[];
  /** Answers that exist but wait for a batch of at least the threshold. */
  unpublishedAnswers: number;
}

/**
 * The first publication, taken at the reveal itself rather than at the first poll after it:
 * a rating or answer sent a moment after the reveal waits like any later one.
 */
export async function publishAtReveal(deps: Services, session: Session): Promise<void> {
  const [votes, answers, template] = await Promise.all([
    deps.votes.listForSession(session.tenantId, session.id),
    deps.answers.listForSession(session.tenantId, session.id),
    templateOfSession(deps, session),
  ]);
  await publishedResults(deps, session, template, votes, answers);
}

/**
 * The answers a revealed check may show, as the last publication decided them: the answers
 * route pages these, while the results poll is what moves the publication on.
 */
export async function shownAnswers(deps: Services, session: Session): Promise<Answer[]> {
  const [stored, answers] = await Promise.all([
    deps.publications.find(session.tenantId, session.id),
    deps.answers.listForSession(session.tenantId, session.id),
  ]);
  if (!stored?.answerIds) {
    // Revealed before answers were published separately: decide now, as a results poll would.
    const [votes, template] = await Promise.all([deps.votes.listForSession(session.tenantId, session.id), templateOfSession(deps, session)]);
    return (await publishedResults(deps, session, template, votes, answers)).answers;
  }
  const shownIds = new Set(stored.answerIds);
  return publishedAnswers(answers.filter((answer) => shownIds.has(answer.id)), session.createdAt);
}

/**
 * `answers` undefined: the caller shows no answers (the history's summary), and what was
 * published of them stays as it is.
 */
export async function publishedResults(
  deps: Services,
  session: Pick<Session, 'tenantId' | 'id' | 'createdAt'>,
  template: Pick<Template, 'statements' | 'scale'>,
  votes: readonly CastVote[],
  answers?: readonly Answer[],
): Promise<PublishedResults> {
  const policy = deps.config.anonymity;
  // The rule needs every distribution, also those the threshold hides: this never leaves the server.
  const now = scoreSession(template, votes, { threshold: 0 });
  const currentDistributions: PublishedDistributions = Object.fromEntries(
    now.statements.map((statement) => [statement.id, statement.distribution ?? emptyDistribution(template.scale.points)]),
  );
  const decision = await retryOnConcurrentChange(async () => {
    const stored = await deps.publications.find(session.tenantId, session.id);
    const scores = nextPublication(stored?.statements, currentDistributions, policy);
    const shownAnswers: AnswerPublicationDecision | undefined = answers && nextAnswerPublication(stored?.answerIds, answers.map((answer) => answer.id), policy);
    if (scores.changed || shownAnswers?.changed) {
      await deps.publications.save(session.tenantId, session.id, { statements: scores.statements, answerIds: shownAnswers?.ids ?? stored?.answerIds }, stored?.etag);
    }
    return { scores, shownAnswers };
  }, 'These results are being updated right now; try again');
  const statements = template.statements.map((statement) =>
    statementResult(statement.id, decision.scores.statements[statement.id] ?? emptyDistribution(template.scale.points), policy),
  );
  const shownIds = new Set(decision.shownAnswers?.ids);
  return {
    scores: { voters: now.voters, overall: overallOf(statements), statements },
    unpublishedRatings: decision.scores.unpublishedRatings,
    answers: publishedAnswers(answers?.filter((answer) => shownIds.has(answer.id)) ?? [], session.createdAt),
    unpublishedAnswers: decision.shownAnswers?.unpublishedAnswers ?? 0,
  };
}
