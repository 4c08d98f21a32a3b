/**
 * One read from the API as React state: loading, failed (with a message fit to show) or
 * loaded. A new `key` or `reload()` reads again; the read in flight is aborted when it is
 * replaced or the component unmounts.
 */
import { useCallback, useEffect, useState } from 'react';
import { messageOf } from '../api/client.ts';

export type LoadState<T> =
  | { readonly status: 'loading' }
  | { readonly status: 'failed'; readonly message: string }
  | { readonly status: 'loaded'; readonly data: T };

export interface Load<T> {
  readonly state: LoadState<T>;
  reload(): void;
  /** Replaces the loaded data, e.g. with what a write answered. */
  update(change: (data: T) => T): void;
}

export function useLoad<T>(read: (signal: AbortSignal) => Promise<T>, key: string): Load<T> {
  const [state, setState] = useState<LoadState<T>>({ status: 'loading' });
  const [attempt, setAttempt] = useState(0);

  useEffect(() => {
    const controller = new AbortController();
    setState((current) => (current.status === 'loaded' ? current : { status: 'loading' }));
    read(controller.signal).then(
      (data) => !controller.signal.aborted && setState({ status: 'loaded', data }),
      (error: unknown) => !controller.signal.aborted && setState({ status: 'failed', message: messageOf(error) }),
    );
    return () => controller.abort();
    // `read` is a new closure on every render; `key` names what it reads.
  }, [key, attempt]);

  const reload = useCallback(() => setAttempt((count) => count + 1), []);
  const update = useCallback(
    (change: (data: T) => T) =>
      setState((current) => (current.status === 'loaded' ? { status: 'loaded', data: change(current.data) } : current)),
    [],
  );
  return { state, reload, update };
}
