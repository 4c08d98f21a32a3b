/**
 * "Share to stage": puts the stage view of this check on the meeting stage for everyone.
 * Shown only when Teams says this user may share; asked again on click, since the meeting's
 * policy (or the user's role) can change while the panel is open.
 */
import { Button, Spinner } from '@fluentui/react-components';
import { useEffect, useState } from 'react';
import { useTranslation } from '../../i18n/useTranslation.ts';
import { messageOf } from '../../api/client.ts';
import { stageUrlFor } from '../../stage/stageUrl.ts';
import { getStageSharePermission, shareToStage } from '../../teams/stageSharing.ts';
import type { ControlFeedback } from './controlFeedback.ts';

export interface ShareToStageButtonProps {
  readonly sessionId: string;
  readonly onFeedback: (feedback: ControlFeedback | undefined) => void;
}

export function ShareToStageButton({ sessionId, onFeedback }: ShareToStageButtonProps) {
  const { t } = useTranslation();
  const [permitted, setPermitted] = useState(false);
  const [sharing, setSharing] = useState(false);

  useEffect(() => {
    let current = true;
    getStageSharePermission().then(
      (allowed) => current && setPermitted(allowed),
      // Teams cannot say (no meeting, older client): sharing would fail, so no button.
      () => current && setPermitted(false),
    );
    return () => {
      current = false;
    };
  }, []);

  if (!permitted) return null;

  const share = async () => {
    setSharing(true);
    onFeedback(undefined);
    try {
      const allowed = await getStageSharePermission().catch(() => false);
      if (!allowed) {
        setPermitted(false);
        onFeedback({ intent: 'error', text: t('stageShare.noPermission') });
        return;
      }
      await shareToStage(stageUrlFor(sessionId));
      onFeedback({ intent: 'success', text: t('stageShare.shared') });
    } catch (error) {
      onFeedback({ intent: 'error', text: t('stageShare.failed', { reason: messageOf(error) }) });
    } finally {
      setSharing(false);
    }
  };

  return (
    <Button
      disabledFocusable={sharing}
      icon={sharing ? <Spinner size="extra-tiny" /> : undefined}
      onClick={() => void share()}
    >
      {t('stageShare.button')}
    </Button>
  );
}
