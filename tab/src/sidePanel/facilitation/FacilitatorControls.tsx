/**
 * The facilitator's toolbar at the top of the check: reveal the results, time the
 * discussion, hand the role over, share the results to the meeting stage, close the check.
 * Every change comes back as the new session; the results poll is nudged so that everyone's
 * view (the facilitator's first) follows at once.
 */
import { Button, makeStyles, MessageBar, MessageBarBody, Spinner, Text, tokens } from '@fluentui/react-components';
import { useEffect, useId, useRef, useState } from 'react';
import { useTranslation } from '../../i18n/useTranslation.ts';
import { useApiClient } from '../../api/ApiClientContext.tsx';
import { ApiError, messageOf, type Session } from '../../api/client.ts';
import type { ServerClock } from '../../check/serverClock.ts';
import type { TrackSession } from '../../check/useSessionUpdates.ts';
import { CloseCheckDialog } from '../CloseCheckDialog.tsx';
import { HandoverDialog } from './HandoverDialog.tsx';
import { ShareToStageButton } from './ShareToStageButton.tsx';
import { TimerControls } from './TimerControls.tsx';
import type { ControlFeedback } from './controlFeedback.ts';

const useStyles = makeStyles({
  controls: {
    display: 'flex',
    flexDirection: 'column',
    gap: tokens.spacingVerticalS,
    padding: tokens.spacingVerticalM,
    borderRadius: tokens.borderRadiusMedium,
    border: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke1}`,
    backgroundColor: tokens.colorNeutralBackground2,
    minWidth: 0,
  },
  heading: { margin: 0 },
  row: { display: 'flex', flexWrap: 'wrap', gap: tokens.spacingHorizontalS, alignItems: 'center' },
  pending: { margin: 0, color: tokens.colorNeutralForeground2 },
});

export interface FacilitatorControlsProps {
  readonly session: Session;
  readonly clock: ServerClock;
  readonly revealed: boolean;
  readonly track: TrackSession;
  /** Something changed: poll the results now rather than at the next tick. */
  readonly onChanged: () => void;
  readonly onClose: () => Promise<void>;
  /** Moves focus to the controls when they appear, e.g. right after taking over. */
  readonly focusOnMount?: boolean;
}

export function FacilitatorControls(props: FacilitatorControlsProps) {
  const { session, clock, revealed, track, onChanged, onClose, focusOnMount } = props;
  const styles = useStyles();
  const { t } = useTranslation();
  const api = useApiClient();
  const headingId = useId();
  const headingRef = useRef<HTMLHeadingElement>(null);
  const [revealing, setRevealing] = useState(false);
  const [feedback, setFeedback] = useState<ControlFeedback>();

  useEffect(() => {
    if (focusOnMount) headingRef.current?.focus();
  }, [focusOnMount]);

  const reveal = async () => {
    setRevealing(true);
    setFeedback(undefined);
    try {
      await track(() => api.revealResults(session.id));
      onChanged();
    } catch (error) {
      // 409: revealed already (another tab of ours) or closed meanwhile; the session says which.
      if (error instanceof ApiError && error.code === 'conflict') {
        await track(() => api.getSession(session.id)).catch(() => undefined);
        onChanged();
      } else {
        setFeedback({ intent: 'error', text: t('facilitation.revealFailed', { reason: messageOf(error) }) });
      }
    } finally {
      setRevealing(false);
    }
  };

  return (
    <section className={styles.controls} aria-labelledby={headingId}>
      <Text
        as="h2"
        id={headingId}
        ref={headingRef}
        tabIndex={-1}
        size={400}
        weight="semibold"
        className={styles.heading}
      >
        {t('facilitation.heading')}
      </Text>
      <div className={styles.row}>
        <Button
          appearance="primary"
          // Focusable while disabled, so focus stays on the button the facilitator just used.
          disabledFocusable={revealed || revealing}
          icon={revealing ? <Spinner size="extra-tiny" /> : undefined}
          onClick={() => void reveal()}
        >
          {t('facilitation.reveal')}
        </Button>
      </div>
      <TimerControls
        sessionId={session.id}
        timer={session.timer}
        clock={clock}
        track={track}
        onChanged={onChanged}
        onFeedback={setFeedback}
      />
      <div className={styles.row}>
        <HandoverDialog sessionId={session.id} track={track} onChanged={onChanged} />
        <ShareToStageButton sessionId={session.id} onFeedback={setFeedback} />
        <CloseCheckDialog onConfirm={onClose} />
      </div>
      {session.handover && !session.handover.toMe && (
        <Text as="p" size={200} className={styles.pending}>
          {t('facilitation.handoverPending', { name: session.handover.toName })}
        </Text>
      )}
      {feedback && (
        // Keyed by text: a MessageBar announces itself when it mounts, so each news remounts it.
        <MessageBar
          key={feedback.text}
          intent={feedback.intent}
          politeness={feedback.intent === 'success' ? 'polite' : 'assertive'}
          layout="multiline"
        >
          <MessageBarBody>{feedback.text}</MessageBarBody>
        </MessageBar>
      )}
    </section>
  );
}
