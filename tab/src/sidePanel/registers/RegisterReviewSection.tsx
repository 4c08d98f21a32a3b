/**
 * The opening review of the team's registers, before rating: the open entries from earlier
 * checks that this check has not reviewed yet. Nothing at all when there are none; the list
 * itself is loaded on demand, so a check without entries to review downloads none of it.
 */
import { lazy, Suspense, useMemo, useState } from 'react';
import type { Session } from '../../api/client.ts';

const RegisterReview = lazy(() => import('./RegisterReview.tsx'));

export function RegisterReviewSection({ session }: { session: Session }) {
  // Entries made from this check's answers are reviewed at the next check, not in this one.
  const entries = useMemo(
    () => (session.registerReview ?? []).filter((entry) => entry.sourceSessionId !== session.id),
    [session.registerReview, session.id],
  );
  // Once shown, the section stays (saying all are reviewed) when the last entry leaves it.
  const [shown, setShown] = useState(entries.length > 0);
  if (entries.length > 0 && !shown) setShown(true);
  if (!shown) return null;
  return (
    <Suspense fallback={null}>
      <RegisterReview
        sessionId={session.id}
        entries={entries}
        canReview={session.isFacilitator && session.state !== 'closed'}
      />
    </Suspense>
  );
}
