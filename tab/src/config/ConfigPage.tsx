/** The configurable-tab setup page Teams shows when the app is added to a meeting or chat. */
import { Text } from '@fluentui/react-components';
import { useTranslation } from '../i18n/useTranslation.ts';
import { useReportFirstScreen } from '../app/useReportFirstScreen.ts';
import { usePageStyles } from '../shared/pageStyles.ts';
import { meetingTabConfig } from '../teams/tabUrls.ts';
import { TabSaveStatus, useTabSave } from './tabSave.tsx';

export function ConfigPage() {
  const styles = usePageStyles();
  const { t } = useTranslation();
  const save = useTabSave((t) => meetingTabConfig(t('appName')), 'meeting');
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
      <TabSaveStatus {...save} />
    </main>
  );
}
