/**
 * What every setup page does with Teams' Save button: hand it the tab to create, and say when
 * this host cannot save a tab or the save failed. The pages differ only in what they save.
 */
import { MessageBar, MessageBarBody } from '@fluentui/react-components';
import { useEffect, useState } from 'react';
import { useTranslation } from '../i18n/useTranslation.ts';
import { enableTabSave } from '../teams/tabConfig.ts';
import type { TabInstanceConfig } from '../teams/tabUrls.ts';

export interface TabSave {
  readonly supported: boolean;
  readonly saveError?: string;
}

/** `makeConfig` runs again when the language changes (the suggested tab name is translated). */
export function useTabSave(makeConfig: (t: ReturnType<typeof useTranslation>['t']) => TabInstanceConfig | undefined, key: string): TabSave {
  const { t } = useTranslation();
  const [supported, setSupported] = useState(true);
  const [saveError, setSaveError] = useState<string>();
  useEffect(() => {
    setSupported(enableTabSave(makeConfig(t), { onSaveFailed: (reason) => setSaveError(t('config.saveFailed', { reason })) }));
    // makeConfig is rebuilt on every render; `key` says when what it saves has changed.
  }, [key, t]);
  return { supported, saveError };
}

export function TabSaveStatus({ supported, saveError }: TabSave) {
  const { t } = useTranslation();
  return (
    <>
      {!supported && (
        <MessageBar intent="error">
          <MessageBarBody>{t('config.notSupported')}</MessageBarBody>
        </MessageBar>
      )}
      {saveError && (
        <MessageBar intent="error">
          <MessageBarBody>{saveError}</MessageBarBody>
        </MessageBar>
      )}
    </>
  );
}
