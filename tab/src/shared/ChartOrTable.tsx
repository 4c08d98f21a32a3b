/**
 * A chart with its table equivalent, and a "Show as table" switch between them: the table
 * carries the same figures for screen readers, keyboard users and anyone who reads numbers
 * rather than shapes, without putting both on a 320 px panel at once.
 */
import { makeStyles, Switch, tokens } from '@fluentui/react-components';
import { useState, type ReactNode } from 'react';

const useStyles = makeStyles({
  root: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalS, minWidth: 0 },
  switch: { alignSelf: 'flex-start' },
});

export interface ChartOrTableProps {
  /** The switch's label, e.g. "Show as table". */
  readonly switchLabel: string;
  readonly chart: ReactNode;
  readonly table: ReactNode;
}

export function ChartOrTable({ switchLabel, chart, table }: ChartOrTableProps) {
  const styles = useStyles();
  const [asTable, setAsTable] = useState(false);
  return (
    <div className={styles.root}>
      <Switch className={styles.switch} label={switchLabel} checked={asTable} onChange={(_event, data) => setAsTable(data.checked)} />
      {asTable ? table : chart}
    </div>
  );
}
