import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { anonymityPolicy, canShowResult } from './anonymity.ts';
import { nextAnswerPublication, nextPublication, peopleExplaining, publishedAnswers, type PublishedDistributions } from './publication.ts';
import { distributionOf, votersIn, type Rating } from './scoring.ts';

const k3 = anonymityPolicy();
const points = 5;
const statementIds = ['dialogue', 'trust'];

/** Ratings per voter and statement, as the votes table holds them. */
type Ratings = Map<string, Map<string, Rating>>;

function distributions(ratings: Ratings): PublishedDistributions {
  return Object.fromEntries(
    statementIds.map((id) => [id, distributionOf([...ratings.values()].flatMap((byStatement) => byStatement.get(id) ?? []), points)]),
  );
}

function rate(ratings: Ratings, voter: string, statementId: string, rating: Rating) {
  const byStatement = ratings.get(voter) ?? new Map<string, Rating>();
  byStatement.set(statementId, rating);
  ratings.set(voter, byStatement);
}

describe('publication after the reveal', () => {
  it('holds a fourth rating after the reveal until two more people change theirs', () => {
    const ratings: Ratings = new Map();
    for (const voter of ['ana', 'ben', 'cem']) rate(ratings, voter, 'dialogue', 5);
    const revealed = nextPublication(undefined, distributions(ratings), k3);
    expect(revealed.statements.dialogue).toEqual([0, 0, 0, 0, 3]);

    rate(ratings, 'dan', 'dialogue', 1);
    const late = nextPublication(revealed.statements, distributions(ratings), k3);
    expect(late.statements.dialogue).toEqual([0, 0, 0, 0, 3]);
    expect(late.changed).toBe(false);
    expect(late.unpublishedRatings).toBe(1);

    rate(ratings, 'ana', 'dialogue', 2);
    expect(nextPublication(revealed.statements, distributions(ratings), k3).statements.dialogue).toEqual([0, 0, 0, 0, 3]);
    rate(ratings, 'ben', 'dialogue', 3);
    const enough = nextPublication(revealed.statements, distributions(ratings), k3);
    expect(enough.statements.dialogue).toEqual([1, 1, 1, 0, 1]);
    expect(enough.changed).toBe(true);
    expect(enough.unpublishedRatings).toBe(0);
  });

  it('holds a lone erasure, so a history never moves by one person', () => {
    const before = { dialogue: [0, 1, 1, 1, 1] };
    const afterErasure = { dialogue: [0, 0, 1, 1, 1] };
    const decision = nextPublication(before, afterErasure, k3);
    expect(decision.statements.dialogue).toEqual([0, 1, 1, 1, 1]);
    expect(decision.unpublishedRatings).toBe(1);
  });

  it('shows a statement that reaches the threshold after the reveal: nothing of it was shown before', () => {
    const decision = nextPublication({ dialogue: [0, 0, 0, 1, 1] }, { dialogue: [0, 0, 1, 1, 1] }, k3);
    expect(decision.statements.dialogue).toEqual([0, 0, 1, 1, 1]);
  });

  it('counts the fewest people that explain a difference', () => {
    expect(peopleExplaining([0, 0, 3], [1, 0, 3])).toBe(1); // a new rating
    expect(peopleExplaining([1, 0, 3], [1, 1, 2])).toBe(1); // a changed rating
    expect(peopleExplaining([1, 1, 2], [0, 1, 2])).toBe(1); // an erased rating
    expect(peopleExplaining([3, 0, 0], [0, 0, 3])).toBe(3);
  });

  const operation = fc.oneof(
    fc.record({ kind: fc.constant('rate' as const), voter: fc.integer({ min: 0, max: 7 }), statement: fc.constantFrom(...statementIds), rating: fc.integer({ min: 1, max: points }) }),
    fc.record({ kind: fc.constant('erase' as const), voter: fc.integer({ min: 0, max: 7 }) }),
    fc.record({ kind: fc.constant('publish' as const) }),
  );

  it('never publishes two shown distributions that fewer than k people explain, whatever the sequence', () => {
    fc.assert(
      fc.property(fc.integer({ min: 3, max: 5 }), fc.array(operation, { maxLength: 80 }), (threshold, operations) => {
        const policy = anonymityPolicy(threshold);
        const ratings: Ratings = new Map();
        let published: PublishedDistributions | undefined;
        const publish = () => {
          const decision = nextPublication(published, distributions(ratings), policy);
          for (const id of statementIds) {
            const before = published?.[id];
            const after = decision.statements[id]!;
            const bothShown = before && canShowResult(votersIn(before), policy) && canShowResult(votersIn(after), policy);
            if (!bothShown) continue;
            // Independent of the module's own count: (L1 distance + change in voters) / 2 people at the least.
            const l1 = after.reduce((sum, count, index) => sum + Math.abs(count - before[index]!), 0);
            const fewest = (l1 + Math.abs(votersIn(after) - votersIn(before))) / 2;
            expect(fewest === 0 || fewest >= threshold).toBe(true);
          }
          published = decision.statements;
        };
        for (const op of operations) {
          if (op.kind === 'rate') rate(ratings, `v${op.voter}`, op.statement, op.rating as Rating);
          else if (op.kind === 'erase') ratings.delete(`v${op.voter}`);
          else publish();
        }
        publish();
      }),
      { numRuns: 300 },
    );
  });

  it('never holds back once enough people changed: the held count says how many are waiting', () => {
    fc.assert(
      fc.property(fc.array(fc.integer({ min: 1, max: points }), { minLength: 3, maxLength: 10 }), fc.array(fc.integer({ min: 1, max: points }), { minLength: 0, maxLength: 10 }), (first, late) => {
        const at = (values: number[]) => distributionOf(values as Rating[], points);
        const decision = nextPublication({ dialogue: at(first) }, { dialogue: at([...first, ...late]) }, k3);
        const shownNow = decision.statements.dialogue!.join() === at([...first, ...late]).join();
        expect(shownNow).toBe(late.length === 0 || late.length >= 3);
        expect(decision.unpublishedRatings).toBe(shownNow ? 0 : late.length);
      }),
    );
  });
});

