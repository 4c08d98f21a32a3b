/**
 * One statement's spread as a box plot laid flat on the 0–100 score scale: a line from the
 * lowest to the highest team, a box over the middle half (lower to upper quartile), a mark at
 * the median. Only a picture of the numbers its caller writes out beside it, so it is hidden
 * from screen readers. Positions are logical (inset-inline-start), so it mirrors in a
 * right-to-left language; colours are tokens, and system colours in forced-colours mode, where
 * the browser would otherwise drop every background and the bar with them.
 */
import { makeStyles, mergeClasses, tokens } from '@fluentui/react-components';
import { spreadMarks, type ShownSpread } from './statementSpreads.ts';

const useStyles = makeStyles({
  track: {
    position: 'relative',
    boxSizing: 'border-box',
    height: '24px',
    backgroundColor: tokens.colorNeutralBackground3,
    border: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke1}`,
    borderRadius: tokens.borderRadiusSmall,
    overflow: 'hidden',
    // Lines at 25, 50 and 75, so where a box sits reads against the scale.
    backgroundImage: `repeating-linear-gradient(to right, transparent 0 calc(25% - 1px), ${tokens.colorNeutralStroke2} calc(25% - 1px) 25%)`,
    '@media (forced-colors: active)': { forcedColorAdjust: 'none', backgroundColor: 'Canvas', backgroundImage: 'none', border: `${tokens.strokeWidthThin} solid CanvasText` },
  },
  mark: { position: 'absolute', boxSizing: 'border-box' },
  whisker: {
    top: 'calc(50% - 1px)',
    height: '2px',
    backgroundColor: tokens.colorNeutralForeground2,
    '@media (forced-colors: active)': { backgroundColor: 'CanvasText' },
  },
  box: {
    top: '4px',
    bottom: '4px',
    // A box of one score (all teams alike) still shows.
    minWidth: '4px',
    backgroundColor: tokens.colorBrandBackground,
    borderRadius: tokens.borderRadiusSmall,
    '@media (forced-colors: active)': { backgroundColor: 'Highlight' },
  },
  median: {
    top: '1px',
    bottom: '1px',
    width: '4px',
    marginInlineStart: '-2px',
    backgroundColor: tokens.colorNeutralForeground1,
    // Its own edge, so it stands out on the box and on the track in every theme.
    outline: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralBackground1}`,
    '@media (forced-colors: active)': { backgroundColor: 'CanvasText', outlineColor: 'Canvas' },
  },
});

export function SpreadBar({ spread }: { readonly spread: ShownSpread }) {
  const styles = useStyles();
  const marks = spreadMarks(spread);
  const percent = (value: number) => `${value}%`;
  return (
    <div className={styles.track} aria-hidden>
      <div
        className={mergeClasses(styles.mark, styles.whisker)}
        style={{ insetInlineStart: percent(marks.whiskerStart), width: percent(marks.whiskerWidth) }}
      />
      <div className={mergeClasses(styles.mark, styles.box)} style={{ insetInlineStart: percent(marks.boxStart), width: percent(marks.boxWidth) }} />
      <div className={mergeClasses(styles.mark, styles.median)} style={{ insetInlineStart: percent(marks.median) }} />
    </div>
  );
}
