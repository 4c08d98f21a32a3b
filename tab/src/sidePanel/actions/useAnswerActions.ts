/**
 * Which answers of this check the facilitator already turned into actions, and the way to
 * turn one more. Actions do not name the answer they came from, so after a reload the open
 * actions of this check are matched to answers by question and text.
 */
import { useCallback, useEffect, useState } from 'react';
import { useApiClient } from '../../api/ApiClientContext.tsx';
import type { Action, Answer } from '../../api/client.ts';

export interface AnswerActions {
  hasAction(answer: Answer): boolean;
  /** Saves an action for `answer`; rejects with a user-facing reason. */
  create(answer: Answer, owner: string, dueDate: string): Promise<void>;
}

/** `enabled`: the caller facilitates and the results are revealed, so actions can be made. */
export function useAnswerActions(sessionId: string, teamId: string, enabled: boolean): AnswerActions {
  const api = useApiClient();
  const [made, setMade] = useState<ReadonlySet<string>>(() => new Set());
  const [earlier, setEarlier] = useState<readonly Action[]>([]);

  useEffect(() => {
    if (!enabled) return;
    const controller = new AbortController();
    api.listActions(teamId, 'open', controller.signal).then(
      ({ actions }) => setEarlier(actions.filter((action) => action.sourceSessionId === sessionId)),
      // Only the badges of earlier visits are missing then; making actions still works.
      () => undefined,
    );
    return () => controller.abort();
  }, [api, enabled, sessionId, teamId]);

  const hasAction = useCallback(
    (answer: Answer) =>
      made.has(answer.id) ||
      earlier.some((action) => action.questionId === answer.questionId && action.text === answer.text),
    [made, earlier],
  );

  const create = useCallback(
    async (answer: Answer, owner: string, dueDate: string) => {
      await api.createAction(sessionId, { answerId: answer.id, owner, dueDate });
      setMade((current) => new Set(current).add(answer.id));
    },
    [api, sessionId],
  );

  return { hasAction, create };
}
