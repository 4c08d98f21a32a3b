/**
 * Optimistic concurrency for read–check–write changes of one row: the attempt reads the row
 * with its ETag, applies a domain rule and writes only if nobody changed the row meanwhile
 * (the table throws ConcurrentChangeError on 412); a lost race reads again and re-applies, so
 * two clicks at once give one success and one clear answer, never a lost change.
 */
import { ConcurrentChangeError } from '../storage/tables.ts';
import { conflict } from './errors.ts';

const maxAttempts = 8;
/** The first retry waits up to this long, each next one twice as long at most (about 1.3 s in all). */
const firstBackoffMs = 5;

export async function retryOnConcurrentChange<T>(attempt: () => Promise<T>, busyMessage: string): Promise<T> {
  for (let attemptNumber = 1; ; attemptNumber += 1) {
    try {
      return await attempt();
    } catch (error) {
      if (!(error instanceof ConcurrentChangeError)) throw error;
      if (attemptNumber >= maxAttempts) throw conflict(busyMessage);
      // Racers that retry at once collide again; a random wait that grows spreads them out,
      // so several writes of one row at once (one person starting checks in parallel) all land.
      await new Promise((resolve) => setTimeout(resolve, Math.random() * firstBackoffMs * 2 ** (attemptNumber - 1)));
    }
  }
}
