/**
 * What someone typed into an open question and has not sent yet, kept in this tab's
 * `sessionStorage` per check and question, so that a reload of the panel does not lose it. It
 * is removed once the answer is stored (not when sending failed: then it is still unsent).
 *
 * The draft keeps its answer id too: a send whose response was lost, retried after a reload,
 * is then still the same answer and stored once.
 *
 * Storage can be unavailable (Teams' webviews may block it, or it is full): the draft then
 * lasts as long as the panel is open, as before.
 */
import { useCallback, useState } from 'react';

/** The part of `Storage` drafts use: `sessionStorage`, or a stand-in in the tests. */
export interface DraftStorage {
  getItem(key: string): string | null;
  setItem(key: string, value: string): void;
  removeItem(key: string): void;
}

export interface AnswerDraft {
  readonly text: string;
  /** Chosen by the client, so that a retried send stores the answer once. */
  readonly answerId: string;
}

export function draftKey(sessionId: string, questionId: string): string {
  return `customer-pulse:draft:${sessionId}:${questionId}`;
}

/** This tab's `sessionStorage`, or none where reading it throws (blocked storage). */
export function sessionDraftStorage(): DraftStorage | undefined {
  try {
    return globalThis.sessionStorage ?? undefined;
  } catch {
    return undefined;
  }
}

/** The kept draft, or none: nothing kept, storage unavailable, or an entry we cannot read. */
export function readDraft(storage: DraftStorage | undefined, key: string): AnswerDraft | undefined {
  try {
    const stored = storage?.getItem(key);
    if (!stored) return undefined;
    const value: unknown = JSON.parse(stored);
    if (!value || typeof value !== 'object') return undefined;
    const { text, answerId } = value as Record<string, unknown>;
    if (typeof text !== 'string' || text.length === 0 || typeof answerId !== 'string' || answerId.length === 0) return undefined;
    return { text, answerId };
  } catch {
    return undefined;
  }
}

/** Keeps the draft; an empty one is nothing to keep, so it is removed. */
export function writeDraft(storage: DraftStorage | undefined, key: string, draft: AnswerDraft): void {
  try {
    if (draft.text.length === 0) storage?.removeItem(key);
    else storage?.setItem(key, JSON.stringify({ text: draft.text, answerId: draft.answerId }));
  } catch {
    // Not kept across reloads (blocked or full storage); the panel still holds the text now.
  }
}

export function removeDraft(storage: DraftStorage | undefined, key: string): void {
  try {
    storage?.removeItem(key);
  } catch {
    // Nothing to do: a draft that cannot be removed could not have been kept either.
  }
}

/**
 * The draft after an edit: changed text is a different answer and gets a new id; an unchanged
 * text (a retry) keeps its id, so it is stored once.
 */
export function editedDraft(draft: AnswerDraft, text: string, newId: () => string): AnswerDraft {
  return text === draft.text ? draft : { text, answerId: newId() };
}

const newAnswerId = () => crypto.randomUUID();

export interface AnswerDraftState extends AnswerDraft {
  /** The person typed: shown at once, kept for a reload. */
  readonly setText: (text: string) => void;
  /** The answer was stored: the box empties and the kept draft is removed. */
  readonly clear: () => void;
}

/** One question's draft in one check, restored from `sessionStorage` and kept there. */
export function useAnswerDraft(sessionId: string, questionId: string): AnswerDraftState {
  const key = draftKey(sessionId, questionId);
  const [state, setState] = useState(() => ({ key, draft: startDraft(key) }));
  let current = state;
  if (state.key !== key) {
    // Another check or question in the same place: its own draft, not this one's.
    current = { key, draft: startDraft(key) };
    setState(current);
  }

  // Storage is written inside the updaters, from the latest draft; the id is drawn outside,
  // so an updater run twice (React's strict mode) keeps and returns the same draft.
  const setText = useCallback((text: string) => {
    const answerId = newAnswerId();
    setState((previous) => {
      const draft = editedDraft(previous.draft, text, () => answerId);
      writeDraft(sessionDraftStorage(), previous.key, draft);
      return draft === previous.draft ? previous : { key: previous.key, draft };
    });
  }, []);
  const clear = useCallback(() => {
    const answerId = newAnswerId();
    setState((previous) => {
      removeDraft(sessionDraftStorage(), previous.key);
      return { key: previous.key, draft: { text: '', answerId } };
    });
  }, []);

  return { text: current.draft.text, answerId: current.draft.answerId, setText, clear };
}

function startDraft(key: string): AnswerDraft {
  return readDraft(sessionDraftStorage(), key) ?? { text: '', answerId: newAnswerId() };
}
