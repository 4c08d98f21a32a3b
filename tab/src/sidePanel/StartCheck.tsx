/**
 * The meeting has no open check: what the check is, and the button that starts one.
 * Anyone may start it; whoever does facilitates it.
 */
import { Button, MessageBar, MessageBarBody, Spinner, Text } from '@fluentui/react-components';
import { useTranslation } from 'react-i18next';
import { usePageStyles } from '../shared/pageStyles.ts';
import { LanguagePicker } from './LanguagePicker.tsx';

export interface StartCheckProps {
  readonly canStart: boolean;
  readonly starting: boolean;
  readonly startError?: string;
  /** A background lookup for a check someone else started failed; it is being retried. */
  readonly lookupError?: string;
  readonly onStart: () => void;
}

export function StartCheck({ canStart, starting, startError, lookupError, onStart }: StartCheckProps) {
  const styles = usePageStyles();
  const { t } = useTranslation();
  return (
    <main className={styles.page}>
      <LanguagePicker />
      <Text as="h1" size={500} weight="semibold" className={styles.heading}>
        {t('start.title')}
      </Text>
      <Text as="p" className={styles.heading}>
        {t('start.explanation')}
      </Text>
      <Text as="p" size={200} className={styles.heading}>
        {t('start.facilitatorNote')}
      </Text>
      {!canStart && (
        <MessageBar intent="warning" layout="multiline">
          <MessageBarBody>{t('scope.noTeam')}</MessageBarBody>
        </MessageBar>
      )}
      {startError && (
        <MessageBar intent="error" layout="multiline">
          <MessageBarBody>{startError}</MessageBarBody>
        </MessageBar>
      )}
      <div>
        <Button
          appearance="primary"
          disabled={!canStart || starting}
          icon={starting ? <Spinner size="extra-tiny" /> : undefined}
          onClick={onStart}
        >
          {t('start.startButton')}
        </Button>
      </div>
      {lookupError ? (
        <MessageBar intent="warning" layout="multiline">
          <MessageBarBody>{t('start.lookupFailed', { reason: lookupError })}</MessageBarBody>
        </MessageBar>
      ) : (
        <Text as="p" size={200} className={styles.heading}>
          {t('start.waitingForOthers')}
        </Text>
      )}
    </main>
  );
}
