/**
 * "Close check" for the facilitator, behind a confirmation: closing is final for everyone.
 */
import {
  Button,
  Dialog,
  DialogBody,
  DialogContent,
  DialogSurface,
  DialogTitle,
  DialogTrigger,
  makeStyles,
  Text,
  tokens,
} from '@fluentui/react-components';
import { useState } from 'react';
import { useTranslation } from '../i18n/useTranslation.ts';
import { DialogFooter } from '../shared/DialogFooter.tsx';
import { ErrorBar } from '../shared/ErrorBar.tsx';
import { useDialogSubmit } from '../shared/useDialogSubmit.ts';

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
  const { busy: closing, error, setError, submit } = useDialogSubmit((reason) => t('close.failed', { reason }));

  const confirm = () =>
    submit(async () => {
      await onConfirm();
      setOpen(false);
    });

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
            <ErrorBar error={error} />
          </DialogContent>
          <DialogFooter busy={closing} label={t('close.confirm')} onClick={() => void confirm()} />
        </DialogBody>
      </DialogSurface>
    </Dialog>
  );
}
