/**
 * The consent step through Teams: the tab asks Teams to open our consent page in a window of
 * its own (an Entra prompt cannot show inside the tab's iframe), and that page, back from the
 * identity platform, tells Teams how it went.
 *
 * teams-js 2.x sends `authentication.authenticate` to the host on every client; the host opens
 * the URL and settles the call when the window calls notifySuccess / notifyFailure, or with
 * `CancelledByUser` when the user closes it, `FailedToOpenWindow` when it could not open
 * (https://learn.microsoft.com/javascript/api/@microsoft/teams-js/authentication).
 */
import { app, authentication } from '@microsoft/teams-js';

/** Our consent page (tab/auth.html); also the redirect URI registered with the identity platform. */
export const CONSENT_PAGE_PATH = '/auth.html';

/** Room for the identity platform's consent prompt, the size Microsoft's samples open it at. */
const CONSENT_WINDOW = { width: 600, height: 535 } as const;

export interface ConsentRequest {
  /** The user's tenant, for the authority; `app.Context.user.tenant.id`. */
  readonly tenantId?: string;
  /** Spares the user picking their account; `app.Context.user.loginHint`. */
  readonly loginHint?: string;
}

/** Resolves once the user consented; rejects with Teams' or our page's reason otherwise. */
export async function askForConsent(request: ConsentRequest): Promise<void> {
  const url = consentPageUrl();
  if (request.tenantId) url.searchParams.set('tenant', request.tenantId);
  if (request.loginHint) url.searchParams.set('loginHint', request.loginHint);
  await authentication.authenticate({ url: url.href, ...CONSENT_WINDOW });
}

/**
 * teams-js refuses any URL but https for authenticate (validateUrl in its internal/utils.ts),
 * as Teams serves tabs only over https. The one http origin is the dev server on this
 * machine: it names its page as https, and the local simulator opens it on its own http origin.
 */
function consentPageUrl(): URL {
  const url = new URL(CONSENT_PAGE_PATH, location.origin);
  if (url.protocol === 'http:' && LOCAL_HOSTS.has(url.hostname)) url.protocol = 'https:';
  return url;
}

const LOCAL_HOSTS = new Set(['localhost', '127.0.0.1']);

export type ConsentOutcome = { readonly consented: true } | { readonly consented: false; readonly reason: string };

/**
 * From the consent window: hands the outcome to the tab that opened it. Teams closes the
 * window afterwards (teams-js closes it itself a moment after the message).
 */
export async function reportConsentOutcome(outcome: ConsentOutcome): Promise<void> {
  await app.initialize();
  if (outcome.consented) authentication.notifySuccess();
  else authentication.notifyFailure(outcome.reason);
}
