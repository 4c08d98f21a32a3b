/**
 * "Download CSV": a CSV file as the API exports it (a team's history, the organisation's
 * months), fetched with the token and saved, or one the tab writes of figures it shows
 * (`csvBlob`: the leadership view's heat map and spread).
 */
import { Button, makeStyles, MessageBar, MessageBarBody, Spinner, Text, tokens } from '@fluentui/react-components';
import { useState } from 'react';
import { useTranslation } from '../i18n/useTranslation.ts';
import { messageOf } from '../api/client.ts';
import { saveBlob } from './csvDownload.ts';

const useStyles = makeStyles({
  root: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalXS, alignItems: 'flex-start', minWidth: 0 },
  secondary: { color: tokens.colorNeutralForeground2 },
});

export interface ExportButtonProps {
  readonly fetchCsv: () => Promise<Blob>;
  readonly fileName: string;
}

export function ExportButton({ fetchCsv, fileName }: ExportButtonProps) {
  const styles = useStyles();
  const { t } = useTranslation();
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string>();
  const [status, setStatus] = useState<string>();

  const download = async () => {
    setBusy(true);
    setError(undefined);
    setStatus(undefined);
    try {
      saveBlob(await fetchCsv(), fileName);
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
