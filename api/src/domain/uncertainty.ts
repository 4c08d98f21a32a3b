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
 *
 * Trends over a window. Check to previous compares two checks of a handful of people each, so
 * a small team's real, steady improvement is always "within noise" there. `windowTrend` looks at
 * the team's last 6 to 10 closed checks at once: it fits a straight line through their scores
 * (ordinary least squares on the check's day) and reports the line's change from the window's
 * first check to its latest, with a 95 % interval,
 *   change = b · span,   b ± t(0.975, n − 2) · σ / √Sxx,
 * b the slope, span the days from first to latest check, Sxx = Σ (day − mean day)². It says
 * "up" or "down" only when that interval excludes 0. Why a regression rather than the last three
 * checks pooled against the three before: it uses every check of the window, weighs the days
 * between them (a skipped week stays a week), and a steady rise, the shift a team hopes for,
 * is what it detects best.
 *
 * σ², the noise of one check around the line, is the checks' scatter around it (residual
 * variance, n − 2 degrees of freedom; Student's t allows for estimating it from few checks). It
 * holds whatever makes checks differ: who came, the mood of the week, the sampling noise of a few
 * ratings. The checks' own intervals are not used: they assume a new sample of people each time,
 * while a team is mostly the same people week after week, whose personal leanings cancel out in
 * a trend; a steady team's scores scatter far less than its intervals suggest. As with a single
 * check, scores that lie exactly on a line show no scatter, and none is invented.
 *
 * Assumptions, and what they cost:
 * - Checks are independent given the trend. The same people rate week after week; a lasting
 *   mood that carries from one check to the next (autocorrelation) is not modelled and would make
 *   the interval too narrow. Six checks at least temper that; "beyond noise" is at the 95 % level,
 *   so across many teams and statements, one trend in twenty may be called by chance.
 * - Different voters each time: who came is part of a check's scatter around the line, which
 *   the residual variance measures; nothing assumes the same people.
 * - Unequal group sizes: each check counts once, whatever its size, since its score is the
 *   team's reading that week (unweighted least squares: a small check's larger noise widens the
 *   scatter, and so the interval, rather than being trusted less).
 * - Template versions and statement sets: only checks of one template enter, a statement only by
 *   its id, and the overall trend only over the statements every check of the window showed
 *   (domain/windowTrends.ts), so a statement added or dropped does not read as a change.
 * - Only what was published enters: a statement hidden below the anonymity threshold has no
 *   score in its check, so it is no point of the line, and nothing hidden can be worked out from
 *   a line through shown scores.
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

/** A window trend needs this many checks, and reads at most the latest `windowChecksMax`. */
export const windowChecksMin = 6;
export const windowChecksMax = 10;

/** One check's score in a window: when the check was, and its score. */
export interface WindowPoint {
  at: string;
  score: number;
}

export interface WindowTrend {
  trend: Trend;
  /** When the window's first check was (ISO time). */
  since: string;
  /** How many checks the line goes through. */
  checks: number;
  /** The line's change from the first check of the window to its latest, in points. */
  change: number;
  /** 95 % interval of `change`; "up" or "down" only when it excludes 0. Not clipped: it may be negative. */
  interval: ScoreInterval;
}

const dayMs = 24 * 60 * 60 * 1000;

/**
 * The trend through the latest `windowChecksMax` of some checks' scores (any order), or null
 * with fewer than `windowChecksMin` or when they all fall on one moment (no line to fit).
 */
export function windowTrend(points: readonly WindowPoint[]): WindowTrend | null {
  const window = [...points].sort((a, b) => Date.parse(a.at) - Date.parse(b.at)).slice(-windowChecksMax);
  const n = window.length;
  if (n < windowChecksMin) return null;
  const first = Date.parse(window[0]!.at);
  const days = window.map((point) => (Date.parse(point.at) - first) / dayMs);
  const meanDay = days.reduce((sum, day) => sum + day, 0) / n;
  const meanScore = window.reduce((sum, point) => sum + point.score, 0) / n;
  const sxx = days.reduce((sum, day) => sum + (day - meanDay) ** 2, 0);
  if (!(sxx > 0)) return null;
  const slope = window.reduce((sum, point, index) => sum + (days[index]! - meanDay) * (point.score - meanScore), 0) / sxx;
  const residualVariance =
    window.reduce((sum, point, index) => sum + (point.score - meanScore - slope * (days[index]! - meanDay)) ** 2, 0) / (n - 2);
  const noise = Math.sqrt(residualVariance);
  const span = days[n - 1]!;
  const change = slope * span;
  const halfWidth = (tQuantile975(n - 2) * noise * span) / Math.sqrt(sxx);
  const low = change - halfWidth;
  const high = change + halfWidth;
  return {
    trend: low > 0 ? 'up' : high < 0 ? 'down' : 'within-noise',
    since: window[0]!.at,
    checks: n,
    change: roundToTenth(change),
    interval: { low: roundToTenth(low), high: roundToTenth(high) },
  };
}
