/**
 * The leadership view's pages as React state: the first page of a query, and more pages
 * appended by `loadMore()` with the continuation the page before gave. A new query starts over
 * (the read in flight is aborted), so a page of one order is never appended to another's.
 */
import { useCallback, useEffect, useRef, useState } from 'react';
import { messageOf, type ApiClient, type Leadership, type LeadershipQueryInput } from '../api/client.ts';

export type LeadershipPages =
  | { readonly status: 'loading' }
  | { readonly status: 'failed'; readonly message: string }
  | {
      readonly status: 'loaded';
      /** Everything loaded so far: the first page's figures (groups, total) and every page's teams. */
      readonly data: Leadership;
      readonly more: 'idle' | 'loading' | { readonly failed: string };
    };

export function useLeadershipPages(api: ApiClient, query: LeadershipQueryInput) {
  const key = JSON.stringify(query);
  const [state, setState] = useState<LeadershipPages>({ status: 'loading' });
  const [attempt, setAttempt] = useState(0);
  const inFlight = useRef<AbortController | undefined>(undefined);

  useEffect(() => {
    const controller = new AbortController();
    inFlight.current?.abort();
    inFlight.current = controller;
    setState({ status: 'loading' });
    api.leadershipScores(query, controller.signal).then(
      (data) => !controller.signal.aborted && setState({ status: 'loaded', data, more: 'idle' }),
      (error: unknown) => !controller.signal.aborted && setState({ status: 'failed', message: messageOf(error) }),
    );
    return () => controller.abort();
    // `query` is a new object on every render; `key` names it.
  }, [api, key, attempt]);

  const loadMore = useCallback(() => {
    if (state.status !== 'loaded' || !state.data.continuation || state.more === 'loading') return;
    const controller = new AbortController();
    inFlight.current = controller;
    const loaded = state.data;
    setState({ ...state, more: 'loading' });
    api.leadershipScores({ ...query, continuation: loaded.continuation ?? undefined }, controller.signal).then(
      (page) =>
        !controller.signal.aborted &&
        setState({ status: 'loaded', data: { ...page, teams: [...loaded.teams, ...page.teams], groups: loaded.groups }, more: 'idle' }),
      (error: unknown) => !controller.signal.aborted && setState({ status: 'loaded', data: loaded, more: { failed: messageOf(error) } }),
    );
    // `query` is named by `key`.
  }, [api, key, state]);

  const reload = useCallback(() => setAttempt((count) => count + 1), []);
  return { state, loadMore, reload };
}
