/**
 * Which answers of this check the facilitator already put into a register, and the way to put
 * one more (a new entry, or a note on an existing one). Entries keep the answers they came
 * from as notes (answer id and check, never the author), so after a reload the badges come
 * back for exactly those answers.
 */
import { useCallback, useEffect, useState } from 'react';
import { useApiClient } from '../../api/ApiClientContext.tsx';
import type { Answer, CreateRegisterEntryInput, RegisterEntry, RegisterKind } from '../../api/client.ts';
import { answersInRegisters } from './registers.ts';

export interface AnswerRegisters {
  /** The register the answer went to, if it went to one. */
  registerOf(answer: Answer): RegisterKind | undefined;
  /** The register's open and in-progress entries, to merge an answer into. */
  activeEntries(register: RegisterKind, signal?: AbortSignal): Promise<RegisterEntry[]>;
  /** Rejects with a user-facing reason. */
  create(answer: Answer, input: Omit<CreateRegisterEntryInput, 'answerId'>): Promise<RegisterEntry>;
  /** Rejects with a user-facing reason. */
  merge(answer: Answer, entryId: string): Promise<RegisterEntry>;
}

/** `enabled`: the caller facilitates and the results are revealed. */
export function useAnswerRegisters(sessionId: string, teamId: string, enabled: boolean): AnswerRegisters {
  const api = useApiClient();
  const [placed, setPlaced] = useState<ReadonlyMap<string, RegisterKind>>(() => new Map());

  useEffect(() => {
    if (!enabled) return;
    const controller = new AbortController();
    api.listRegisters(teamId, undefined, controller.signal).then(
      ({ entries }) =>
        setPlaced((current) => new Map([...answersInRegisters(entries, sessionId), ...current])),
      // Only the badges of earlier visits are missing then; adding to registers still works.
      () => undefined,
    );
    return () => controller.abort();
  }, [api, enabled, sessionId, teamId]);

  const remember = useCallback((answer: Answer, entry: RegisterEntry) => {
    setPlaced((current) => new Map(current).set(answer.id, entry.register));
    return entry;
  }, []);

  const registerOf = useCallback((answer: Answer) => placed.get(answer.id), [placed]);

  const activeEntries = useCallback(
    async (register: RegisterKind, signal?: AbortSignal) =>
      (await api.listRegisters(teamId, { register, status: 'active' }, signal)).entries,
    [api, teamId],
  );

  const create = useCallback(
    async (answer: Answer, input: Omit<CreateRegisterEntryInput, 'answerId'>) =>
      remember(answer, await api.createRegisterEntry(sessionId, { ...input, answerId: answer.id })),
    [api, remember, sessionId],
  );

  const merge = useCallback(
    async (answer: Answer, entryId: string) => remember(answer, await api.mergeIntoRegisterEntry(sessionId, entryId, answer.id)),
    [api, remember, sessionId],
  );

  return { registerOf, activeEntries, create, merge };
}
