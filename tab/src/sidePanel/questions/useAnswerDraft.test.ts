import { afterEach, describe, expect, it } from 'vitest';
import {
  draftKey,
  editedDraft,
  readDraft,
  removeDraft,
  sessionDraftStorage,
  writeDraft,
  type DraftStorage,
} from './useAnswerDraft.ts';
import { MemoryStorage } from '../../../../tests/support/memoryStorage.ts';

/** Storage as a webview that blocks it, or a full one: every call throws. */
const blocked: DraftStorage = {
  getItem: () => {
    throw new DOMException('The operation is insecure.', 'SecurityError');
  },
  setItem: () => {
    throw new DOMException('Quota exceeded', 'QuotaExceededError');
  },
  removeItem: () => {
    throw new DOMException('The operation is insecure.', 'SecurityError');
  },
};

const key = draftKey('session-1', 'customer-channels');

describe('answer drafts', () => {
  afterEach(() => {
    delete (globalThis as { sessionStorage?: unknown }).sessionStorage;
  });

  it('are kept per check and question', () => {
    expect(key).toBe('customer-pulse:draft:session-1:customer-channels');
    expect(draftKey('session-2', 'customer-channels')).not.toBe(key);
    expect(draftKey('session-1', 'trust-risks')).not.toBe(key);
  });

  it('come back as written, with their answer id, until removed', () => {
    const storage = new MemoryStorage();
    expect(readDraft(storage, key)).toBeUndefined();
    writeDraft(storage, key, { text: 'Support tickets\nand a survey', answerId: 'id-1' });
    expect(readDraft(storage, key)).toEqual({ text: 'Support tickets\nand a survey', answerId: 'id-1' });
    expect(readDraft(storage, draftKey('session-1', 'trust-risks'))).toBeUndefined();
    removeDraft(storage, key);
    expect(readDraft(storage, key)).toBeUndefined();
    expect(storage.items.size).toBe(0);
  });

  it('keep an answer over the limit whole: nothing is cut', () => {
    const storage = new MemoryStorage();
    const long = 'x'.repeat(2001);
    writeDraft(storage, key, { text: long, answerId: 'id-1' });
    expect(readDraft(storage, key)?.text).toBe(long);
  });

  it('are not kept once emptied', () => {
    const storage = new MemoryStorage();
    writeDraft(storage, key, { text: 'Support', answerId: 'id-1' });
    writeDraft(storage, key, { text: '', answerId: 'id-2' });
    expect(storage.items.has(key)).toBe(false);
  });

  it('read as none when the entry is not one of ours', () => {
    const storage = new MemoryStorage();
    for (const stored of ['not json', 'null', '"text"', '{"text":1,"answerId":"id"}', '{"text":"a"}', '{"text":"","answerId":"id"}']) {
      storage.setItem(key, stored);
      expect(readDraft(storage, key)).toBeUndefined();
    }
  });

  it('are simply not kept where storage is blocked or missing', () => {
    expect(() => writeDraft(blocked, key, { text: 'Support', answerId: 'id-1' })).not.toThrow();
    expect(readDraft(blocked, key)).toBeUndefined();
    expect(() => removeDraft(blocked, key)).not.toThrow();
    expect(readDraft(undefined, key)).toBeUndefined();
    expect(() => writeDraft(undefined, key, { text: 'Support', answerId: 'id-1' })).not.toThrow();
  });

  it("use the tab's sessionStorage, or none when reaching it throws", () => {
    expect(sessionDraftStorage()).toBeUndefined();
    const storage = new MemoryStorage();
    (globalThis as { sessionStorage?: unknown }).sessionStorage = storage;
    expect(sessionDraftStorage()).toBe(storage);
    Object.defineProperty(globalThis, 'sessionStorage', {
      configurable: true,
      get: () => {
        throw new DOMException('The operation is insecure.', 'SecurityError');
      },
    });
    expect(sessionDraftStorage()).toBeUndefined();
  });

  it('get a new answer id when the text changes, and keep it for an unchanged retry', () => {
    let next = 0;
    const newId = () => `id-${++next}`;
    const draft = { text: 'Support', answerId: 'id-0' };
    expect(editedDraft(draft, 'Support', newId)).toBe(draft);
    expect(editedDraft(draft, 'Support tickets', newId)).toEqual({ text: 'Support tickets', answerId: 'id-1' });
  });
});
