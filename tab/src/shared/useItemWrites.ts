/**
 * Writes on the items of a list where a successful write takes the item out of it (an action
 * ticked off, a register entry reviewed): which items are gone here (the caller's list only drops
 * them at its next re-read), which are saving, each item's failure, the status line to announce,
 * and the heading that gets the focus when an item and its buttons leave.
 */
import { useRef, useState, type RefObject } from 'react';
import { messageOf } from '../api/client.ts';

export interface ItemWrites {
  /** Items whose write went through here. */
  readonly gone: ReadonlySet<string>;
  readonly status: string | undefined;
  readonly headingRef: RefObject<HTMLHeadingElement>;
  isSaving(id: string): boolean;
  errorOf(id: string): string | undefined;
  /** Runs `write` for item `id`; on success the item is gone and `done` is announced. */
  run(id: string, write: () => Promise<unknown>, done: string, failureText: (reason: string) => string): Promise<void>;
}

export function useItemWrites(): ItemWrites {
  const headingRef = useRef<HTMLHeadingElement>(null);
  const [gone, setGone] = useState<ReadonlySet<string>>(() => new Set());
  const [saving, setSaving] = useState<ReadonlySet<string>>(() => new Set());
  const [errors, setErrors] = useState<Readonly<Partial<Record<string, string>>>>({});
  const [status, setStatus] = useState<string>();

  const run = async (id: string, write: () => Promise<unknown>, done: string, failureText: (reason: string) => string) => {
    setSaving((current) => new Set(current).add(id));
    setErrors((current) => ({ ...current, [id]: undefined }));
    try {
      await write();
      setGone((current) => new Set(current).add(id));
      setStatus(done);
      // The item and its buttons leave the list: focus goes back to the list's heading.
      headingRef.current?.focus();
    } catch (error) {
      setErrors((current) => ({ ...current, [id]: failureText(messageOf(error)) }));
    } finally {
      setSaving((current) => {
        const next = new Set(current);
        next.delete(id);
        return next;
      });
    }
  };

  return {
    gone,
    status,
    headingRef,
    isSaving: (id) => saving.has(id),
    errorOf: (id) => errors[id],
    run,
  };
}
