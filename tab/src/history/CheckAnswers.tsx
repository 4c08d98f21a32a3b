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
import { QuestionAnswers } from '../check/QuestionAnswers.tsx';

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
        questionOrder(texts.questionIdsOf(templateId), Object.keys(state.data.shownAnswers)).map((questionId) => (
          <QuestionAnswers
            key={questionId}
            sessionId={sessionId}
            questionId={questionId}
            shown={state.data.shownAnswers[questionId] ?? 0}
            pageSize={answersPerPage}
            heading={
              <Text as="h5" weight="semibold" className={page.heading}>
                {texts.question(questionId, templateId)}
              </Text>
            }
            noAnswers={t('history.noAnswers')}
            classes={styles}
            moreSize="small"
            renderAnswer={(answer) => (
              <li className={styles.answer}>
                <Text>{answer.text}</Text>
              </li>
            )}
          />
        ))}
    </>
  );
}

/** Answers read per question, ten at a time. */
const answersPerPage = 10;

/** The template's questions in their order, then any other question that has answers. */
function questionOrder(known: readonly string[], answered: readonly string[]): string[] {
  return [...known, ...[...new Set(answered)].filter((id) => !known.includes(id))];
}
