/**
 * A closed check's open-question answers, read when the check is opened in the list (closed
 * checks are revealed). Answers carry no author; they are grouped under their question.
 */
import { Button, makeStyles, MessageBar, MessageBarActions, MessageBarBody, Spinner, Text, tokens } from '@fluentui/react-components';
import { useTranslation } from '../i18n/useTranslation.ts';
import { useApiClient } from '../api/ApiClientContext.tsx';
import type { TemplateTexts } from '../scores/templateTexts.ts';
import { stackedList, usePageStyles } from '../shared/pageStyles.ts';
import { useLoad } from '../shared/useLoad.ts';

const useStyles = makeStyles({
  question: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalXS, minWidth: 0 },
  list: stackedList(tokens.spacingVerticalXS),
  answer: {
    padding: `${tokens.spacingVerticalXS} ${tokens.spacingHorizontalS}`,
    borderLeft: `${tokens.strokeWidthThick} solid ${tokens.colorNeutralStroke2}`,
    whiteSpace: 'pre-wrap',
    minWidth: 0,
  },
  none: { color: tokens.colorNeutralForeground2 },
  spinner: { alignSelf: 'flex-start' },
});

export interface CheckAnswersProps {
  readonly sessionId: string;
  readonly templateId: string;
  readonly texts: TemplateTexts;
}

export function CheckAnswers({ sessionId, templateId, texts }: CheckAnswersProps) {
  const page = usePageStyles();
  const styles = useStyles();
  const { t } = useTranslation();
  const api = useApiClient();
  const { state, reload } = useLoad((signal) => api.getResults(sessionId, signal), sessionId);

  return (
    <>
      <Text as="h4" weight="semibold" className={page.heading}>
        {t('history.answersHeading')}
      </Text>
      {state.status === 'loading' && (
        <Spinner size="tiny" labelPosition="after" label={t('history.answersLoading')} className={styles.spinner} />
      )}
      {state.status === 'failed' && (
        <MessageBar intent="error" layout="multiline">
          <MessageBarBody>{t('history.answersFailed', { reason: state.message })}</MessageBarBody>
          <MessageBarActions>
            <Button onClick={reload}>{t('common.retry')}</Button>
          </MessageBarActions>
        </MessageBar>
      )}
      {state.status === 'loaded' &&
        questionOrder(texts.questionIdsOf(templateId), state.data.answers.map((answer) => answer.questionId)).map((questionId) => {
          const answers = state.data.answers
            .filter((answer) => answer.questionId === questionId)
            .sort((a, b) => a.createdAt.localeCompare(b.createdAt));
          return (
            <div key={questionId} className={styles.question}>
              <Text as="h5" weight="semibold" className={page.heading}>
                {texts.question(questionId, templateId)}
              </Text>
              {answers.length === 0 ? (
                <Text className={styles.none}>{t('history.noAnswers')}</Text>
              ) : (
                <ul className={styles.list}>
                  {answers.map((answer) => (
                    <li key={answer.id} className={styles.answer}>
                      <Text>{answer.text}</Text>
                    </li>
                  ))}
                </ul>
              )}
            </div>
          );
        })}
    </>
  );
}

/** The template's questions in their order, then any other question that has answers. */
function questionOrder(known: readonly string[], answered: readonly string[]): string[] {
  return [...known, ...[...new Set(answered)].filter((id) => !known.includes(id))];
}
