/**
 * Fluent's Card for content that is only read (a statement, a score), composed from Fluent's own
 * Card hooks and renderer without the focus management of `useCard_unstable`. That layer only
 * serves clickable or selectable cards and brings Tabster, the largest library of the side
 * panel's first load, which a read-only card never uses. Same markup, classes and theming.
 */
// The Card package itself: react-components does not re-export the base hook.
import {
  renderCard_unstable,
  useCardBase_unstable,
  useCardStyles_unstable,
  type CardProps,
  type CardState,
} from '@fluentui/react-card';
import { forwardRef } from 'react';

export type StaticCardProps = Pick<CardProps, 'className' | 'children' | 'appearance' | 'id' | 'aria-label' | 'aria-labelledby'>;

export const StaticCard = forwardRef<HTMLDivElement, StaticCardProps>(function StaticCard(
  { appearance = 'filled', ...props },
  ref,
) {
  const state: CardState = { ...useCardBase_unstable(props, ref), appearance, orientation: 'vertical', size: 'medium' };
  useCardStyles_unstable(state);
  return renderCard_unstable(state, { selectableA11yProps: state.selectableA11yProps });
});
