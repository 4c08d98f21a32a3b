/**
 * "Your teams" in the personal app: every team and meeting chat the signed-in person is in
 * that has checks, the latest check first, each a button that opens its history. The API
 * asks Microsoft Graph who belongs where, so nothing here comes from the Teams context:
 * it runs the same in Teams, Outlook and the Microsoft 365 app. One column, fits 320 px.
 */
import { Button, makeStyles, MessageBar, MessageBarBody, Spinner, Text, tokens } from '@fluentui/react-components';
import type { MyHistory } from '../api/client.ts';
import { useReportFirstScreen } from '../app/useReportFirstScreen.ts';
import { useTranslation } from '../i18n/useTranslation.ts';
import { ErrorBar } from '../shared/ErrorBar.tsx';
import { stackedList, usePageStyles } from '../shared/pageStyles.ts';
import { useMyHistories } from './useMyHistories.ts';

const useStyles = makeStyles({
  page: { maxWidth: '48rem', marginInline: 'auto' },
  header: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalXS, minWidth: 0 },
  intro: { margin: 0 },
  list: stackedList(tokens.spacingVerticalS),
  // A whole-width button whose lines wrap: long team names never push the page sideways.
  entry: {
    width: '100%',
    minWidth: 0,
    justifyContent: 'flex-start',
    textAlign: 'start',
    paddingBlock: tokens.spacingVerticalS,
    whiteSpace: 'normal',
    overflowWrap: 'anywhere',
  },
  lines: { display: 'flex', flexDirection: 'column', alignItems: 'flex-start', gap: tokens.spacingVerticalXXS, minWidth: 0 },
  secondary: { color: tokens.colorNeutralForeground2 },
});

export interface MyHistoriesProps {
  /** The person chose one: show its history. */
  readonly onOpen: (history: MyHistory) => void;
}

export function MyHistories({ onOpen }: MyHistoriesProps) {
  const page = usePageStyles();
  const styles = useStyles();
  const { t } = useTranslation();
  const histories = useMyHistories();
  useReportFirstScreen(histories.state.status !== 'loading');
  const state = histories.state;

  return (
    <main className={`${page.page} ${styles.page}`}>
      <header className={styles.header}>
        <Text as="h1" size={600} weight="semibold" className={page.heading}>
          {t('myHistories.heading')}
        </Text>
        <Text as="p" className={styles.intro}>
          {t('myHistories.intro')}
        </Text>
      </header>
      {state.status === 'loading' && <Spinner label={t('common.loading')} />}
      <ErrorBar error={state.status === 'failed' ? t('myHistories.loadFailed', { reason: state.message }) : undefined} onRetry={histories.reload} />
      {state.status === 'loaded' && state.data.histories.length === 0 && (
        <MessageBar intent="info" layout="multiline">
          <MessageBarBody>{t('myHistories.none')}</MessageBarBody>
        </MessageBar>
      )}
      {state.status === 'loaded' && state.data.histories.length > 0 && (
        <ul className={styles.list} aria-label={t('myHistories.listLabel')}>
          {state.data.histories.map((history) => (
            <li key={history.teamId}>
              <Button appearance="outline" className={styles.entry} onClick={() => onOpen(history)}>
                <span className={styles.lines}>
                  <Text weight="semibold">{historyName(t, history)}</Text>
                  <Text size={200} className={styles.secondary}>
                    {history.kind === 'team' ? t('myHistories.kindTeam') : t('myHistories.kindMeetingChat')}
                    {' · '}
                    {t('myHistories.latestCheck', { date: history.latestCheckAt })}
                  </Text>
                </span>
              </Button>
            </li>
          ))}
        </ul>
      )}
      {state.status === 'loaded' && state.data.truncated && (
        <MessageBar intent="info" layout="multiline">
          <MessageBarBody>{t('myHistories.truncated')}</MessageBarBody>
        </MessageBar>
      )}
    </main>
  );
}

/** Graph's name for it, else what it is: a meeting chat may have no topic. */
export function historyName(t: ReturnType<typeof useTranslation>['t'], history: MyHistory): string {
  if (history.name) return history.name;
  return history.kind === 'team' ? t('myHistories.unnamedTeam') : t('myHistories.unnamedMeeting');
}
