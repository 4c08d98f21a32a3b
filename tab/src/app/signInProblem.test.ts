import { describe, expect, it } from 'vitest';
import { problemOfConsentFailure, problemOfTokenFailure, problemOfTokenTenant } from './signInProblem.ts';

const failed = (reason: string) => ({ reason, timedOut: false });

describe('what a failed Teams sign-in means for the user', () => {
  it('asks for consent when Entra has none recorded, whichever way Teams or Entra says it', () => {
    for (const reason of ['resourceRequiresConsent', 'invalid_grant', 'AADSTS65001: The user or administrator has not consented', 'consent_required']) {
      expect(problemOfTokenFailure(failed(reason))).toEqual({ kind: 'consent', declined: false });
    }
  });

  it('offers to sign in again when the user closed the sign-in window', () => {
    expect(problemOfTokenFailure(failed('CancelledByUser'))).toEqual({ kind: 'cancelled' });
    expect(problemOfTokenFailure(failed('tokenRevoked'))).toEqual({ kind: 'cancelled' });
  });

  it('says the window was blocked when the browser did not let it open', () => {
    expect(problemOfTokenFailure(failed('FailedToOpenWindow'))).toEqual({ kind: 'windowBlocked' });
  });

  it('reports a timeout when Teams never answered', () => {
    expect(problemOfTokenFailure({ reason: '', timedOut: true })).toEqual({ kind: 'timeout' });
  });

  it('recognises an anonymous participant by Teams’ error or by their context, before anything else', () => {
    expect(problemOfTokenFailure(failed('useGetAuthToken: Failed with error - User is not authenticated'))).toEqual({ kind: 'anonymous' });
    expect(problemOfTokenFailure({ reason: '', timedOut: true }, { licenseType: 'Anonymous' })).toEqual({ kind: 'anonymous' });
    expect(problemOfTokenFailure(failed('resourceRequiresConsent'), { licenseType: 'Anonymous' })).toEqual({ kind: 'anonymous' });
  });

  it('keeps Teams’ own words for anything else', () => {
    expect(problemOfTokenFailure(failed('FailedToGetToken: POST /dev/token answered HTTP 500'))).toEqual({
      kind: 'failed',
      reason: 'FailedToGetToken: POST /dev/token answered HTTP 500',
    });
    expect(problemOfTokenFailure(failed(''))).toEqual({ kind: 'failed', reason: 'unknown' });
  });
});

describe('after the consent window', () => {
  it('asks again, now with the admin hint, when the user cancelled or closed it', () => {
    expect(problemOfConsentFailure('access_denied')).toEqual({ kind: 'consent', declined: true });
    expect(problemOfConsentFailure('CancelledByUser')).toEqual({ kind: 'consent', declined: true });
  });

  it('says the window was blocked when it could not open', () => {
    expect(problemOfConsentFailure('FailedToOpenWindow')).toEqual({ kind: 'windowBlocked' });
  });
});

describe('a token of another organisation', () => {
  const ours = '72f988bf-86f1-41af-91ab-2d7cd011db47';
  const theirs = 'b1e2f3a4-0000-4000-8000-0000fab1ca7e';

  it('is refused before any view calls the API with it', () => {
    expect(problemOfTokenTenant(theirs, ours)).toEqual({ kind: 'otherOrganisation' });
  });

  it('is no problem when both name the same tenant, in any case, or either is unknown', () => {
    expect(problemOfTokenTenant(ours, ours.toUpperCase())).toBeUndefined();
    expect(problemOfTokenTenant(undefined, ours)).toBeUndefined();
    expect(problemOfTokenTenant(theirs, undefined)).toBeUndefined();
  });
});
