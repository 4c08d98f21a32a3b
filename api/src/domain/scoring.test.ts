import { describe, expect, it } from 'vitest';
import { anonymityPolicy } from './anonymity.ts';
import { distributionOf, scoreOf, scoreSession, type CastVote, type Rating } from './scoring.ts';
import { customerObsession, squadHealth } from './templates.ts';

const k3 = anonymityPolicy(3);
const votes = (statementId: string, ratings: Rating[], voterPrefix = 'v'): CastVote[] =>
  ratings.map((rating, index) => ({ voterKey: `${voterPrefix}${index}`, statementId, rating }));

describe('statement score', () => {
  it('maps 👎 to 0, neutral to 50 and 👍 to 100', () => {
    expect(scoreOf(distributionOf([1], 5))).toBe(0);
    expect(scoreOf(distributionOf([3], 5))).toBe(50);
    expect(scoreOf(distributionOf([5], 5))).toBe(100);
  });

  it('is the mean of the mapped ratings, to one decimal', () => {
    expect(scoreOf(distributionOf([4, 5, 2], 5))).toBe(66.7); // (75 + 100 + 25) / 3
    expect(scoreOf(distributionOf([1, 2], 5))).toBe(12.5);
  });

  it('is null when nobody rated', () => {
    expect(scoreOf(distributionOf([], 5))).toBeNull();
  });
});

describe('session results', () => {
  it('hide a statement rated by fewer than three people, but still count its voters', () => {
    const result = scoreSession(customerObsession, votes('direct-dialogue', [5, 1]), k3);
    expect(result.statements[0]).toEqual({ id: 'direct-dialogue', voters: 2, score: null, distribution: null });
    expect(result.overall).toBeNull();
  });

  it('show score and distribution from the third voter on', () => {
    const result = scoreSession(customerObsession, votes('direct-dialogue', [5, 1, 4]), k3);
    expect(result.statements[0]).toEqual({
      id: 'direct-dialogue',
      voters: 3,
      score: 58.3,
      distribution: [1, 0, 0, 1, 1],
    });
  });

  it('compute the overall score only from shown statements, so hidden ratings cannot leak through it', () => {
    const result = scoreSession(
      customerObsession,
      [...votes('direct-dialogue', [5, 5, 5]), ...votes('benefit-reviewed', [1, 1])],
      k3,
    );
    expect(result.statements.map((s) => s.score)).toEqual([100, null, null]);
    expect(result.overall).toBe(100);
  });

  it('average the shown statement scores for the overall score', () => {
    const result = scoreSession(
      customerObsession,
      [...votes('direct-dialogue', [5, 5, 5]), ...votes('trusted-partnership', [3, 3, 3])],
      k3,
    );
    expect(result.overall).toBe(75);
  });

  it('count distinct people as voters of the session', () => {
    const result = scoreSession(
      customerObsession,
      [...votes('direct-dialogue', [5, 4, 3]), ...votes('trusted-partnership', [2, 2, 2, 2])],
      k3,
    );
    expect(result.voters).toBe(4);
  });

  it('ignore votes for statements that are not in the template', () => {
    const result = scoreSession(customerObsession, votes('not-a-statement', [5, 5, 5]), k3);
    expect(result.voters).toBe(0);
    expect(result.statements.every((s) => s.voters === 0)).toBe(true);
  });

  it('respect a stricter configured threshold', () => {
    const result = scoreSession(customerObsession, votes('direct-dialogue', [5, 4, 3, 2]), anonymityPolicy(5));
    expect(result.statements[0]?.score).toBeNull();
  });
});

describe('a 3-point scale', () => {
  it('maps the lowest rating to 0, the middle to 50 and the highest to 100', () => {
    expect(scoreOf(distributionOf([1], 3))).toBe(0);
    expect(scoreOf(distributionOf([2], 3))).toBe(50);
    expect(scoreOf(distributionOf([3], 3))).toBe(100);
    expect(scoreOf(distributionOf([3, 3, 2], 3))).toBe(83.3);
  });

  it('counts one value per point, and leaves out a rating beyond the scale', () => {
    expect(distributionOf([1, 3, 3, 5], 3)).toEqual([1, 0, 2]);
  });

  it("scores a check on the template's scale, with three counts per distribution", () => {
    const result = scoreSession(squadHealth, [...votes('release-flow', [3, 2, 1]), ...votes('steady-pace', [3, 3, 3])], k3);
    expect(result.statements[0]).toEqual({ id: 'release-flow', voters: 3, score: 50, distribution: [1, 1, 1] });
    expect(result.statements[1]).toEqual({ id: 'steady-pace', voters: 3, score: 100, distribution: [0, 0, 3] });
    expect(result.overall).toBe(75);
  });

  it('does not count a voter whose only rating is beyond the scale', () => {
    const result = scoreSession(squadHealth, votes('release-flow', [4, 5, 6]), k3);
    expect(result.voters).toBe(0);
  });
});
