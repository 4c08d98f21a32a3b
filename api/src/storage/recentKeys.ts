/**
 * A bounded in-process memory of keys: at most `capacity`, the least recently used dropped
 * first. It only ever saves work (a write already made); forgetting a key too early costs that
 * work again, never correctness.
 *
 * Used for the voter-checks index (voterChecksTable.ts): a person's 2nd and 3rd rating of a check
 * skip the index write the 1st one made.
 */
export interface RecentKeys {
  /** Whether the key is remembered; a hit counts as a use. */
  has(key: string): boolean;
  add(key: string): void;
  delete(key: string): void;
  readonly size: number;
}

export function recentKeys(capacity: number): RecentKeys {
  if (!Number.isInteger(capacity) || capacity < 1) throw new RangeError('capacity must be a positive integer');
  // A Set iterates in insertion order: re-inserting a key on use keeps the oldest use first.
  const keys = new Set<string>();
  return {
    has(key) {
      if (!keys.delete(key)) return false;
      keys.add(key);
      return true;
    },
    add(key) {
      keys.delete(key);
      keys.add(key);
      if (keys.size > capacity) keys.delete(keys.values().next().value as string);
    },
    delete(key) {
      keys.delete(key);
    },
    get size() {
      return keys.size;
    },
  };
}
