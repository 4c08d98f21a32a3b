import { describe, expect, it } from 'vitest';
import { tokens } from '@fluentui/react-components';
import { toneOf } from './StageStatement.tsx';

describe('the stage’s colour for a rating', () => {
  it('runs from red for the lowest to green for the highest value, on every scale', () => {
    for (const points of [2, 3, 5, 7]) {
      expect(toneOf(1, points)).toBe(tokens.colorPaletteRedBackground3);
      expect(toneOf(points, points)).toBe(tokens.colorPaletteGreenBackground3);
    }
    expect(toneOf(3, 5)).toBe(tokens.colorPaletteMarigoldBackground3);
    expect(toneOf(2, 3)).toBe(tokens.colorPaletteMarigoldBackground3);
  });
});
