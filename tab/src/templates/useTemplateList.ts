/**
 * The templates a team can run, as the API lists them: summaries, a page at a time, in the
 * picker's order (built-ins, the team's own, the organisation's). The first page is read at
 * once; `showMore()` adds the next page below the ones shown, until there is none.
 */
import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import { useApiClient } from '../api/ApiClientContext.tsx';
import { messageOf, type Templates, type TemplateSummary } from '../api/client.ts';
import { useLoad, type LoadState } from '../shared/useLoad.ts';

export interface TemplateList {
  readonly state: LoadState<readonly TemplateSummary[]>;
  /** The API lists more templates after the ones shown. */
  readonly hasMore: boolean;
  readonly loadingMore: boolean;
  /** Why the last `showMore()` failed, fit to show; a retry is `showMore()` again. */
  readonly moreError?: string;
  showMore(): void;
  /** Reads the first page again (say, after a template was saved). */
  reload(): void;
}

const nothing: Templates = { templates: [], continuation: null };

/** Without `enabled` nothing is read and the list is empty. */
export function useTemplateList(teamId: string | undefined, enabled = true): TemplateList {
  const api = useApiClient();
  const key = enabled ? `team:${teamId ?? ''}` : 'none';
  const first = useLoad((signal) => (enabled ? api.listTemplates(signal, teamId) : Promise.resolve(nothing)), key);
  const { update, reload: reloadFirst } = first;
  const [more, setMore] = useState<{ readonly loading: boolean; readonly error?: string }>({ loading: false });
  const pending = useRef<AbortController | undefined>(undefined);

  // A page asked for belongs to the list it was asked for: another team's list drops it.
  const dropPending = useCallback(() => {
    pending.current?.abort();
    pending.current = undefined;
    setMore({ loading: false });
  }, []);
  useEffect(() => dropPending, [key, dropPending]);

  const loaded = first.state.status === 'loaded' ? first.state.data : undefined;
  const continuation = loaded?.continuation ?? null;

  const showMore = useCallback(() => {
    if (!continuation || pending.current) return;
    const controller = new AbortController();
    pending.current = controller;
    setMore({ loading: true });
    api.listTemplates(controller.signal, teamId, { continuation }).then(
      (page) => {
        if (controller.signal.aborted) return;
        pending.current = undefined;
        update((data) => ({ templates: appendNew(data.templates, page.templates), continuation: page.continuation }));
        setMore({ loading: false });
      },
      (error: unknown) => {
        if (controller.signal.aborted) return;
        pending.current = undefined;
        setMore({ loading: false, error: messageOf(error) });
      },
    );
  }, [api, teamId, continuation, update]);

  const reload = useCallback(() => {
    dropPending();
    reloadFirst();
  }, [dropPending, reloadFirst]);

  const state = useMemo(
    (): LoadState<readonly TemplateSummary[]> =>
      first.state.status === 'loaded' ? { status: 'loaded', data: first.state.data.templates } : first.state,
    [first.state],
  );
  return { state, hasMore: continuation !== null, loadingMore: more.loading, moreError: more.error, showMore, reload };
}

/** The next page's templates not shown yet (one saved meanwhile may have moved). */
function appendNew(shown: readonly TemplateSummary[], next: readonly TemplateSummary[]): TemplateSummary[] {
  const ids = new Set(shown.map((template) => template.id));
  return [...shown, ...next.filter((template) => !ids.has(template.id))];
}
