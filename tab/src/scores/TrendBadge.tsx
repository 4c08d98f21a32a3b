/**
 * A change against the previous check, in words as well as arrow and colour ("↑ Up",
 * "↓ Down", "≈ Within noise"), so it reads the same without colour or in high contrast.
 */
import { Badge, Text, makeStyles, tokens } from '@fluentui/react-components';
import type { ScoreTrend } from '../api/client.ts';
import { strings } from '../strings.ts';

const useStyles = makeStyles({
  none: { color: tokens.colorNeutralForeground2 },
  badge: { flexShrink: 0 },
});

const colorOf = { up: 'success', down: 'danger', 'within-noise': 'informative' } as const;

export function TrendBadge({ trend, showNone = false }: { trend: ScoreTrend | null; showNone?: boolean }) {
  const styles = useStyles();
  if (trend === null) {
    return showNone ? (
      <Text size={200} className={styles.none}>
        {strings.trend.none}
      </Text>
    ) : null;
  }
  return (
    <Badge appearance="tint" color={colorOf[trend]} className={styles.badge}>
      {/* One span: the badge lays out its children as flex items, which would drop the space. */}
      <span>
        <span aria-hidden="true">{strings.trend.arrow[trend]}</span> {strings.trend.word[trend]}
      </span>
    </Badge>
  );
}
