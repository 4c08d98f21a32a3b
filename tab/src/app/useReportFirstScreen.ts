/** Tells Teams the app is ready once a screen the user can act on (content or error) is shown. */
import { useEffect } from 'react';
import { notifyFirstScreenRendered } from '../teams/teamsHost.ts';

export function useReportFirstScreen(shown: boolean): void {
  useEffect(() => {
    // After commit, so Teams removes its loading indicator only when our screen is painted.
    if (shown) notifyFirstScreenRendered();
  }, [shown]);
}
