/**
 * The bordered box a table or grid wider than the tab scrolls sideways in (320 px and up), so
 * the page itself never does. The box is a named region and a tab stop: a table's cells are
 * not focusable, and a grid's are reached with arrow keys only once one is focused, so without
 * the stop a keyboard could not scroll it (axe's scrollable-region-focusable).
 */
import { makeStyles, tokens } from '@fluentui/react-components';
import type { ReactNode } from 'react';

const useStyles = makeStyles({
  scroller: {
    boxSizing: 'border-box',
    overflowX: 'auto',
    maxWidth: '100%',
    border: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
    borderRadius: tokens.borderRadiusMedium,
  },
});

export function SidewaysScroller({ label, children }: { readonly label: string; readonly children: ReactNode }) {
  const styles = useStyles();
  return (
    <div className={styles.scroller} tabIndex={0} role="region" aria-label={label}>
      {children}
    </div>
  );
}
