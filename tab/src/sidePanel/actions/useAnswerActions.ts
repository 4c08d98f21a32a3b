/**
 * Which answers of this check the facilitator already turned into actions, and the way to
 * turn one more. Each action names the answer it came from (`sourceAnswerId`), so after a
 * reload the badges come back for exactly those answers, also when two answers read alike.
 */
import { useCallback, useEffect, useState } from 'react';
import { useApiClient } from '../../api/ApiClientContext.tsx';
import type { Answer } from '../../api/client.ts';

export interface AnswerActions {
  /** The check and team the answers belong to (also what "Keep track of this" (add to a register) works in). */
  readonly sessionId: string;
  readonly teamId: string;
  hasAction(answer: Answer): boolean;
  /** Saves an action for `answer`; rejects with a user-facing reason. */
  create(answer: Answer, owner: string, dueDate: string): Promise<void>;
}

/** `enabled`: the caller facilitates and the results are revealed, so actions can be made. */
export function useAnswerActions(sessionId: string, teamId: string, enabled: boolean): AnswerActions {
  const api = useApiClient();
  const [made, setMade] = useState<ReadonlySet<string>>(() => new Set());
  const [earlier, setEarlier] = useState<ReadonlySet<string>>(() => new Set());

  useEffect(() => {
    if (!enabled) return;
    const controller = new AbortController();
    // Done ones too: the answer did become an action, whatever came of it since.
    api.listActions(teamId, undefined, controller.signal).then(
      ({ actions }) =>
        setEarlier(
          new Set(
            actions.filter((action) => action.sourceSessionId === sessionId).map((action) => action.sourceAnswerId),
          ),
        ),
      // Only the badges of earlier visits are missing then; making actions still works.
      () => undefined,
    );
    return () => controller.abort();
  }, [api, enabled, sessionId, teamId]);

  const hasAction = useCallback(
    (answer: Answer) => made.has(answer.id) || earlier.has(answer.id),
    [made, earlier],
  );

  const create = useCallback(
    async (answer: Answer, owner: string, dueDate: string) => {
      await api.createAction(sessionId, { answerId: answer.id, owner, dueDate });
      setMade((current) => new Set(current).add(answer.id));
    },
    [api, sessionId],
  );

  return { sessionId, teamId, hasAction, create };
}
