/**
 * The facilitator's countdown as everyone sees it: "Time left 4:59", ticking once a second
 * on the server's clock. The ticking text is a `timer` with live updates off (announcing
 * every second would drown the meeting); a separate polite status says "1 minute left" and
 * "Time is up", once each.
 */
import { makeStyles, mergeClasses, Text, tokens } from '@fluentui/react-components';
import { useEffect, useRef, useState } from 'react';
import { useTranslation } from '../i18n/useTranslation.ts';
import type { Session } from '../api/client.ts';
import { useVisuallyHiddenStyles } from '../shared/pageStyles.ts';
import { announcementFor, formatSeconds, secondsLeft, type ServerClock } from './serverClock.ts';

type Timer = NonNullable<Session['timer']>;

const useStyles = makeStyles({
  timer: {
    display: 'inline-flex',
    alignItems: 'baseline',
    fontVariantNumeric: 'tabular-nums',
    fontWeight: tokens.fontWeightSemibold,
  },
  panel: { fontSize: tokens.fontSizeBase400, lineHeight: tokens.lineHeightBase400 },
  stage: { fontSize: tokens.fontSizeHero800, lineHeight: tokens.lineHeightHero800 },
  up: { color: tokens.colorPaletteRedForeground1 },
});

export interface CountdownProps {
  readonly timer: Timer;
  readonly clock: ServerClock;
  /** `stage`: large type for the meeting stage. */
  readonly size?: 'panel' | 'stage';
}

export function Countdown({ timer, clock, size = 'panel' }: CountdownProps) {
  const styles = useStyles();
  const hidden = useVisuallyHiddenStyles();
  const { t } = useTranslation();
  const endsAt = Date.parse(timer.endsAt);
  const seconds = useSecondsLeft(endsAt, clock);
  const announcement = useAnnouncement(endsAt, seconds);
  const up = seconds === 0;
  return (
    <>
      <Text
        role="timer"
        aria-live="off"
        aria-label={t('timer.label')}
        className={mergeClasses(styles.timer, size === 'stage' ? styles.stage : styles.panel, up && styles.up)}
      >
        {up ? t('timer.timeIsUp') : t('timer.timeLeft', { time: formatSeconds(seconds) })}
      </Text>
      <span role="status" className={hidden.hidden}>
        {announcement === 'oneMinuteLeft' && t('timer.oneMinuteLeft')}
        {announcement === 'timeIsUp' && t('timer.timeIsUp')}
      </span>
    </>
  );
}

/** Seconds left, re-rendered exactly when the shown number changes. */
function useSecondsLeft(endsAt: number, clock: ServerClock): number {
  const [reading, setReading] = useState(() => ({ endsAt, seconds: secondsLeft(endsAt, clock.now()) }));
  useEffect(() => {
    let timeout: ReturnType<typeof setTimeout> | undefined;
    const tick = () => {
      const remainingMs = endsAt - clock.now();
      setReading({ endsAt, seconds: secondsLeft(endsAt, clock.now()) });
      if (remainingMs <= 0) return;
      // Wake just after the next whole second; a few ms late is better than a repeat value.
      const untilNextSecond = remainingMs % 1000 || 1000;
      timeout = setTimeout(tick, untilNextSecond + 15);
    };
    tick();
    return () => clearTimeout(timeout);
  }, [endsAt, clock]);
  // A restarted timer is read at once, not one tick later with the old timer's number.
  return reading.endsAt === endsAt ? reading.seconds : secondsLeft(endsAt, clock.now());
}

/** The announcement for the latest threshold crossed for this timer, if any. */
function useAnnouncement(endsAt: number, seconds: number) {
  const previous = useRef<{ endsAt: number; seconds: number } | undefined>(undefined);
  const [announcement, setAnnouncement] = useState<ReturnType<typeof announcementFor>>();
  useEffect(() => {
    const before = previous.current?.endsAt === endsAt ? previous.current.seconds : undefined;
    previous.current = { endsAt, seconds };
    if (before === undefined) {
      // A new or restarted timer: whatever was announced for the old one is stale.
      setAnnouncement(undefined);
      return;
    }
    const next = announcementFor(before, seconds);
    if (next) setAnnouncement(next);
  }, [endsAt, seconds]);
  return announcement;
}
