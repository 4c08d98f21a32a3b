import { describe, expect, it } from 'vitest';
import { coalescedWrites } from './coalescedWrites.ts';

/** A write per call of `write`, each finished (or failed) by the test. */
function controlledWrites() {
  const started: { key: string; finish: () => void; fail: (error: Error) => void }[] = [];
  const write = (key: string) =>
    new Promise<void>((resolve, reject) => {
      started.push({ key, finish: resolve, fail: reject });
    });
  return { started, write };
}

const settled = () => new Promise((resolve) => setTimeout(resolve, 0));

describe('coalesced writes', () => {
  it('start at once when none is under way', async () => {
    const { started, write } = controlledWrites();
    const bump = coalescedWrites(write);
    const done = bump('a');
    expect(started).toHaveLength(1);
    started[0]!.finish();
    await expect(done).resolves.toBeUndefined();
  });

  it('never answer a caller with a write that was under way before it asked', async () => {
    const { started, write } = controlledWrites();
    const bump = coalescedWrites(write);
    let firstDone = false;
    let secondDone = false;
    void bump('a').then(() => (firstDone = true));
    void bump('a').then(() => (secondDone = true));
    started[0]!.finish();
    await settled();
    expect(firstDone).toBe(true);
    // The second caller asked while the first write ran: it waits for a write of its own.
    expect(secondDone).toBe(false);
    expect(started).toHaveLength(2);
    started[1]!.finish();
    await settled();
    expect(secondDone).toBe(true);
  });

  it('let every caller that waits behind the same running write share the next one', async () => {
    const { started, write } = controlledWrites();
    const bump = coalescedWrites(write);
    const first = bump('a');
    const waiting = Array.from({ length: 50 }, () => bump('a'));
    started[0]!.finish();
    await first;
    await settled();
    expect(started).toHaveLength(2);
    started[1]!.finish();
    await Promise.all(waiting);
    expect(started).toHaveLength(2);
  });

  it('keep keys apart', () => {
    const { started, write } = controlledWrites();
    const bump = coalescedWrites(write);
    void bump('a');
    void bump('b');
    expect(started.map((run) => run.key)).toEqual(['a', 'b']);
  });

  it('tell the callers of a failed write, and still make the write queued behind it', async () => {
    const { started, write } = controlledWrites();
    const bump = coalescedWrites(write);
    const failing = bump('a');
    const next = bump('a');
    started[0]!.fail(new Error('storage unavailable'));
    await expect(failing).rejects.toThrow('storage unavailable');
    await settled();
    expect(started).toHaveLength(2);
    started[1]!.finish();
    await expect(next).resolves.toBeUndefined();
    // Nothing left under way: the next caller starts a write at once.
    void bump('a');
    expect(started).toHaveLength(3);
  });
});