describe('published answers', () => {
  it('come back in the order of their ids with the check’s own time, not in the order they were sent', () => {
    const sent = [
      { id: 'c3', questionId: 'q', text: 'first sent', createdAt: '2026-12-03T10:00:01.123Z' },
      { id: 'a1', questionId: 'q', text: 'second sent', createdAt: '2026-12-03T10:00:02.456Z' },
      { id: 'b2', questionId: 'q', text: 'third sent', createdAt: '2026-12-03T10:00:03.789Z' },
    ];
    const shown = publishedAnswers(sent, '2026-12-03T09:58:00.000Z');
    expect(shown.map((answer) => answer.text)).toEqual(['second sent', 'third sent', 'first sent']);
    expect(new Set(shown.map((answer) => answer.createdAt))).toEqual(new Set(['2026-12-03T09:58:00.000Z']));
  });
});

describe('answers sent after the reveal', () => {
  const policy = anonymityPolicy(3);

  it('are all shown at the reveal, and later ones only in batches of at least three', () => {
    expect(nextAnswerPublication(undefined, ['a', 'b'], policy)).toEqual({ ids: ['a', 'b'], changed: true, unpublishedAnswers: 0 });
    expect(nextAnswerPublication(['a', 'b'], ['a', 'b', 'c'], policy)).toEqual({ ids: ['a', 'b'], changed: false, unpublishedAnswers: 1 });
    expect(nextAnswerPublication(['a', 'b'], ['a', 'b', 'c', 'd'], policy)).toMatchObject({ ids: ['a', 'b'], unpublishedAnswers: 2 });
    expect(nextAnswerPublication(['a', 'b'], ['a', 'b', 'c', 'd', 'e'], policy)).toEqual({ ids: ['a', 'b', 'c', 'd', 'e'], changed: true, unpublishedAnswers: 0 });
  });

  it('never grow by fewer than three answers, whatever arrives in whatever order', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 6 }), fc.array(fc.integer({ min: 1, max: 4 }), { maxLength: 12 }), (atReveal, arrivals) => {
        let all = Array.from({ length: atReveal }, (_, index) => `r${index}`);
        let shown = nextAnswerPublication(undefined, all, policy).ids;
        for (const [step, count] of arrivals.entries()) {
          all = [...all, ...Array.from({ length: count }, (_, index) => `s${step}-${index}`)];
          const next = nextAnswerPublication(shown, all, policy);
          const added = next.ids.length - shown.length;
          expect(added === 0 || added >= 3).toBe(true);
          expect(next.ids.length + next.unpublishedAnswers).toBe(all.length);
          shown = next.ids;
        }
      }),
    );
  });
});
