/**
 * Rating scales of 2 to 7 points: the values as the API takes them (1…points), the symbol
 * each value shows, and the option list the rating, results and stage views draw. Pure, no
 * translator: the names are handed in already in the language shown (see i18n/templateTexts.ts).
 */
import { maxScalePoints, minScalePoints } from '@contract/limits';
import type { Rating } from '../../api/client.ts';

/** The 👎…👍 faces of the classic 5-point scale; the same in every language. */
const fivePoint = ['👎', '🙁', '😐', '🙂', '👍'] as const;
/** Traffic light, as the squad health check draws its 3-point scale. */
const threePoint = ['🔴', '🟡', '🟢'] as const;

/** 1…points; a size outside 2–7 (never expected) is clamped into it. */
export function ratingValues(points: number): number[] {
  const size = Math.min(maxScalePoints, Math.max(minScalePoints, Math.round(points) || minScalePoints));
  return Array.from({ length: size }, (_, index) => index + 1);
}

/** What the eye sees for a value: faces for 5 points, a traffic light for 3, else the number. */
export function ratingSymbol(points: number, value: number): string {
  if (points === 5) return fivePoint[value - 1] ?? String(value);
  if (points === 3) return threePoint[value - 1] ?? String(value);
  return String(value);
}

/** Whether the symbols are pictures (then a screen reader needs the name) or the number itself. */
export function hasPictureSymbols(points: number): boolean {
  return points === 3 || points === 5;
}

export interface RatingOption {
  readonly value: Rating;
  /** Emoji or number, for the eye. */
  readonly symbol: string;
  /** The value's meaning in the language shown ("Agree"); empty when the template has none. */
  readonly label: string;
  /** What a screen reader says: "4 – Agree", or just "4" without a label. */
  readonly name: string;
}

export interface RatingScale {
  readonly points: number;
  readonly options: readonly RatingOption[];
  /** The built-in 👎…👍 scale with the resource file's names (and its hint). */
  readonly classic: boolean;
}

/**
 * The options of a scale. `labels[i]` is the meaning of value i + 1; `name` formats value and
 * label ("4 – Agree"); `fixedNames` (built-in translations) wins where given.
 */
export function ratingScaleOf(
  points: number,
  labels: readonly (string | undefined)[],
  name: (value: number, label: string) => string,
  fixedNames: readonly (string | undefined)[] = [],
): RatingScale {
  const values = ratingValues(points);
  return {
    points: values.length,
    classic: fixedNames.length > 0,
    options: values.map((value) => {
      const label = labels[value - 1]?.trim() ?? '';
      return {
        value: value as Rating,
        symbol: ratingSymbol(values.length, value),
        label,
        name: fixedNames[value - 1] ?? (label ? name(value, label) : String(value)),
      };
    }),
  };
}

/** A radio value back to a rating of this scale; anything else (never expected) is undefined. */
export function ratingFrom(value: string, points: number = maxScalePoints): Rating | undefined {
  // The contract's ratingSchema (a whole number 1…maxScalePoints), checked by hand: no zod here.
  const rating = Number(value);
  return Number.isInteger(rating) && rating >= 1 && rating <= Math.min(points, maxScalePoints) ? (rating as Rating) : undefined;
}
