/**
 * Applies session responses in the order their requests started. The session arrives from
 * several calls at once (join, re-reads after a results change, the facilitator's own
 * reveal, timer and hand-over); a re-read that started before a reveal but answered after it
 * must not put the old, unrevealed state back on screen.
 */
import { useCallback, useEffect, useRef } from 'react';
import type { Session } from '../api/client.ts';

export type TrackSession = (call: () => Promise<Session>) => Promise<Session>;

export function useSessionUpdates(onSessionChange: (session: Session) => void): TrackSession {
  const started = useRef(0);
  const applied = useRef(0);
  const onChange = useRef(onSessionChange);
  useEffect(() => {
    onChange.current = onSessionChange;
  });

  return useCallback(async (call: () => Promise<Session>) => {
    started.current += 1;
    const ticket = started.current;
    const session = await call();
    if (ticket > applied.current) {
      applied.current = ticket;
      onChange.current(session);
    }
    return session;
  }, []);
}
