/**
 * Which check the stage shows: the one named in its address (what "Share to stage" puts
 * there), or else the meeting's open check, for when Teams opens the stage without one.
 * Looked up again every few seconds until found.
 */
import { useCallback, useState } from 'react';
import { useApiClient } from '../api/ApiClientContext.tsx';
import { messageOf, type Session } from '../api/client.ts';
import { usePolling } from '../shared/usePolling.ts';
import { OPEN_SESSION_POLL_MS } from '../sidePanel/polling.ts';

export type StageSessionState =
  | { readonly status: 'loading' }
  | { readonly status: 'none' }
  | { readonly status: 'failed'; readonly message: string }
  | { readonly status: 'found'; readonly session: Session };

export function useStageSession(sessionId: string | undefined, meetingId: string | undefined) {
  const api = useApiClient();
  const [state, setState] = useState<StageSessionState>({ status: 'loading' });

  usePolling(
    async (signal) => {
      try {
        let session: Session | undefined;
        if (sessionId) session = await api.getSession(sessionId, signal);
        else if (meetingId) session = (await api.listOpenSessions({ meetingId }, signal)).sessions[0];
        if (signal.aborted) return;
        setState(session ? { status: 'found', session } : { status: 'none' });
      } catch (error) {
        if (!signal.aborted) setState({ status: 'failed', message: messageOf(error) });
      }
    },
    OPEN_SESSION_POLL_MS,
    state.status !== 'found' && (sessionId !== undefined || meetingId !== undefined),
  );

  const replaceSession = useCallback((session: Session) => setState({ status: 'found', session }), []);
  return { state: sessionId || meetingId ? state : ({ status: 'none' } as const), replaceSession };
}
