import { describe, expect, it } from 'vitest';
import { distributionInterval, meanInterval, tQuantile975, trendBetween } from './uncertainty.ts';

describe('score intervals', () => {
  it('use Student t quantiles for small groups', () => {
    expect(tQuantile975(2)).toBe(4.303);
    expect(tQuantile975(5)).toBe(2.571);
    expect(tQuantile975(500)).toBe(1.96);
  });

  it('match a hand-computed t-interval', () => {
    // ratings 2, 4, 5 → points 25, 75, 100: mean 66.7, s = 38.19, t(2) = 4.303 → ±94.9
    expect(distributionInterval([0, 1, 0, 1, 1])).toEqual({ low: 0, high: 100 });
    // six voters: 3, 4, 4, 4, 5, 5 → points 50, 75, 75, 75, 100, 100: mean 79.2, s = 18.82, t(5) = 2.571 → ±19.8
    expect(distributionInterval([0, 0, 1, 3, 2])).toEqual({ low: 59.4, high: 98.9 });
  });

  it('have no width when everybody agrees', () => {
    expect(distributionInterval([0, 0, 0, 4, 0])).toEqual({ low: 75, high: 75 });
  });

  it('are absent with fewer than two values', () => {
    expect(meanInterval([50])).toBeNull();
    expect(distributionInterval([0, 0, 0, 0, 0])).toBeNull();
  });

  it('narrow as more people rate the same way', () => {
    const six = distributionInterval([0, 1, 2, 2, 1])!;
    const sixty = distributionInterval([0, 10, 20, 20, 10])!;
    expect(sixty.high - sixty.low).toBeLessThan((six.high - six.low) / 2);
  });
});

describe('trend between two checks', () => {
  it('calls a change inside the noise "within noise"', () => {
    expect(trendBetween({ score: 60, interval: { low: 45, high: 75 } }, { score: 70, interval: { low: 55, high: 85 } })).toBe(
      'within-noise',
    );
  });

  it('calls a change beyond the noise up or down', () => {
    expect(trendBetween({ score: 40, interval: { low: 35, high: 45 } }, { score: 70, interval: { low: 65, high: 75 } })).toBe('up');
    expect(trendBetween({ score: 70, interval: { low: 65, high: 75 } }, { score: 40, interval: { low: 35, high: 45 } })).toBe('down');
  });

  it('has nothing to say when either score is hidden', () => {
    expect(trendBetween({ score: null, interval: null }, { score: 70, interval: null })).toBeNull();
  });
});
