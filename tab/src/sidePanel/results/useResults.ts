/**
 * The check's live results: polled with If-None-Match so that an unchanged check costs a 304
 * and no re-render. The results' ETag also changes with the session's state (reveal, timer,
 * hand-over, close), so a changed poll is also the cue to re-read the session: that is what
 * `onChanged` is for. Used by the side panel and the stage.
 */
import { useCallback, useEffect, useRef, useState } from 'react';
import { useApiClient } from '../../api/ApiClientContext.tsx';
import { messageOf, type Results } from '../../api/client.ts';
import { usePolling } from '../../shared/usePolling.ts';
import { RESULTS_POLL_MS } from '../polling.ts';

export interface LiveResults {
  readonly results?: Results;
  /** Why the last poll failed; cleared by the next one that succeeds. */
  readonly error?: string;
  /** Polls now instead of at the next tick, e.g. right after adding an answer. */
  refresh(): void;
}

/**
 * `live`: keep polling. Once the check is closed, results are final and one last read does.
 * `onChanged`: runs (and is waited for) after every changed poll but the first, which only
 * loads what the session shown already matches.
 */
export function useResults(
  sessionId: string,
  live: boolean,
  onChanged?: (signal: AbortSignal) => Promise<void>,
): LiveResults {
  const api = useApiClient();
  const [results, setResults] = useState<Results>();
  const [error, setError] = useState<string>();
  const [refreshCount, setRefreshCount] = useState(0);
  const etag = useRef<string | undefined>(undefined);
  const onChangedRef = useRef(onChanged);
  useEffect(() => {
    onChangedRef.current = onChanged;
  });

  /** A results poll has loaded once: later changes are news about the session too. */
  const loaded = useRef(false);
  /** The session re-read after a change failed; it is retried on the next poll, 304 or not. */
  const sessionStale = useRef(false);

  const poll = useCallback(
    async (signal: AbortSignal) => {
      try {
        const answer = await api.pollResults(sessionId, etag.current, signal);
        if (signal.aborted) return;
        if (answer.changed) {
          etag.current = answer.etag;
          setResults(answer.results);
          if (loaded.current) sessionStale.current = true;
          loaded.current = true;
        }
        if (sessionStale.current && onChangedRef.current) {
          await onChangedRef.current(signal);
          sessionStale.current = false;
        }
        if (!signal.aborted) setError(undefined);
      } catch (error) {
        if (!signal.aborted) setError(messageOf(error));
      }
    },
    [api, sessionId],
  );

  usePolling(poll, RESULTS_POLL_MS, live, refreshCount);

  // Not live (closed): read once more, so votes cast just before the close are included.
  useEffect(() => {
    if (live) return;
    const controller = new AbortController();
    void poll(controller.signal);
    return () => controller.abort();
  }, [live, poll, refreshCount]);

  const refresh = useCallback(() => setRefreshCount((count) => count + 1), []);
  return { results, error, refresh };
}
