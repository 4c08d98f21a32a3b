/**
 * Signing in through Teams before any view asks the API for something: a token for the user,
 * or the problem that stands in the way (signInProblem.ts) with what to do about it: ask
 * again, or go through the consent step and then ask again.
 */
import { useCallback, useEffect, useState } from 'react';
import type { app } from '@microsoft/teams-js';
import { getApiToken, SignInFailure, tenantOf } from '../teams/authToken.ts';
import { askForConsent } from '../teams/consent.ts';
import {
  problemOfConsentFailure,
  problemOfTokenFailure,
  problemOfTokenTenant,
  type SignInProblem,
} from './signInProblem.ts';

export type SignInState =
  | { readonly status: 'signingIn' }
  | { readonly status: 'signedIn' }
  /** `consenting`: the consent window is open. */
  | { readonly status: 'problem'; readonly problem: SignInProblem; readonly consenting: boolean };

export interface SignIn {
  readonly state: SignInState;
  /** Asks Teams for a token again (Sign in, Try again). */
  retry(): void;
  /** Opens the consent window; on success signs in again, else shows the consent problem again. */
  consent(): void;
}

export function useSignIn(context: app.Context): SignIn {
  const { user, channel } = context;
  const anonymous = user?.licenseType === 'Anonymous';
  const [state, setState] = useState<SignInState>(() =>
    // Teams has no account for an anonymous participant: asking it for a token only fails.
    anonymous ? { status: 'problem', problem: { kind: 'anonymous' }, consenting: false } : { status: 'signingIn' },
  );
  const [attempt, setAttempt] = useState(0);
  // The organisation the tab runs in: a shared channel's owner, else the one Teams signed the user in to.
  const hostTenantId = channel?.ownerTenantId ?? user?.tenant?.id;

  useEffect(() => {
    if (anonymous) return;
    let current = true;
    getApiToken({ refresh: attempt > 0 }).then(
      (token) => {
        if (!current) return;
        const problem = problemOfTokenTenant(tenantOf(token), hostTenantId);
        setState(problem ? { status: 'problem', problem, consenting: false } : { status: 'signedIn' });
      },
      (error: unknown) => {
        if (!current) return;
        const failure =
          error instanceof SignInFailure
            ? { reason: error.reason, timedOut: error.timedOut }
            : { reason: error instanceof Error ? error.message : String(error), timedOut: false };
        setState({ status: 'problem', problem: problemOfTokenFailure(failure, { licenseType: user?.licenseType }), consenting: false });
      },
    );
    return () => {
      current = false;
    };
    // One request per attempt; the context does not change while the page lives.
  }, [attempt]);

  const retry = useCallback(() => {
    setState({ status: 'signingIn' });
    setAttempt((count) => count + 1);
  }, []);

  const consent = useCallback(() => {
    setState((previous) => (previous.status === 'problem' ? { ...previous, consenting: true } : previous));
    askForConsent({ tenantId: user?.tenant?.id, loginHint: user?.loginHint }).then(retry, (error: unknown) =>
      setState({
        status: 'problem',
        problem: problemOfConsentFailure(error instanceof Error ? error.message : String(error)),
        consenting: false,
      }),
    );
  }, [retry, user?.tenant?.id, user?.loginHint]);

  return { state, retry, consent };
}
