import { describe, expect, it } from 'vitest';
import { distributionInterval, meanInterval, tQuantile975, trendBetween, windowTrend, type WindowPoint } from './uncertainty.ts';

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

describe('trend over a window of checks', () => {
  /** Weekly checks from Monday 14 September 2026. */
  const weekly = (scores: number[]): WindowPoint[] =>
    scores.map((score, week) => ({ at: new Date(Date.UTC(2026, 8, 14 + 7 * week, 9, 30)).toISOString(), score }));

  it('calls a clear rise beyond noise, with the fitted change since the first check', () => {
    // Weeks 0…5, scores 50 54 57 62 65 70: mean week 2.5, Sxx = 17.5, Σ(x − 2.5)·y = 69, so the
    // slope is 3.943 a week and the change over five weeks +19.7. Residuals 0.19 0.25 −0.70 0.36
    // −0.58 0.48: variance 1.277 / 4 = 0.319, σ = 0.565, and the change's half-width is
    // t(4) = 2.776 × 0.565 / √17.5 × 5 = 1.87: +19.7, 17.8 to 21.6.
    expect(windowTrend(weekly([50, 54, 57, 62, 65, 70]))).toEqual({
      trend: 'up',
      since: '2026-09-14T09:30:00.000Z',
      checks: 6,
      change: 19.7,
      interval: { low: 17.8, high: 21.6 },
    });
  });

  it('calls a clear fall beyond noise', () => {
    expect(windowTrend(weekly([70, 65, 62, 57, 54, 50]))).toMatchObject({
      trend: 'down',
      change: -19.7,
      interval: { low: -21.6, high: -17.8 },
    });
  });

  it('keeps a flat noisy series within noise', () => {
    // 60 68 55 66 58 63: Σ(x − 2.5)·y = −2, slope −0.114 a week, change −0.6. The residuals
    // (−2.0 6.2 −6.7 4.4 −3.5 1.6) give variance 121.1 / 4 = 30.3, σ = 5.50, and the half-width
    // 2.776 × 5.50 / √17.5 × 5 = 18.3: −18.8 to 17.7, which holds 0.
    expect(windowTrend(weekly([60, 68, 55, 66, 58, 63]))).toEqual({
      trend: 'within-noise',
      since: '2026-09-14T09:30:00.000Z',
      checks: 6,
      change: -0.6,
      interval: { low: -18.8, high: 17.7 },
    });
  });

  it('keeps a team that scores the same every week within noise', () => {
    expect(windowTrend(weekly([62.5, 62.5, 62.5, 62.5, 62.5, 62.5]))).toMatchObject({
      trend: 'within-noise',
      change: 0,
      interval: { low: 0, high: 0 },
    });
  });

  it('calls a small, steady rise beyond noise, and the same rise with scattered checks within noise', () => {
    // About a point a week, each check within half a point of the line: +5.2, 4.2 to 6.2.
    expect(windowTrend(weekly([50, 51.5, 52, 53.5, 54, 55.5]))).toMatchObject({ trend: 'up', change: 5.2, interval: { low: 4.2, high: 6.2 } });
    // About the same rise with checks five points off the line each way: +5.7, −12.5 to 23.9.
    expect(windowTrend(weekly([50, 56, 47, 58, 49, 60]))).toMatchObject({ trend: 'within-noise', change: 5.7 });
  });

  it('weighs the days between checks, not their count', () => {
    // Two points a week, with four weeks skipped before the last check: on the day axis the
    // six scores lie on one line, +2 × 9 weeks = +18; counted check by check they would not.
    const points = weekly([50, 52, 54, 56, 58, 68]);
    points[5] = { ...points[5]!, at: new Date(Date.UTC(2026, 8, 14 + 7 * 9, 9, 30)).toISOString() };
    expect(windowTrend(points)).toMatchObject({ trend: 'up', change: 18 });
  });

  it('reads only the latest ten checks, in the order they were held', () => {
    const twelve = weekly([90, 10, 50, 50, 52, 51, 53, 52, 54, 53, 55, 54]);
    const trend = windowTrend([...twelve].reverse())!;
    expect(trend.checks).toBe(10);
    expect(trend.since).toBe(twelve[2]!.at);
    expect(trend.trend).toBe('up');
  });

  it('has nothing to say with fewer than six checks, or all at one moment', () => {
    expect(windowTrend(weekly([50, 60, 70, 80, 90]))).toBeNull();
    expect(windowTrend(weekly([50, 60, 70, 80, 90, 95]).map((point) => ({ ...point, at: '2026-09-14T09:30:00.000Z' })))).toBeNull();
  });
});
