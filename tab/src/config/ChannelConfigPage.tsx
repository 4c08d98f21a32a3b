/**
 * Setup of the history tab in a team channel: the tab shows the team the channel belongs to.
 * Teams tells us that team; there is nothing to pick, so the page says which team it is and
 * Save stores the history address for it.
 */
import { MessageBar, MessageBarBody, Text } from '@fluentui/react-components';
import { useTranslation } from '../i18n/useTranslation.ts';
import { useReportFirstScreen } from '../app/useReportFirstScreen.ts';
import { usePageStyles } from '../shared/pageStyles.ts';
import { historyTabConfig } from '../teams/tabUrls.ts';
import { TabSaveStatus, useTabSave } from './tabSave.tsx';

export interface ChannelConfigPageProps {
  /** The channel's team (Microsoft 365 group id); absent when Teams did not say. */
  readonly teamId?: string;
  readonly teamName?: string;
}

export default function ChannelConfigPage({ teamId, teamName }: ChannelConfigPageProps) {
  const styles = usePageStyles();
  const { t } = useTranslation();
  const save = useTabSave(
    (t) => (teamId ? historyTabConfig(teamId, t('channelConfig.tabName')) : undefined),
    teamId ?? '',
  );
  useReportFirstScreen(true);

  return (
    <main className={styles.page}>
      <Text as="h1" size={500} weight="semibold" className={styles.heading}>
        {t('channelConfig.title')}
      </Text>
      <Text as="p" className={styles.heading}>
        {t('channelConfig.description')}
      </Text>
      {teamId ? (
        <>
          {/* Read-only text: the channel decides the team; a field would suggest a choice. */}
          <Text as="p" weight="semibold" className={styles.heading}>
            {teamName
              ? t('channelConfig.teamShown', { name: teamName })
              : t('channelConfig.teamShownUnnamed')}
          </Text>
          <Text as="p" className={styles.heading}>
            {t('channelConfig.saveHint')}
          </Text>
        </>
      ) : (
        <MessageBar intent="warning" layout="multiline">
          <MessageBarBody>{t('channelConfig.noTeam')}</MessageBarBody>
        </MessageBar>
      )}
      <TabSaveStatus {...save} />
    </main>
  );
}
