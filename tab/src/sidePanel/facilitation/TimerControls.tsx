/**
 * Timing the discussion: 3, 5 or 10 minutes; while a timer is set, one more minute or stop.
 * "Add 1 minute" restarts the timer with what is left plus 60 s, which is how the API
 * extends one.
 */
import { Button, makeStyles, Text, tokens } from '@fluentui/react-components';
import { useId, useRef, useState } from 'react';
import { useTranslation } from '../../i18n/useTranslation.ts';
import { useApiClient } from '../../api/ApiClientContext.tsx';
import { messageOf, type Session } from '../../api/client.ts';
import { extendedDuration, type ServerClock } from '../../check/serverClock.ts';
import type { TrackSession } from '../../check/useSessionUpdates.ts';
import type { ControlFeedback } from './controlFeedback.ts';

const PRESET_MINUTES = [3, 5, 10] as const;
const EXTEND_SECONDS = 60;

const useStyles = makeStyles({
  group: { display: 'flex', flexWrap: 'wrap', gap: tokens.spacingHorizontalS, alignItems: 'center' },
  label: { flexBasis: '100%' },
});

export interface TimerControlsProps {
  readonly sessionId: string;
  readonly timer: Session['timer'];
  readonly clock: ServerClock;
  readonly track: TrackSession;
  readonly onChanged: () => void;
  readonly onFeedback: (feedback: ControlFeedback | undefined) => void;
}

export function TimerControls({ sessionId, timer, clock, track, onChanged, onFeedback }: TimerControlsProps) {
  const styles = useStyles();
  const { t } = useTranslation();
  const api = useApiClient();
  const labelId = useId();
  const [busy, setBusy] = useState(false);
  const firstPreset = useRef<HTMLButtonElement>(null);

  const change = async (call: () => Promise<Session>, after?: () => void) => {
    setBusy(true);
    onFeedback(undefined);
    try {
      await track(call);
      onChanged();
      after?.();
    } catch (error) {
      onFeedback({ intent: 'error', text: t('facilitation.timerFailed', { reason: messageOf(error) }) });
    } finally {
      setBusy(false);
    }
  };

  const start = (seconds: number) => void change(() => api.setTimer(sessionId, seconds));
  // "Stop timer" disappears with the timer: focus goes to where a new one starts.
  const stop = () => void change(() => api.stopTimer(sessionId), () => firstPreset.current?.focus());
  const addMinute = () => {
    if (!timer) return;
    void change(() => api.setTimer(sessionId, extendedDuration(Date.parse(timer.endsAt), clock.now(), EXTEND_SECONDS)));
  };

  return (
    <div role="group" aria-labelledby={labelId} className={styles.group}>
      <Text id={labelId} weight="semibold" className={styles.label}>
        {t('facilitation.timerGroup')}
      </Text>
      {PRESET_MINUTES.map((minutes, index) => (
        <Button
          key={minutes}
          ref={index === 0 ? firstPreset : undefined}
          size="small"
          disabledFocusable={busy}
          aria-label={t('facilitation.timerPresetLabel', { minutes })}
          onClick={() => start(minutes * 60)}
        >
          {t('facilitation.timerPreset', { minutes })}
        </Button>
      ))}
      {timer && (
        <>
          <Button size="small" disabledFocusable={busy} onClick={addMinute}>
            {t('facilitation.addMinute')}
          </Button>
          <Button size="small" disabledFocusable={busy} onClick={stop}>
            {t('facilitation.stopTimer')}
          </Button>
        </>
      )}
    </div>
  );
}
