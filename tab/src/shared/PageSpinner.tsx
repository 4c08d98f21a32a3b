/** A whole frame waiting for something: a spinner in the middle, labelled (common.loading unless said). */
import { Spinner } from '@fluentui/react-components';
import { useTranslation } from '../i18n/useTranslation.ts';
import { usePageStyles } from './pageStyles.ts';

export function PageSpinner({ label }: { label?: string }) {
  const styles = usePageStyles();
  const { t } = useTranslation();
  return (
    <main className={styles.centered}>
      <Spinner label={label ?? t('common.loading')} />
    </main>
  );
}
