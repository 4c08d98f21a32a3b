/**
 * The caller's own ratings: shown at once when chosen (optimistic) and saved in the
 * background; a rating the API refuses is put back to the last saved one, with the reason.
 */
import { useCallback, useRef, useState } from 'react';
import { useApiClient } from '../../api/ApiClientContext.tsx';
import { ApiError, messageOf, type Rating, type Session } from '../../api/client.ts';
import { i18n } from '../../i18n/i18n.ts';

type ByStatement<T> = Readonly<Partial<Record<string, T>>>;

export interface MyVotes {
  readonly votes: ByStatement<Rating>;
  readonly errors: ByStatement<string>;
  rate(statementId: string, value: Rating): void;
  dismissError(statementId: string): void;
}

/** `onRefused`: the API said no (e.g. the check was closed meanwhile); refresh what depends on it. */
export function useMyVotes(session: Session, onRefused: () => void): MyVotes {
  const api = useApiClient();
  const [votes, setVotes] = useState<ByStatement<Rating>>(() => ({ ...session.myVotes }));
  const [errors, setErrors] = useState<ByStatement<string>>({});
  /** What the API last confirmed: where a refused rating goes back to. */
  const saved = useRef<Partial<Record<string, Rating>>>({ ...session.myVotes });
  /** Per statement, the newest request: an older one that fails must not undo a newer choice. */
  const latest = useRef(new Map<string, number>());

  const rate = useCallback(
    (statementId: string, value: Rating) => {
      const request = (latest.current.get(statementId) ?? 0) + 1;
      latest.current.set(statementId, request);
      setVotes((current) => ({ ...current, [statementId]: value }));
      setErrors((current) => ({ ...current, [statementId]: undefined }));
      api.castVote(session.id, statementId, value).then(
        (vote) => {
          saved.current[statementId] = vote.value;
        },
        (error: unknown) => {
          if (latest.current.get(statementId) !== request) return;
          setVotes((current) => ({ ...current, [statementId]: saved.current[statementId] }));
          const reason = i18n.t('rating.saveFailed', { reason: messageOf(error) });
          setErrors((current) => ({ ...current, [statementId]: reason }));
          if (error instanceof ApiError && error.status >= 400 && error.status < 500) onRefused();
        },
      );
    },
    [api, session.id, onRefused],
  );

  const dismissError = useCallback((statementId: string) => {
    setErrors((current) => ({ ...current, [statementId]: undefined }));
  }, []);

  return { votes, errors, rate, dismissError };
}
