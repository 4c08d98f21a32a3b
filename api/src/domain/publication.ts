/**
 * What a check may publish, given what it published before. The anonymity threshold counts
 * voters, but two published results that differ by one person's rating tell that rating: a
 * late rating, a changed one or an erased one would be visible the moment the shown numbers
 * move. So once a statement's distribution has been shown, a newer one replaces it only when
 * at least `threshold` people's ratings are needed to explain the difference; until then the
 * earlier publication stays and the newer ratings wait.
 *
 * The rule sees distributions only, never who rated: it is what every surface shows (side
 * panel, stage, history, leadership view, CSV), and what a watcher of two consecutive
 * publications can compare. Its honest limits: unanimous ratings tell everyone's rating, and
 * threshold − 1 colluding members learn the last one's.
 */
import { canShowResult, type AnonymityPolicy } from './anonymity.ts';
import { votersIn, type Distribution } from './scoring.ts';

/** The distributions a check last published, by statement id. */
export type PublishedDistributions = Record<string, Distribution>;

/**
 * The fewest people whose ratings turn `before` into `after`: each person adds at most one
 * rating to a statement (a new or changed rating) and removes at most one (a changed or
 * erased rating), so it is the larger of what was added and what was removed.
 */
export function peopleExplaining(before: Distribution, after: Distribution): number {
  let added = 0;
  let removed = 0;
  const length = Math.max(before.length, after.length);
  for (let index = 0; index < length; index += 1) {
    const change = (after[index] ?? 0) - (before[index] ?? 0);
    if (change > 0) added += change;
    else removed -= change;
  }
  return Math.max(added, removed);
}

export interface PublicationDecision {
  /** What may be shown now, by statement id. */
  statements: PublishedDistributions;
  /** Whether this differs from what was published before (so it must be stored). */
  changed: boolean;
  /** Ratings held back: the fewest people's ratings that explain what is not shown yet. */
  unpublishedRatings: number;
}

/**
 * Decides the next publication. With nothing published yet (the reveal), everything is
 * published: nobody has seen an earlier state to compare with. A statement that was hidden
 * (fewer voters than the threshold) may appear as soon as it reaches the threshold, since
 * there is no earlier shown distribution to subtract.
 */
export function nextPublication(
  previous: PublishedDistributions | undefined,
  current: PublishedDistributions,
  policy: AnonymityPolicy,
): PublicationDecision {
  if (!previous) return { statements: copyOf(current), changed: true, unpublishedRatings: 0 };
  const statements: PublishedDistributions = {};
  let changed = false;
  let unpublishedRatings = 0;
  for (const [id, now] of Object.entries(current)) {
    const before = previous[id];
    const wasShown = before !== undefined && canShowResult(votersIn(before), policy);
    const people = before ? peopleExplaining(before, now) : votersIn(now);
    const mayPublish = people === 0 || people >= policy.threshold || !wasShown;
    if (mayPublish) {
      statements[id] = [...now];
      if (people > 0) changed = true;
    } else {
      statements[id] = [...before];
      unpublishedRatings += people;
    }
  }
  return { statements, changed, unpublishedRatings };
}

function copyOf(distributions: PublishedDistributions): PublishedDistributions {
  return Object.fromEntries(Object.entries(distributions).map(([id, distribution]) => [id, [...distribution]]));
}

export interface AnswerPublicationDecision {
  /** The ids of the answers that may be shown now. */
  ids: string[];
  changed: boolean;
  /** Answers that exist but wait for a batch large enough to hide whose they are. */
  unpublishedAnswers: number;
}

/**
 * Decides which answers may be shown. At the reveal (nothing published yet) all of them: they
 * appear together, none of them new to anyone. After it, a single new answer showing up the
 * moment someone was seen typing would be theirs; so answers sent after the reveal wait and
 * appear together once at least `threshold` have come in. Answers are counted, not people (an
 * answer carries no author): someone who writes `threshold` answers alone fills a batch, which
 * the README states as a limit.
 */
export function nextAnswerPublication(
  previous: readonly string[] | undefined,
  current: readonly string[],
  policy: AnonymityPolicy,
): AnswerPublicationDecision {
  if (!previous) return { ids: [...current], changed: true, unpublishedAnswers: 0 };
  const shown = new Set(previous);
  const waiting = current.filter((id) => !shown.has(id));
  // Answers are removed only with the whole team's data (erasure): nothing to hide about that.
  const kept = current.filter((id) => shown.has(id));
  const removed = kept.length !== previous.length;
  if (waiting.length >= policy.threshold) return { ids: [...current], changed: true, unpublishedAnswers: 0 };
  return { ids: kept, changed: removed, unpublishedAnswers: waiting.length };
}

/**
 * Answers as they may be shown: in the order of their random ids, never the order they came
 * in, and stamped with the check's own start time, so neither order nor time ties an answer
 * to the moment someone was seen typing.
 */
export function publishedAnswers<A extends { id: string; createdAt: string }>(answers: readonly A[], checkCreatedAt: string): A[] {
  return answers
    .map((answer) => ({ ...answer, createdAt: checkCreatedAt }))
    .sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
}
