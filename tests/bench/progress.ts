/**
 * Progress lines while the bench runs (on stderr, so stdout keeps only the table), and a
 * quiet variant for the smoke test.
 */
export interface Progress {
  /** A one-off line, e.g. a phase that starts. */
  step(message: string): void;
  /** Prints `status()` once a second until the returned stop function (or stopAll) is called. */
  every(status: () => string): () => void;
  /** Stops every ticker still running, e.g. of a scenario that failed half-way. */
  stopAll(): void;
}

export function consoleProgress(startedAt = performance.now()): Progress {
  const tickers = new Set<ReturnType<typeof setInterval>>();
  const stamp = () => `[bench ${((performance.now() - startedAt) / 1000).toFixed(1).padStart(5)}s]`;
  return {
    step(message) {
      process.stderr.write(`${stamp()} ${message}\n`);
    },
    every(status) {
      const timer = setInterval(() => process.stderr.write(`${stamp()}   … ${status()}\n`), 1000);
      timer.unref();
      tickers.add(timer);
      return () => {
        clearInterval(timer);
        tickers.delete(timer);
      };
    },
    stopAll() {
      for (const timer of tickers) clearInterval(timer);
      tickers.clear();
    },
  };
}

export const silentProgress: Progress = {
  step() {},
  every() {
    return () => {};
  },
  stopAll() {},
};
