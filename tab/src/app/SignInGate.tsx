/**
 * The views that call the API show once Teams signed the user in; until then a spinner, and
 * when it did not work, the SignInScreen with the way forward instead of a broken panel.
 */
import type { app } from '@microsoft/teams-js';
import { useMemo, type ReactNode } from 'react';
import { adminConsentUrl } from '../auth/identityPlatform.ts';
import { identityConfig } from '../auth/identityConfig.ts';
import { useTranslation } from '../i18n/useTranslation.ts';
import { SignInScreen } from './SignInScreen.tsx';
import { useReportFirstScreen } from './useReportFirstScreen.ts';
import { useSignIn } from './useSignIn.ts';
import { PageSpinner } from '../shared/PageSpinner.tsx';

export function SignInGate({ context, children }: { context: app.Context; children: ReactNode }) {
  const { t } = useTranslation();
  const { state, retry, consent } = useSignIn(context);
  const tenantId = context.user?.tenant?.id;
  const adminUrl = useMemo(() => {
    const config = identityConfig();
    return config && adminConsentUrl(config, tenantId);
  }, [tenantId]);
  // The problem is the screen the user acts on: Teams may drop its loading indicator.
  useReportFirstScreen(state.status === 'problem');

  if (state.status === 'signedIn') return <>{children}</>;
  if (state.status === 'signingIn') {
    return <PageSpinner label={t('signIn.signingIn')} />;
  }
  return (
    <SignInScreen
      problem={state.problem}
      consenting={state.consenting}
      adminConsentUrl={adminUrl}
      onRetry={retry}
      onConsent={consent}
    />
  );
}
