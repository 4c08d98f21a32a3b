/** Shown to the person the facilitator offered the role to: take it, or leave it pending. */
import { Button, MessageBar, MessageBarActions, MessageBarBody, Spinner } from '@fluentui/react-components';
import { useState } from 'react';
import { useTranslation } from '../../i18n/useTranslation.ts';
import { useApiClient } from '../../api/ApiClientContext.tsx';
import { messageOf } from '../../api/client.ts';
import type { TrackSession } from '../../check/useSessionUpdates.ts';

export interface HandoverOfferProps {
  readonly sessionId: string;
  readonly facilitatorName?: string;
  readonly track: TrackSession;
  readonly onAccepted: () => void;
}

export function HandoverOffer({ sessionId, facilitatorName, track, onAccepted }: HandoverOfferProps) {
  const { t } = useTranslation();
  const api = useApiClient();
  const [accepting, setAccepting] = useState(false);
  const [error, setError] = useState<string>();

  const accept = async () => {
    setAccepting(true);
    setError(undefined);
    try {
      await track(() => api.acceptHandover(sessionId));
      onAccepted();
    } catch (failure) {
      setError(t('handover.acceptFailed', { reason: messageOf(failure) }));
      // Perhaps the offer was withdrawn or went to someone else: show what is true now.
      await track(() => api.getSession(sessionId)).catch(() => undefined);
    } finally {
      setAccepting(false);
    }
  };

  return (
    <>
      <MessageBar intent="info" layout="multiline">
        <MessageBarBody>
          {facilitatorName ? t('handover.offerToMe', { name: facilitatorName }) : t('handover.offerToMeUnnamed')}
        </MessageBarBody>
        <MessageBarActions>
          <Button
            appearance="primary"
            disabledFocusable={accepting}
            icon={accepting ? <Spinner size="extra-tiny" /> : undefined}
            onClick={() => void accept()}
          >
            {t('handover.accept')}
          </Button>
        </MessageBarActions>
      </MessageBar>
      {error && (
        <MessageBar intent="error" layout="multiline">
          <MessageBarBody>{error}</MessageBarBody>
        </MessageBar>
      )}
    </>
  );
}
