/**
 * A dialog's buttons: Cancel (closes through the Dialog's own trigger), any extra buttons, then
 * the primary one with a spinner while the write is on its way. The primary button submits the
 * dialog's form unless it has its own `onClick`.
 */
import { Button, DialogActions, DialogTrigger, Spinner } from '@fluentui/react-components';
import type { ReactNode } from 'react';
import { useTranslation } from '../i18n/useTranslation.ts';

export interface DialogFooterProps {
  readonly busy: boolean;
  readonly label: string;
  /** Without it, the primary button is the form's submit button. */
  readonly onClick?: () => void;
  /** Disabled for another reason than being busy, e.g. nothing chosen yet. */
  readonly disabled?: boolean;
  /** Buttons between Cancel and the primary one. */
  readonly children?: ReactNode;
}

export function DialogFooter({ busy, label, onClick, disabled = false, children }: DialogFooterProps) {
  const { t } = useTranslation();
  return (
    <DialogActions>
      <DialogTrigger disableButtonEnhancement>
        <Button appearance="secondary" disabled={busy}>
          {t('common.cancel')}
        </Button>
      </DialogTrigger>
      {children}
      <Button
        type={onClick ? undefined : 'submit'}
        appearance="primary"
        disabled={disabled || busy}
        icon={busy ? <Spinner size="extra-tiny" /> : undefined}
        onClick={onClick}
      >
        {label}
      </Button>
    </DialogActions>
  );
}
