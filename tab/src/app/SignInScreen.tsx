/**
 * What the tab shows instead of its view when signing in did not work: why, in the user's
 * words, and the one thing to do next (Continue to consent, Sign in, Try again), or who can
 * help where the user can do nothing themselves. Fits a 320 px side panel.
 */
import { Button, MessageBar, MessageBarBody, MessageBarTitle, Spinner, Text, makeStyles, tokens } from '@fluentui/react-components';
import type { Translate, TranslationKey } from '../i18n/translator.ts';
import { useTranslation } from '../i18n/useTranslation.ts';
import { usePageStyles } from '../shared/pageStyles.ts';
import type { SignInProblem } from './signInProblem.ts';

const useStyles = makeStyles({
  actions: { display: 'flex', flexWrap: 'wrap', gap: tokens.spacingHorizontalS },
  address: {
    fontFamily: tokens.fontFamilyMonospace,
    fontSize: tokens.fontSizeBase200,
    overflowWrap: 'anywhere',
    userSelect: 'all',
  },
});

export interface SignInScreenProps {
  readonly problem: SignInProblem;
  /** The consent window is open. */
  readonly consenting: boolean;
  /** Where an administrator consents for everyone; absent when the build names no app. */
  readonly adminConsentUrl?: string;
  readonly onRetry: () => void;
  readonly onConsent: () => void;
}

type Action = 'consent' | 'signIn' | 'tryAgain' | 'none';

interface Explanation {
  readonly title: TranslationKey;
  readonly body: string;
  readonly intent: 'info' | 'warning' | 'error';
  readonly action: Action;
}

function explain(t: Translate, problem: SignInProblem): Explanation {
  switch (problem.kind) {
    case 'consent':
      return problem.declined
        ? { title: 'signIn.consentDeclinedTitle', body: t('signIn.consentDeclined'), intent: 'warning', action: 'consent' }
        : { title: 'signIn.consentTitle', body: t('signIn.consentBody'), intent: 'info', action: 'consent' };
    case 'cancelled':
      return { title: 'signIn.cancelledTitle', body: t('signIn.cancelledBody'), intent: 'warning', action: 'signIn' };
    case 'windowBlocked':
      return { title: 'signIn.windowBlockedTitle', body: t('signIn.windowBlockedBody'), intent: 'warning', action: 'signIn' };
    case 'timeout':
      return { title: 'signIn.timeoutTitle', body: t('signIn.timeoutBody'), intent: 'warning', action: 'tryAgain' };
    case 'anonymous':
      return { title: 'signIn.anonymousTitle', body: t('signIn.anonymousBody'), intent: 'info', action: 'none' };
    case 'otherOrganisation':
      return { title: 'signIn.otherOrganisationTitle', body: t('signIn.otherOrganisationBody'), intent: 'warning', action: 'none' };
    case 'failed':
      return { title: 'signIn.failedTitle', body: t('signIn.failedBody', { reason: problem.reason }), intent: 'error', action: 'tryAgain' };
  }
}

export function SignInScreen({ problem, consenting, adminConsentUrl, onRetry, onConsent }: SignInScreenProps) {
  const page = usePageStyles();
  const styles = useStyles();
  const { t } = useTranslation();
  const { title, body, intent, action } = explain(t, problem);
  const declinedConsent = problem.kind === 'consent' && problem.declined;
  return (
    <main className={page.page} data-sign-in-problem={problem.kind}>
      <MessageBar intent={intent} layout="multiline">
        <MessageBarBody>
          <MessageBarTitle>{t(title)}</MessageBarTitle>
          {body}
        </MessageBarBody>
      </MessageBar>
      {action !== 'none' && (
        <div className={styles.actions}>
          {action === 'consent' && (
            <Button appearance="primary" onClick={onConsent} disabled={consenting}>
              {consenting ? <Spinner size="tiny" label={t('signIn.consenting')} /> : t('signIn.continue')}
            </Button>
          )}
          {action === 'signIn' && (
            <Button appearance="primary" onClick={onRetry}>
              {t('signIn.signInButton')}
            </Button>
          )}
          {action === 'tryAgain' && (
            <Button appearance="primary" onClick={onRetry}>
              {t('signIn.tryAgain')}
            </Button>
          )}
        </div>
      )}
      {declinedConsent && (
        <section className={page.section} aria-label={t('signIn.adminTitle')}>
          <Text weight="semibold">{t('signIn.adminTitle')}</Text>
          <Text>{t('signIn.adminHint')}</Text>
          {adminConsentUrl && (
            <>
              <Text>{t('signIn.adminAddress')}</Text>
              <Text className={styles.address}>{adminConsentUrl}</Text>
            </>
          )}
        </section>
      )}
    </main>
  );
}
