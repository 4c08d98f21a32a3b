/** "Download CSV": the team's history as the API exports it, fetched with the token and saved. */
import { Button, makeStyles, MessageBar, MessageBarBody, Spinner, Text, tokens } from '@fluentui/react-components';
import { useState } from 'react';
import { useTranslation } from '../i18n/useTranslation.ts';
import { useApiClient } from '../api/ApiClientContext.tsx';
import { messageOf, type DateRange } from '../api/client.ts';
import { csvFileName, saveBlob } from './csvDownload.ts';

const useStyles = makeStyles({
  root: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalXS, alignItems: 'flex-start', minWidth: 0 },
  secondary: { color: tokens.colorNeutralForeground2 },
});

export interface ExportButtonProps {
  readonly teamId: string;
  readonly teamName?: string;
  readonly range: DateRange;
}

export function ExportButton({ teamId, teamName, range }: ExportButtonProps) {
  const styles = useStyles();
  const { t } = useTranslation();
  const api = useApiClient();
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string>();
  const [status, setStatus] = useState<string>();

  const download = async () => {
    setBusy(true);
    setError(undefined);
    setStatus(undefined);
    try {
      const blob = await api.teamScoresCsv(teamId, range);
      saveBlob(blob, csvFileName(teamName ?? teamId));
      setStatus(t('history.exported'));
    } catch (failure) {
      setError(t('history.exportFailed', { reason: messageOf(failure) }));
    } finally {
      setBusy(false);
    }
  };

  return (
    <div className={styles.root}>
      <Button
        icon={busy ? <Spinner size="extra-tiny" /> : undefined}
        disabledFocusable={busy}
        onClick={() => void download()}
      >
        {t('history.exportButton')}
      </Button>
      <Text role="status" size={200} className={styles.secondary}>
        {status}
      </Text>
      {error && (
        <MessageBar intent="error" layout="multiline">
          <MessageBarBody>{error}</MessageBarBody>
        </MessageBar>
      )}
    </div>
  );
}
