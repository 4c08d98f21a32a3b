/**
 * The check's live results: polled with If-None-Match so that an unchanged check costs a 304
 * and no re-render. The poll is also how a participant's panel learns that the facilitator
 * closed the check (`results.state`).
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

/** `live`: keep polling. Once the check is closed, results are final and one last read does. */
export function useResults(sessionId: string, live: boolean): LiveResults {
  const api = useApiClient();
  const [results, setResults] = useState<Results>();
  const [error, setError] = useState<string>();
  const [refreshCount, setRefreshCount] = useState(0);
  const etag = useRef<string | undefined>(undefined);

  const poll = useCallback(
    async (signal: AbortSignal) => {
      try {
        const answer = await api.pollResults(sessionId, etag.current, signal);
        if (signal.aborted) return;
        setError(undefined);
        if (!answer.changed) return;
        etag.current = answer.etag;
        setResults(answer.results);
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
