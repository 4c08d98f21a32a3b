/**
 * A failure's message in an error bar, or nothing when there is none; with `onRetry`, a Retry
 * button (and any other actions given as children) beside it.
 */
import { Button, MessageBar, MessageBarActions, MessageBarBody } from '@fluentui/react-components';
import type { ReactNode } from 'react';
import { useTranslation } from '../i18n/useTranslation.ts';

export interface ErrorBarProps {
  readonly error: string | undefined;
  readonly onRetry?: () => void;
  /** More actions, after Retry. */
  readonly children?: ReactNode;
}

export function ErrorBar({ error, onRetry, children }: ErrorBarProps) {
  const { t } = useTranslation();
  if (!error) return null;
  return (
    <MessageBar intent="error" layout="multiline">
      <MessageBarBody>{error}</MessageBarBody>
      {(onRetry || children) && (
        <MessageBarActions>
          {onRetry && <Button onClick={onRetry}>{t('common.retry')}</Button>}
          {children}
        </MessageBarActions>
      )}
    </MessageBar>
  );
}
