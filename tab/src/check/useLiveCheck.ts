/**
 * Keeps a shown check live, the same way in the side panel and on the stage: the results poll,
 * a session re-read whenever the poll sees a change, a server clock for the countdown, and the
 * session following the poll into "closed" (which ends the polling).
 */
import { useCallback, useEffect, useState } from 'react';
import { useApiClient } from '../api/ApiClientContext.tsx';
import type { Session } from '../api/client.ts';
import { useResults } from '../sidePanel/results/useResults.ts';
import { ServerClock } from './serverClock.ts';
import { useSessionUpdates } from './useSessionUpdates.ts';

export function useLiveCheck(session: Session, onSessionChange: (session: Session) => void) {
  const api = useApiClient();
  const [clock] = useState(() => {
    const serverClock = new ServerClock();
    serverClock.observe(session.serverTime);
    return serverClock;
  });
  const track = useSessionUpdates((next) => {
    // Observed on arrival: the closer to receipt, the better the clock estimate.
    clock.observe(next.serverTime);
    onSessionChange(next);
  });
  const sessionClosed = session.state === 'closed';
  const resync = useCallback(
    async (signal: AbortSignal) => {
      await track(() => api.getSession(session.id, signal));
    },
    [api, session.id, track],
  );
  const live = useResults(session.id, !sessionClosed, resync);
  const closed = sessionClosed || live.results?.state === 'closed';

  useEffect(() => {
    if (closed && !sessionClosed) onSessionChange({ ...session, state: 'closed' });
  }, [closed, sessionClosed, session, onSessionChange]);

  return { clock, track, live, closed };
}
