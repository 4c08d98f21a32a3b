/**
 * A chart's table equivalent: a Fluent Table named by its caption, in a box that scrolls
 * sideways when the table is wider than the panel (SidewaysScroller).
 */
import { makeStyles, Table, tokens } from '@fluentui/react-components';
import type { ReactNode } from 'react';
import { SidewaysScroller } from './SidewaysScroller.tsx';

const useStyles = makeStyles({
  // Columns as wide as their content needs, not Fluent's equal fixed columns, which squeeze a
  // statement's text to a letter a line at 320 px; words wrap but never break (the page's
  // `overflow-wrap: anywhere` would let a column shrink to one letter).
  table: { tableLayout: 'auto', overflowWrap: 'break-word' },
  caption: { textAlign: 'start', padding: tokens.spacingHorizontalS, color: tokens.colorNeutralForeground2 },
});

export interface CaptionedTableProps {
  readonly caption: string;
  /** The table's header and body (TableHeader, TableBody). */
  readonly children: ReactNode;
}

export function CaptionedTable({ caption, children }: CaptionedTableProps) {
  const styles = useStyles();
  return (
    <SidewaysScroller label={caption}>
      <Table size="small" className={styles.table}>
        <caption className={styles.caption}>{caption}</caption>
        {children}
      </Table>
    </SidewaysScroller>
  );
}
