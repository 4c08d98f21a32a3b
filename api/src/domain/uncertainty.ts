/**
 * Honest numbers for small teams. A team of six has noisy scores: one changed vote moves a
 * statement by four points. Every score therefore carries a 95 % confidence interval, and a
 * change between two checks counts as real only when it is larger than that noise.
 *
 * Method: Student's t-interval on the 0–100 points of the individual ratings,
 *   mean ± t(0.975, n − 1) · s / √n,   s = sample standard deviation,
 * clipped to 0…100. With everyone agreeing (s = 0) the interval has width zero: the data
 * show no spread, and we do not invent any. For the overall score, the interval is the
 * t-interval of each voter's mean rating over the shown statements, centred on the overall
 * score (the mean of statement scores), which accounts for one person rating several statements.
 */
import { ratingToPoints, roundToTenth, type Distribution, type Rating } from './scoring.ts';

export interface ScoreInterval {
  low: number;
  high: number;
}

/** Two-sided 97.5 % quantiles of Student's t for 1…30 degrees of freedom. */
const tQuantiles = [
  12.706, 4.303, 3.182, 2.776, 2.571, 2.447, 2.365, 2.306, 2.262, 2.228, 2.201, 2.179, 2.16, 2.145, 2.131, 2.12,
  2.11, 2.101, 2.093, 2.086, 2.08, 2.074, 2.069, 2.064, 2.06, 2.056, 2.052, 2.048, 2.045, 2.042,
];

export function tQuantile975(degreesOfFreedom: number): number {
  if (degreesOfFreedom < 1) return Number.POSITIVE_INFINITY;
  if (degreesOfFreedom <= 30) return tQuantiles[degreesOfFreedom - 1] ?? 2.042;
  if (degreesOfFreedom <= 60) return 2.0;
  if (degreesOfFreedom <= 120) return 1.98;
  return 1.96;
}

/** The interval of the mean of some 0–100 values, or null with fewer than two values. */
export function meanInterval(values: readonly number[], centre?: number): ScoreInterval | null {
  const n = values.length;
  if (n < 2) return null;
  const mean = values.reduce((sum, value) => sum + value, 0) / n;
  const variance = values.reduce((sum, value) => sum + (value - mean) ** 2, 0) / (n - 1);
  const halfWidth = (tQuantile975(n - 1) * Math.sqrt(variance)) / Math.sqrt(n);
  const at = centre ?? mean;
  return { low: roundToTenth(Math.max(0, at - halfWidth)), high: roundToTenth(Math.min(100, at + halfWidth)) };
}

export function distributionInterval(distribution: Distribution): ScoreInterval | null {
  const points = distribution.flatMap((count, index) =>
    Array.from({ length: count }, () => ratingToPoints((index + 1) as Rating, distribution.length)),
  );
  return meanInterval(points);
}

export type Trend = 'up' | 'down' | 'within-noise';

/**
 * Compares a score with the one before. "Within noise" when the change is smaller than the
 * wider of the two half-widths: then each score lies inside the other's interval, and one or
 * two changed votes could explain the difference.
 */
export function trendBetween(
  previous: { score: number | null; interval: ScoreInterval | null },
  current: { score: number | null; interval: ScoreInterval | null },
): Trend | null {
  if (previous.score === null || current.score === null) return null;
  const halfWidth = (interval: ScoreInterval | null) => (interval ? (interval.high - interval.low) / 2 : 0);
  const noise = Math.max(halfWidth(previous.interval), halfWidth(current.interval));
  const change = current.score - previous.score;
  if (Math.abs(change) <= noise) return 'within-noise';
  return change > 0 ? 'up' : 'down';
}
