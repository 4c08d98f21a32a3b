/**
 * A change against the previous check, in words as well as arrow and colour ("↑ Up",
 * "↓ Down", "≈ Within noise"), so it reads the same without colour or in high contrast.
 */
import { Badge, Text, makeStyles, tokens } from '@fluentui/react-components';
import { useTranslation } from '../i18n/useTranslation.ts';
import type { ScoreTrend } from '../api/client.ts';

const useStyles = makeStyles({
  none: { color: tokens.colorNeutralForeground2 },
  badge: { flexShrink: 0 },
});

const colorOf = { up: 'success', down: 'danger', 'within-noise': 'informative' } as const;
/** Visible arrows are decoration; the word after them carries the meaning. */
const arrowOf = { up: '↑', down: '↓', 'within-noise': '≈' } as const;
const wordKeyOf = {
  up: 'trend.word.up',
  down: 'trend.word.down',
  'within-noise': 'trend.word.within-noise',
} as const satisfies Record<ScoreTrend, string>;

export function TrendBadge({ trend, showNone = false }: { trend: ScoreTrend | null; showNone?: boolean }) {
  const styles = useStyles();
  const { t } = useTranslation();
  if (trend === null) {
    return showNone ? (
      <Text size={200} className={styles.none}>
        {t('trend.none')}
      </Text>
    ) : null;
  }
  return (
    <Badge appearance="tint" color={colorOf[trend]} className={styles.badge}>
      {/* One span: the badge lays out its children as flex items, which would drop the space. */}
      <span>
        <span aria-hidden="true">{arrowOf[trend]}</span> {t(wordKeyOf[trend])}
      </span>
    </Badge>
  );
}
