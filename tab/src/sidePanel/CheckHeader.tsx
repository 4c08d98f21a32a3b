/**
 * The check's title, its day and state, and who facilitates it. The day is shown once, in the
 * reader's language: the ISO day the API puts into a check's name is left off the title.
 */
import { Badge, makeStyles, Text, tokens } from '@fluentui/react-components';
import { titleWithoutDate } from '../i18n/titleWithoutDate.ts';
import { useFormat } from '../i18n/useFormat.ts';
import { useTranslation } from '../i18n/useTranslation.ts';

const useStyles = makeStyles({
  header: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalS, minWidth: 0 },
  title: { margin: 0 },
  badges: { display: 'flex', flexWrap: 'wrap', gap: tokens.spacingHorizontalS, alignItems: 'center' },
  facilitatedBy: { margin: 0, color: tokens.colorNeutralForeground2 },
});

export interface CheckHeaderProps {
  readonly title: string;
  /** When the check started (ISO). */
  readonly createdAt: string;
  readonly closed: boolean;
  readonly isFacilitator: boolean;
  readonly facilitatorName?: string;
}

export function CheckHeader({ title, createdAt, closed, isFacilitator, facilitatorName }: CheckHeaderProps) {
  const styles = useStyles();
  const { t } = useTranslation();
  const format = useFormat();
  return (
    <header className={styles.header}>
      <Text as="h1" size={500} weight="semibold" className={styles.title}>
        {titleWithoutDate(title, createdAt)}
      </Text>
      <div className={styles.badges}>
        <Text size={200}>{format.checkDate(createdAt)}</Text>
        <Badge appearance="tint" color={closed ? 'informative' : 'success'}>
          {closed ? t('check.closedBadge') : t('check.openBadge')}
        </Badge>
        {isFacilitator && (
          <Badge appearance="outline" color="brand">
            {t('check.facilitatorBadge')}
          </Badge>
        )}
      </div>
      {facilitatorName && (
        <Text as="p" size={200} className={styles.facilitatedBy}>
          {t('check.facilitatedBy', { name: facilitatorName })}
        </Text>
      )}
    </header>
  );
}
