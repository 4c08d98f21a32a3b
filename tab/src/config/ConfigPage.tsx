/** The configurable-tab setup page Teams shows when the app is added to a meeting or chat. */
import { MessageBar, MessageBarBody, Text } from '@fluentui/react-components';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useReportFirstScreen } from '../app/useReportFirstScreen.ts';
import { usePageStyles } from '../shared/pageStyles.ts';
import { enableTabSave } from '../teams/tabConfig.ts';
import { meetingTabConfig } from '../teams/tabUrls.ts';

export function ConfigPage() {
  const styles = usePageStyles();
  const { t } = useTranslation();
  const [supported, setSupported] = useState(true);
  const [saveError, setSaveError] = useState<string>();

  useEffect(() => {
    setSupported(
      enableTabSave(meetingTabConfig(t('appName')), {
        onSaveFailed: (reason) => setSaveError(t('config.saveFailed', { reason })),
      }),
    );
  }, [t]);
  useReportFirstScreen(true);

  return (
    <main className={styles.page}>
      <Text as="h1" size={500} weight="semibold" className={styles.heading}>
        {t('config.title')}
      </Text>
      <Text as="p" className={styles.heading}>
        {t('config.description')}
      </Text>
      <Text as="p" className={styles.heading}>
        {t('config.saveHint')}
      </Text>
      {!supported && (
        <MessageBar intent="error">
          <MessageBarBody>{t('config.notSupported')}</MessageBarBody>
        </MessageBar>
      )}
      {saveError && (
        <MessageBar intent="error">
          <MessageBarBody>{saveError}</MessageBarBody>
        </MessageBar>
      )}
    </main>
  );
}
