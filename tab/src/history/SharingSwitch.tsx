/**
 * The team's opt-in to the leadership view. Only someone who facilitated a check of the team
 * may change it; for anyone else the API refuses, and its reason is shown as it is.
 */
import { Field, MessageBar, MessageBarBody, Switch, Text, makeStyles, tokens } from '@fluentui/react-components';
import { useState } from 'react';
import { useTranslation } from '../i18n/useTranslation.ts';
import { useApiClient } from '../api/ApiClientContext.tsx';
import { messageOf, type TeamSharing } from '../api/client.ts';
import type { Load } from '../shared/useLoad.ts';

const useStyles = makeStyles({
  root: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalXS, minWidth: 0 },
  secondary: { color: tokens.colorNeutralForeground2 },
});

export interface SharingSwitchProps {
  readonly teamId: string;
  readonly teamName?: string;
  readonly sharing: Load<TeamSharing>;
}

export function SharingSwitch({ teamId, teamName, sharing }: SharingSwitchProps) {
  const styles = useStyles();
  const { t } = useTranslation();
  const api = useApiClient();
  const [saving, setSaving] = useState(false);
  const [error, setError] = useState<string>();
  const [announcement, setAnnouncement] = useState<string>();
  const { state } = sharing;
  const shared = state.status === 'loaded' && state.data.shared;

  const change = async (next: boolean) => {
    setSaving(true);
    setError(undefined);
    try {
      const saved = await api.setTeamSharing(teamId, { shared: next, ...(teamName ? { teamName } : {}) });
      sharing.update(() => saved);
      setAnnouncement(saved.shared ? t('history.sharingOn') : t('history.sharingOff'));
    } catch (failure) {
      setError(t('history.sharingFailed', { reason: messageOf(failure) }));
    } finally {
      setSaving(false);
    }
  };

  return (
    <div className={styles.root}>
      <Field hint={t('history.sharingHint')}>
        <Switch
          label={t('history.sharingLabel')}
          checked={shared}
          disabled={state.status !== 'loaded' || saving}
          onChange={(_event, data) => void change(data.checked)}
        />
      </Field>
      <Text role="status" size={200} className={styles.secondary}>
        {announcement}
      </Text>
      {state.status === 'failed' && (
        <MessageBar intent="warning" layout="multiline">
          <MessageBarBody>{t('history.sharingLoadFailed', { reason: state.message })}</MessageBarBody>
        </MessageBar>
      )}
      {error && (
        <MessageBar intent="error" layout="multiline">
          <MessageBarBody>{error}</MessageBarBody>
        </MessageBar>
      )}
    </div>
  );
}
