/**
 * "Close check" for the facilitator, behind a confirmation: closing is final for everyone.
 */
import {
  Button,
  Dialog,
  DialogActions,
  DialogBody,
  DialogContent,
  DialogSurface,
  DialogTitle,
  DialogTrigger,
  makeStyles,
  MessageBar,
  MessageBarBody,
  Spinner,
  Text,
  tokens,
} from '@fluentui/react-components';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { messageOf } from '../api/client.ts';

const useStyles = makeStyles({
  content: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalM },
});

export interface CloseCheckDialogProps {
  /** Closes the check; rejects with a user-facing reason. */
  readonly onConfirm: () => Promise<void>;
}

export function CloseCheckDialog({ onConfirm }: CloseCheckDialogProps) {
  const styles = useStyles();
  const { t } = useTranslation();
  const [open, setOpen] = useState(false);
  const [closing, setClosing] = useState(false);
  const [error, setError] = useState<string>();

  const confirm = async () => {
    setClosing(true);
    setError(undefined);
    try {
      await onConfirm();
      setOpen(false);
    } catch (failure) {
      setError(t('close.failed', { reason: messageOf(failure) }));
    } finally {
      setClosing(false);
    }
  };

  return (
    <Dialog
      open={open}
      onOpenChange={(_event, data) => {
        // While the close is on its way, the outcome must stay visible.
        if (closing) return;
        setOpen(data.open);
        if (!data.open) setError(undefined);
      }}
    >
      <DialogTrigger disableButtonEnhancement>
        <Button>{t('close.button')}</Button>
      </DialogTrigger>
      <DialogSurface>
        <DialogBody>
          <DialogTitle>{t('close.dialogTitle')}</DialogTitle>
          <DialogContent className={styles.content}>
            <Text>{t('close.dialogBody')}</Text>
            {error && (
              <MessageBar intent="error" layout="multiline">
                <MessageBarBody>{error}</MessageBarBody>
              </MessageBar>
            )}
          </DialogContent>
          <DialogActions>
            <DialogTrigger disableButtonEnhancement>
              <Button appearance="secondary" disabled={closing}>
                {t('common.cancel')}
              </Button>
            </DialogTrigger>
            <Button
              appearance="primary"
              disabled={closing}
              icon={closing ? <Spinner size="extra-tiny" /> : undefined}
              onClick={() => void confirm()}
            >
              {t('close.confirm')}
            </Button>
          </DialogActions>
        </DialogBody>
      </DialogSurface>
    </Dialog>
  );
}
