/**
 * The answers one question may show, read a page at a time. The results poll carries only how
 * many may be shown (`shownAnswers`); when that count changes, the answers are read again, as
 * many as the reader had opened, so a new batch does not fold the list back to its first page.
 */
import { useState } from 'react';
import { useApiClient } from '../api/ApiClientContext.tsx';
import type { Answer } from '../api/client.ts';
import { answerPageSizeMax } from '@contract/limits';
import { useLoad, type LoadState } from '../shared/useLoad.ts';

export interface ShownAnswers {
  readonly state: LoadState<readonly Answer[]>;
  /** Answers that may be shown beyond the ones read; 0 when all are on screen. */
  readonly remaining: number;
  showMore(): void;
  reload(): void;
}

export function useShownAnswers(sessionId: string, questionId: string, shown: number, pageSize: number): ShownAnswers {
  const api = useApiClient();
  const [wanted, setWanted] = useState(pageSize);
  const { state, reload } = useLoad(async (signal) => {
    const answers: Answer[] = [];
    let continuation: string | undefined;
    while (answers.length < Math.min(wanted, shown)) {
      const page = await api.listAnswers(
        sessionId,
        { questionId, continuation, pageSize: Math.min(answerPageSizeMax, wanted - answers.length) },
        signal,
      );
      answers.push(...page.answers);
      if (!page.continuation) break;
      continuation = page.continuation;
    }
    return answers;
  }, `${sessionId}|${questionId}|${shown}|${wanted}`);
  const read = state.status === 'loaded' ? state.data.length : 0;
  return {
    state,
    remaining: Math.max(0, shown - read),
    showMore: () => setWanted((count) => count + pageSize),
    reload,
  };
}
