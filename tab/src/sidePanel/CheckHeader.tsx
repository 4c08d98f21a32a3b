/** The check's title and state, and who facilitates it. */
import { Badge, makeStyles, Text, tokens } from '@fluentui/react-components';
import { useTranslation } from '../i18n/useTranslation.ts';

const useStyles = makeStyles({
  header: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalS, minWidth: 0 },
  title: { margin: 0 },
  badges: { display: 'flex', flexWrap: 'wrap', gap: tokens.spacingHorizontalS, alignItems: 'center' },
  facilitatedBy: { margin: 0, color: tokens.colorNeutralForeground2 },
});

export interface CheckHeaderProps {
  readonly title: string;
  readonly closed: boolean;
  readonly isFacilitator: boolean;
  readonly facilitatorName?: string;
}

export function CheckHeader({ title, closed, isFacilitator, facilitatorName }: CheckHeaderProps) {
  const styles = useStyles();
  const { t } = useTranslation();
  return (
    <header className={styles.header}>
      <Text as="h1" size={500} weight="semibold" className={styles.title}>
        {title}
      </Text>
      <div className={styles.badges}>
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
