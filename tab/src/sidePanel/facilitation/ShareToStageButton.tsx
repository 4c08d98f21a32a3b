/**
 * "Share to stage" / "Stop sharing": puts the stage view of this check on the meeting stage for
 * everyone, or takes it off again. Shown only when Teams says this user may share (asked again
 * on click, since the meeting's policy or the user's role can change while the panel is open);
 * which of the two is offered follows Teams' own sharing state, so a panel opened while the check
 * is already on the stage offers to stop. On a phone Teams shows no app on the stage: the panel
 * says so and where the results are instead.
 */
import { Button, Spinner, Text } from '@fluentui/react-components';
import { useEffect, useState } from 'react';
import { useTranslation } from '../../i18n/useTranslation.ts';
import { messageOf } from '../../api/client.ts';
import { stageUrlFor } from '../../stage/stageUrl.ts';
import {
  getStageSharePermission,
  getStageSharingState,
  isMobileClient,
  shareToStage,
  stopSharingToStage,
} from '../../teams/stageSharing.ts';
import type { ControlFeedback } from './controlFeedback.ts';

export interface ShareToStageButtonProps {
  readonly sessionId: string;
  readonly onFeedback: (feedback: ControlFeedback | undefined) => void;
}

type StageAccess = 'unknown' | 'none' | 'phone' | 'share' | 'stop';

async function stageAccess(): Promise<StageAccess> {
  if (await isMobileClient()) return 'phone';
  // Teams cannot say (no meeting, older client): sharing would fail, so no button.
  const permitted = await getStageSharePermission().catch(() => false);
  if (!permitted) return 'none';
  return (await getStageSharingState().catch(() => false)) ? 'stop' : 'share';
}

export function ShareToStageButton({ sessionId, onFeedback }: ShareToStageButtonProps) {
  const { t } = useTranslation();
  const [access, setAccess] = useState<StageAccess>('unknown');
  const [busy, setBusy] = useState(false);

  useEffect(() => {
    let current = true;
    void stageAccess().then((found) => current && setAccess(found));
    return () => {
      current = false;
    };
  }, []);

  if (access === 'unknown' || access === 'none') return null;
  if (access === 'phone') {
    // Said once, where the button would be; nothing to click.
    return (
      <Text as="p" size={200} role="note">
        {t('stageShare.notOnPhones')}
      </Text>
    );
  }

  const act = async () => {
    setBusy(true);
    onFeedback(undefined);
    try {
      const now = await stageAccess();
      if (now === 'none') {
        setAccess('none');
        onFeedback({ intent: 'error', text: t('stageShare.noPermission') });
        return;
      }
      if (now === 'stop') {
        await stopSharingToStage();
        setAccess('share');
        onFeedback({ intent: 'success', text: t('stageShare.stopped') });
      } else {
        await shareToStage(stageUrlFor(sessionId));
        setAccess('stop');
        onFeedback({ intent: 'success', text: t('stageShare.shared') });
      }
    } catch (error) {
      onFeedback({ intent: 'error', text: t('stageShare.failed', { reason: messageOf(error) }) });
    } finally {
      setBusy(false);
    }
  };

  return (
    <Button disabledFocusable={busy} icon={busy ? <Spinner size="extra-tiny" /> : undefined} onClick={() => void act()}>
      {access === 'stop' ? t('stageShare.stop') : t('stageShare.button')}
    </Button>
  );
}
