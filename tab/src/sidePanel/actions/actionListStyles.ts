/** How an action reads wherever actions are listed: the side panel's review and the channel tab. */
import { makeStyles, tokens } from '@fluentui/react-components';
import { stackedList } from '../../shared/pageStyles.ts';

export const useActionListStyles = makeStyles({
  list: stackedList(tokens.spacingVerticalS),
  item: {
    display: 'flex',
    flexDirection: 'column',
    gap: tokens.spacingVerticalXS,
    padding: `${tokens.spacingVerticalS} ${tokens.spacingHorizontalS}`,
    borderLeft: `${tokens.strokeWidthThick} solid ${tokens.colorNeutralStroke1}`,
    minWidth: 0,
  },
  // Late and done are also said in words; the border colour only repeats it.
  overdueItem: { borderLeftColor: tokens.colorPaletteRedBorder2 },
  doneItem: { borderLeftColor: tokens.colorPaletteGreenBorder2 },
  text: { whiteSpace: 'pre-wrap' },
  meta: { display: 'flex', flexWrap: 'wrap', gap: tokens.spacingHorizontalS, alignItems: 'center' },
  secondary: { color: tokens.colorNeutralForeground2 },
  button: { alignSelf: 'flex-start' },
});
