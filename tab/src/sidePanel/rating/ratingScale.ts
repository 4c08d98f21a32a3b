/** The 5-point 👎…👍 scale: values as the API takes them, with their labels. */
import { ratingSchema } from '@contract';
import type { Rating } from '../../api/client.ts';
import { strings } from '../../strings.ts';

export const ratingScale: readonly Rating[] = [1, 2, 3, 4, 5];

export function ratingEmoji(rating: Rating): string {
  return strings.rating.emoji[rating];
}

export function ratingName(rating: Rating): string {
  return strings.rating.names[rating];
}

/** A radio value back to a rating; anything else (never expected) is undefined. */
export function ratingFrom(value: string): Rating | undefined {
  const parsed = ratingSchema.safeParse(Number(value));
  return parsed.success ? parsed.data : undefined;
}
