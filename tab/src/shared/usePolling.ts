/**
 * Runs `poll` at once and then `intervalMs` after each run finished, while `enabled`.
 * Waiting for the previous run (instead of setInterval) means a slow API never has two
 * polls of the same thing in flight. Stopping, unmounting or a new `restartKey` aborts the
 * run in flight through its AbortSignal.
 */
import { useEffect, useRef } from 'react';

export function usePolling(
  poll: (signal: AbortSignal) => Promise<void>,
  intervalMs: number,
  enabled: boolean,
  restartKey?: unknown,
): void {
  // The latest closure, so that re-renders do not restart the schedule.
  const pollRef = useRef(poll);
  useEffect(() => {
    pollRef.current = poll;
  });

  useEffect(() => {
    if (!enabled) return;
    const controller = new AbortController();
    let timer: ReturnType<typeof setTimeout> | undefined;
    const run = async () => {
      try {
        await pollRef.current(controller.signal);
      } catch {
        // A poll reports its own errors; one failure must not end the schedule.
      }
      if (!controller.signal.aborted) timer = setTimeout(() => void run(), intervalMs);
    };
    void run();
    return () => {
      controller.abort();
      clearTimeout(timer);
    };
  }, [enabled, intervalMs, restartKey]);
}
