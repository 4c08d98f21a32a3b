import { describe, expect, it } from 'vitest';
import { anonymityPolicy, canShowResult, minimumAnonymityThreshold } from './anonymity.ts';

describe('anonymity threshold', () => {
  it('defaults to three distinct voters', () => {
    expect(anonymityPolicy().threshold).toBe(3);
    expect(canShowResult(2, anonymityPolicy())).toBe(false);
    expect(canShowResult(3, anonymityPolicy())).toBe(true);
  });

  it('can be made stricter by configuration', () => {
    expect(anonymityPolicy(7).threshold).toBe(7);
  });

  it('can never be set below three', () => {
    expect(anonymityPolicy(1).threshold).toBe(minimumAnonymityThreshold);
    expect(anonymityPolicy(0).threshold).toBe(3);
    expect(anonymityPolicy(-4).threshold).toBe(3);
    expect(anonymityPolicy(Number.NaN).threshold).toBe(3);
  });
});
