/** Tells everyone the check is over and why the controls no longer respond. */
import { MessageBar, MessageBarBody, MessageBarTitle } from '@fluentui/react-components';
import { useTranslation } from '../i18n/useTranslation.ts';

export function ClosedNotice() {
  const { t } = useTranslation();
  return (
    <MessageBar intent="info" layout="multiline">
      <MessageBarBody>
        <MessageBarTitle>{t('check.closedTitle')}</MessageBarTitle>
        {t('check.closedBody')}
      </MessageBarBody>
    </MessageBar>
  );
}
