/** The check's title and state, and for the facilitator the way to close it. */
import { Badge, makeStyles, Text, tokens } from '@fluentui/react-components';
import { strings } from '../strings.ts';
import { CloseCheckDialog } from './CloseCheckDialog.tsx';

const useStyles = makeStyles({
  header: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalS, minWidth: 0 },
  title: { margin: 0 },
  badges: { display: 'flex', flexWrap: 'wrap', gap: tokens.spacingHorizontalS, alignItems: 'center' },
});

export interface CheckHeaderProps {
  readonly title: string;
  readonly closed: boolean;
  readonly isFacilitator: boolean;
  readonly onClose: () => Promise<void>;
}

export function CheckHeader({ title, closed, isFacilitator, onClose }: CheckHeaderProps) {
  const styles = useStyles();
  return (
    <header className={styles.header}>
      <Text as="h1" size={500} weight="semibold" className={styles.title}>
        {title}
      </Text>
      <div className={styles.badges}>
        <Badge appearance="tint" color={closed ? 'informative' : 'success'}>
          {closed ? strings.check.closedBadge : strings.check.openBadge}
        </Badge>
        {isFacilitator && (
          <Badge appearance="outline" color="brand">
            {strings.check.facilitatorBadge}
          </Badge>
        )}
      </div>
      {isFacilitator && !closed && (
        <div>
          <CloseCheckDialog onConfirm={onClose} />
        </div>
      )}
    </header>
  );
}
