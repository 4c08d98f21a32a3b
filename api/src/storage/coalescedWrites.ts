/**
 * Callers that ask for the same idempotent write at the same time share it, under one rule: a
 * caller is answered by a write that *started after* it asked, never by one already under way
 * (that one may have been sent before the caller's own earlier writes were done). So per key at
 * most one write runs and at most one waits behind it, however many callers there are.
 *
 * Used for a check's results version (votesTable.ts): hundreds of votes a second share a few
 * version writes, and every vote is still followed by one.
 */
export function coalescedWrites(write: (key: string) => Promise<void>): (key: string) => Promise<void> {
  const running = new Map<string, Promise<void>>();
  const queued = new Map<string, Promise<void>>();

  const start = (key: string): Promise<void> => {
    const run = write(key).finally(() => {
      if (running.get(key) === run) running.delete(key);
    });
    running.set(key, run);
    return run;
  };

  return (key) => {
    const waiting = queued.get(key);
    if (waiting) return waiting;
    const current = running.get(key);
    if (!current) return start(key);
    // Whatever the running write's outcome, the next one is ours to make.
    const next = current
      .catch(() => undefined)
      .then(() => {
        queued.delete(key);
        return start(key);
      });
    queued.set(key, next);
    return next;
  };
}
