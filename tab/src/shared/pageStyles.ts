/**
 * Layout shared by every screen. The side panel is 320 px wide: content wraps (long words
 * included) rather than ever scrolling sideways.
 */
import { makeStaticStyles, makeStyles, tokens } from '@fluentui/react-components';

/** A list without bullets or indent: the tab's lists are laid out by their own styles. */
export const bareList = { margin: 0, padding: 0, listStyleType: 'none' } as const;

/** A bare list whose items are stacked `gap` apart. */
export function stackedList(gap: string) {
  return { display: 'flex', flexDirection: 'column', gap, ...bareList } as const;
}

export const useGlobalStyles = makeStaticStyles({
  body: { margin: 0 },
  '*, *::before, *::after': { boxSizing: 'border-box' },
});

export const usePageStyles = makeStyles({
  page: {
    display: 'flex',
    flexDirection: 'column',
    gap: tokens.spacingVerticalL,
    padding: `${tokens.spacingVerticalM} ${tokens.spacingHorizontalM}`,
    maxWidth: '100%',
    minWidth: 0,
    overflowWrap: 'anywhere',
  },
  section: {
    display: 'flex',
    flexDirection: 'column',
    gap: tokens.spacingVerticalM,
    minWidth: 0,
  },
  heading: {
    margin: 0,
  },
  centered: {
    display: 'flex',
    justifyContent: 'center',
    padding: tokens.spacingVerticalXXL,
  },
  /** A list of cards: one column in a 320 px tab, as many 18rem columns as fit when there is room. */
  cards: {
    display: 'grid',
    gridTemplateColumns: 'repeat(auto-fill, minmax(min(100%, 18rem), 1fr))',
    gap: tokens.spacingHorizontalM,
    ...bareList,
  },
  card: { gap: tokens.spacingVerticalS, height: '100%' },
});

/** Present for screen readers, invisible on screen (live regions, extra context). */
export const useVisuallyHiddenStyles = makeStyles({
  hidden: {
    position: 'absolute',
    width: '1px',
    height: '1px',
    margin: '-1px',
    padding: 0,
    overflow: 'hidden',
    clip: 'rect(0, 0, 0, 0)',
    whiteSpace: 'nowrap',
    border: 0,
  },
});
