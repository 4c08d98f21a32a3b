import { describe, expect, it } from 'vitest';
import { hasPictureSymbols, ratingFrom, ratingScaleOf, ratingSymbol, ratingValues } from './ratingScale.ts';

describe('rating scales', () => {
  it('have the values 1…points, within 2–7', () => {
    expect(ratingValues(3)).toEqual([1, 2, 3]);
    expect(ratingValues(7)).toHaveLength(7);
    expect(ratingValues(9)).toHaveLength(7);
    expect(ratingValues(1)).toHaveLength(2);
  });

  it('show faces for 5 points, a traffic light for 3, else the number', () => {
    expect(ratingValues(5).map((value) => ratingSymbol(5, value))).toEqual(['👎', '🙁', '😐', '🙂', '👍']);
    expect(ratingValues(3).map((value) => ratingSymbol(3, value))).toEqual(['🔴', '🟡', '🟢']);
    expect(ratingValues(4).map((value) => ratingSymbol(4, value))).toEqual(['1', '2', '3', '4']);
    expect([2, 3, 4, 5, 6, 7].filter(hasPictureSymbols)).toEqual([3, 5]);
  });

  it('name each value by number and label, or the number alone without one', () => {
    const scale = ratingScaleOf(3, ['Poor', ' ', undefined], (value, label) => `${value} – ${label}`);
    expect(scale.options.map((option) => option.name)).toEqual(['1 – Poor', '2', '3']);
    expect(scale.classic).toBe(false);
    const classic = ratingScaleOf(5, [], () => 'unused', ['a', 'b', 'c', 'd', 'e']);
    expect(classic.options.map((option) => option.name)).toEqual(['a', 'b', 'c', 'd', 'e']);
    expect(classic.classic).toBe(true);
  });

  it('read a radio value back only within the scale', () => {
    expect(ratingFrom('3', 3)).toBe(3);
    expect(ratingFrom('4', 3)).toBeUndefined();
    expect(ratingFrom('x', 3)).toBeUndefined();
  });
});
