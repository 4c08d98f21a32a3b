/**
 * What the intervals and "≈ Within noise" mean, in one plain sentence, with the statistics behind
 * it (the 95 % interval, Student's t, the noise rule) one link away: "How is this worked out?".
 *
 * The link is a disclosure button: it says whether the details are open (`aria-expanded`) and
 * which paragraph it opens (`aria-controls`); that paragraph follows right after it, so keyboard
 * and screen reader users reach it in reading order, and nothing covers the scores on a narrow tab.
 */
import { Link, makeStyles, mergeClasses, Text, tokens } from '@fluentui/react-components';
import { useId, useState } from 'react';
import { useTranslation } from '../i18n/useTranslation.ts';

const useStyles = makeStyles({
  root: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalXS, minWidth: 0 },
  text: { margin: 0 },
});

export interface ScoreHelpProps {
  /** The plain sentence's id, for an `aria-describedby` of the scores it explains. */
  readonly id?: string;
  readonly className?: string;
  /** Another explanation in the same form (the window trend's), its link named apart; the intervals' by default. */
  readonly texts?: { readonly summary: string; readonly details: string; readonly how: string };
}

export function ScoreHelp({ id, className, texts }: ScoreHelpProps) {
  const styles = useStyles();
  const { t } = useTranslation();
  const [open, setOpen] = useState(false);
  const detailsId = useId();
  return (
    <div className={mergeClasses(styles.root, className)}>
      <Text as="p" size={200} className={styles.text}>
        <span id={id}>{texts?.summary ?? t('scores.helpSummary')}</span>{' '}
        <Link as="button" inline aria-expanded={open} aria-controls={detailsId} onClick={() => setOpen((was) => !was)}>
          {texts?.how ?? t('scores.helpHow')}
        </Link>
      </Text>
      <div id={detailsId} hidden={!open}>
        <Text as="p" size={200} className={styles.text}>
          {texts?.details ?? t('scores.help')}
        </Text>
      </div>
    </div>
  );
}
