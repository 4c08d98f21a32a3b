/**
 * An entry's facts in a wrapping line, as the review and the channel tab show them: status
 * (unless the caller shows it otherwise), owner, how long it has been open, severity,
 * customer and last contact.
 */
import { Badge, makeStyles, Text, tokens } from '@fluentui/react-components';
import { useTranslation } from '../../i18n/useTranslation.ts';
import type { RegisterEntry } from '../../api/client.ts';
import { activeFormattingLocale } from '../../i18n/i18n.ts';
import { formatAge, isActive, severityKeys, statusKeys, type RiskSeverity } from './registers.ts';

const useStyles = makeStyles({
  meta: { display: 'flex', flexWrap: 'wrap', gap: `${tokens.spacingVerticalXXS} ${tokens.spacingHorizontalS}`, alignItems: 'center' },
  secondary: { color: tokens.colorNeutralForeground2 },
});

const severityColors = {
  low: 'informative',
  medium: 'warning',
  high: 'danger',
} as const satisfies Record<RiskSeverity, 'informative' | 'warning' | 'danger'>;

const statusColors = {
  open: 'informative',
  'in-progress': 'brand',
  done: 'success',
  dropped: 'subtle',
} as const satisfies Record<RegisterEntry['status'], 'informative' | 'brand' | 'success' | 'subtle'>;

export function RegisterStatusBadge({ status }: { status: RegisterEntry['status'] }) {
  const { t } = useTranslation();
  return (
    <Badge appearance="tint" color={statusColors[status]}>
      {t(statusKeys[status])}
    </Badge>
  );
}

export interface RegisterEntryMetaProps {
  readonly entry: RegisterEntry;
  /** Show the status as a badge (the channel tab shows its own status control instead). */
  readonly showStatus?: boolean;
  readonly now?: Date;
}

export function RegisterEntryMeta({ entry, showStatus = true, now }: RegisterEntryMetaProps) {
  const styles = useStyles();
  const { t } = useTranslation();
  return (
    <div className={styles.meta}>
      {showStatus && <RegisterStatusBadge status={entry.status} />}
      {entry.severity && (
        <Badge appearance="tint" color={severityColors[entry.severity]}>
          {t('registers.severityBadge', { severity: t(severityKeys[entry.severity]) })}
        </Badge>
      )}
      <Text size={200} className={styles.secondary}>
        {entry.owner ? t('registers.owner', { owner: entry.owner }) : t('registers.noOwner')}
      </Text>
      {isActive(entry) && (
        <Text size={200} className={styles.secondary}>
          {t('registers.openedAgo', { ago: formatAge(entry.createdAt, activeFormattingLocale(), now) })}
        </Text>
      )}
      {entry.customer && (
        <Text size={200} className={styles.secondary}>
          {t('registers.customer', { customer: entry.customer })}
        </Text>
      )}
      {entry.lastContactDate && (
        <Text size={200} className={styles.secondary}>
          {t('registers.lastContact', { date: entry.lastContactDate })}
        </Text>
      )}
    </div>
  );
}
