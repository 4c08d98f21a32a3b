/**
 * The opening review of the team's registers, before rating: the open entries from earlier
 * checks that this check has not reviewed yet. Nothing at all when there are none; the list
 * itself is loaded on demand, so a check without entries to review downloads none of it.
 */
import { lazy, Suspense, useState } from 'react';
import type { RegisterEntry, Session } from '../../api/client.ts';

const RegisterReview = lazy(() => import('./RegisterReview.tsx'));

export interface RegisterReviewSectionProps {
  readonly session: Session;
  /** From the check's review (GET …/review): entries of earlier checks only. */
  readonly entries: readonly RegisterEntry[];
  readonly more: number;
}

export function RegisterReviewSection({ session, entries, more }: RegisterReviewSectionProps) {
  // Once shown, the section stays (saying all are reviewed) when the last entry leaves it.
  const [shown, setShown] = useState(entries.length > 0);
  if (entries.length > 0 && !shown) setShown(true);
  if (!shown) return null;
  return (
    <Suspense fallback={null}>
      <RegisterReview
        sessionId={session.id}
        entries={entries}
        more={more}
        canReview={session.isFacilitator && session.state !== 'closed'}
      />
    </Suspense>
  );
}
