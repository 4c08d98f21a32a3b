/** Below a question's answers: a failed read with its retry, or how many more may be read. */
import { Button, MessageBar, MessageBarActions, MessageBarBody } from '@fluentui/react-components';
import { useTranslation } from '../i18n/useTranslation.ts';
import type { ShownAnswers } from './useShownAnswers.ts';

export function ShowMoreAnswers({ answers, size }: { answers: ShownAnswers; size?: 'small' | 'medium' | 'large' }) {
  const { t } = useTranslation();
  if (answers.state.status === 'failed') {
    return (
      <MessageBar intent="error" layout="multiline">
        <MessageBarBody>{t('results.answersFailed', { reason: answers.state.message })}</MessageBarBody>
        <MessageBarActions>
          <Button onClick={answers.reload}>{t('common.retry')}</Button>
        </MessageBarActions>
      </MessageBar>
    );
  }
  if (answers.state.status !== 'loaded' || answers.remaining === 0) return null;
  return (
    <Button appearance="secondary" size={size} onClick={answers.showMore}>
      {t('results.showMoreAnswers', { count: answers.remaining })}
    </Button>
  );
}
