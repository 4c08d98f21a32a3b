/**
 * The consent window's page (auth.html), which Teams opens for the tab's consent step. Opened by
 * the tab, it sends the user to the identity platform's consent prompt; back from there (the
 * same page as redirect URI), it tells Teams whether the user consented.
 */
import { reportConsentOutcome } from '../teams/consent.ts';
import { identityConfig } from './identityConfig.ts';
import { authorizeUrl, codeChallengeOf, isAuthorizeResponse, readAuthorizeResponse } from './identityPlatform.ts';

/** The state sent along, kept in this window's session to recognise the answer as ours. */
const STATE_KEY = 'customerPulse.consentState';

if (isAuthorizeResponse(location.search)) finish();
else void start();

async function start(): Promise<void> {
  const config = identityConfig();
  if (!config) {
    void reportConsentOutcome({ consented: false, reason: 'not_configured' });
    return;
  }
  const query = new URLSearchParams(location.search);
  const state = crypto.randomUUID();
  sessionStorage.setItem(STATE_KEY, state);
  const redirectUri = `${location.origin}${location.pathname}`;
  const target = { tenantId: query.get('tenant') ?? undefined, loginHint: query.get('loginHint') ?? undefined };
  // Never redeemed, so the verifier is not kept; only its challenge goes along.
  const challenge = await codeChallengeOf(`${crypto.randomUUID()}${crypto.randomUUID()}`);
  location.replace(authorizeUrl(config, target, redirectUri, state, challenge).href);
}

function finish(): void {
  const expected = sessionStorage.getItem(STATE_KEY);
  sessionStorage.removeItem(STATE_KEY);
  const response = readAuthorizeResponse(location.search, expected);
  void reportConsentOutcome(
    response.outcome === 'consented'
      ? { consented: true }
      : { consented: false, reason: response.outcome === 'refused' ? response.reason : 'unexpected_response' },
  );
}
