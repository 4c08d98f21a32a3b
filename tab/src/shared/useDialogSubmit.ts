/**
 * A dialog's one write: busy while it is on its way, the reason when it fails (the dialog stays
 * open, with what was typed), and whatever `work` does last on success (closing the dialog).
 */
import { useState } from 'react';
import { messageOf } from '../api/client.ts';

export interface DialogSubmit {
  readonly busy: boolean;
  readonly error: string | undefined;
  setError(error: string | undefined): void;
  /** Runs `work`; a failure shows as `failureText(reason)`. */
  submit(work: () => Promise<void>): Promise<void>;
}

export function useDialogSubmit(failureText: (reason: string) => string): DialogSubmit {
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string>();
  const submit = async (work: () => Promise<void>) => {
    setBusy(true);
    setError(undefined);
    try {
      await work();
    } catch (failure) {
      setError(failureText(messageOf(failure)));
    } finally {
      setBusy(false);
    }
  };
  return { busy, error, setError, submit };
}
