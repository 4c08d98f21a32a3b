import { timerMaxSeconds, timerMinSeconds } from '@contract/limits';

/**
 * The server's clock as seen from this page, so that a countdown ends at the same moment on
 * every screen even when a laptop's clock is a minute off.
 *
 * Each session response carries `serverTime`. A sample `serverTime − now` is the clock
 * offset minus however long the response took to arrive, so the largest sample seen is the
 * best estimate. Local time is `performance.now()`, which never jumps when the wall clock is
 * adjusted.
 */
export class ServerClock {
  private offsetMs: number | undefined;

  constructor(private readonly localNow: () => number = () => performance.now()) {}

  /** Feeds one `serverTime` (ISO) from a response received just now. */
  observe(serverTime: string): void {
    const server = Date.parse(serverTime);
    if (Number.isNaN(server)) return;
    const sample = server - this.localNow();
    if (this.offsetMs === undefined || sample > this.offsetMs) this.offsetMs = sample;
  }

  /** The server's time now, in epoch milliseconds; this device's time until a sample arrived. */
  now(): number {
    if (this.offsetMs === undefined) return Date.now();
    return this.localNow() + this.offsetMs;
  }
}

/** Whole seconds left, rounded up: "0:01" is shown until the very end, "0:00" only once up. */
export function secondsLeft(endsAtMs: number, nowMs: number): number {
  return Math.max(0, Math.ceil((endsAtMs - nowMs) / 1000));
}

/** 299 → "4:59"; 3600 → "60:00". */
export function formatSeconds(totalSeconds: number): string {
  const seconds = Math.max(0, Math.floor(totalSeconds));
  const minutes = Math.floor(seconds / 60);
  return `${minutes}:${String(seconds % 60).padStart(2, '0')}`;
}

/** What a countdown says aloud when it crosses a moment worth telling, or nothing. */
export type CountdownAnnouncement = 'oneMinuteLeft' | 'timeIsUp';

export function announcementFor(
  previousSeconds: number | undefined,
  currentSeconds: number,
): CountdownAnnouncement | undefined {
  // Nothing to say on the first reading: a panel opened late must not announce old news.
  if (previousSeconds === undefined) return undefined;
  if (previousSeconds > 0 && currentSeconds === 0) return 'timeIsUp';
  if (previousSeconds > 60 && currentSeconds <= 60) return 'oneMinuteLeft';
  return undefined;
}

/**
 * The length to restart a timer with so that it runs `extraSeconds` longer: what is left
 * (nothing, once time is up) plus the extra, within what the API accepts.
 */
export function extendedDuration(endsAtMs: number, nowMs: number, extraSeconds: number): number {
  const left = secondsLeft(endsAtMs, nowMs);
  return Math.min(timerMaxSeconds, Math.max(timerMinSeconds, left + extraSeconds));
}
