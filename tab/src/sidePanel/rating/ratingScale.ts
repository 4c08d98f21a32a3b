/** The 5-point 👎…👍 scale: values as the API takes them, with their labels. */
import { ratingSchema } from '@contract';
import type { Rating } from '../../api/client.ts';

export const ratingScale: readonly Rating[] = [1, 2, 3, 4, 5];

/** What the eye sees; the same in every language. */
const emoji: Readonly<Record<Rating, string>> = { 1: '👎', 2: '🙁', 3: '😐', 4: '🙂', 5: '👍' };

/** What a screen reader says ("4 – Agree"), by value: the emoji alone would say too little. */
const nameKeys = {
  1: 'rating.names.1',
  2: 'rating.names.2',
  3: 'rating.names.3',
  4: 'rating.names.4',
  5: 'rating.names.5',
} as const satisfies Record<Rating, string>;

export function ratingEmoji(rating: Rating): string {
  return emoji[rating];
}

/** The resource key of a rating's accessible name, for `t()`. */
export function ratingNameKey(rating: Rating): (typeof nameKeys)[Rating] {
  return nameKeys[rating];
}

/** A radio value back to a rating; anything else (never expected) is undefined. */
export function ratingFrom(value: string): Rating | undefined {
  const parsed = ratingSchema.safeParse(Number(value));
  return parsed.success ? parsed.data : undefined;
}
