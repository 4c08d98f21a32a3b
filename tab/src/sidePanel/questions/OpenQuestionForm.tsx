/**
 * One open question: a text box and "Add answer". Answers carry no author. Each draft gets
 * its own answer id, so a retried request after a lost response stores the answer once.
 *
 * The box counts the characters against the contract's limit and never cuts what was typed
 * or pasted: at the limit it says so, over it it says how to get the answer sent and "Add
 * answer" waits until the text fits. What was typed and not sent is kept for a reload
 * (`useAnswerDraft`).
 */
import { Button, Field, makeStyles, Spinner, Textarea, tokens } from '@fluentui/react-components';
import { answerMaxLength } from '@contract/limits';
import type { Translate } from '../../i18n/translator.ts';
import { useState, type FormEvent } from 'react';
import { useTranslation } from '../../i18n/useTranslation.ts';
import { useApiClient } from '../../api/ApiClientContext.tsx';
import { ApiError, messageOf } from '../../api/client.ts';
import { useAnswerDraft } from './useAnswerDraft.ts';

const useStyles = makeStyles({
  form: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalS, minWidth: 0 },
  label: { fontWeight: tokens.fontWeightSemibold },
  textarea: { width: '100%' },
  button: { alignSelf: 'flex-start' },
});

type SubmitStatus =
  | { readonly kind: 'idle' }
  | { readonly kind: 'saving' }
  | { readonly kind: 'added' }
  | { readonly kind: 'failed'; readonly message: string };

export interface OpenQuestionFormProps {
  readonly sessionId: string;
  readonly questionId: string;
  readonly questionText: string;
  /** An answer was stored: results can show it now rather than at the next poll. */
  readonly onAdded: () => void;
  /** The API refused the answer (e.g. the check was closed meanwhile). */
  readonly onRefused: () => void;
}

export function OpenQuestionForm(props: OpenQuestionFormProps) {
  const { sessionId, questionId, questionText, onAdded, onRefused } = props;
  const styles = useStyles();
  const { t } = useTranslation();
  const api = useApiClient();
  const draft = useAnswerDraft(sessionId, questionId);
  const { text } = draft;
  const [status, setStatus] = useState<SubmitStatus>({ kind: 'idle' });

  const saving = status.kind === 'saving';
  const length = lengthOf(text);
  const canSubmit = !saving && length > 0 && length <= answerMaxLength;

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    if (!canSubmit) return;
    setStatus({ kind: 'saving' });
    try {
      await api.addAnswer(sessionId, { questionId, text, answerId: draft.answerId });
      // Stored: the draft is done. On a failure it stays, for a retry or after a reload.
      draft.clear();
      setStatus({ kind: 'added' });
      onAdded();
    } catch (error) {
      setStatus({ kind: 'failed', message: t('questions.addFailed', { reason: messageOf(error) }) });
      if (error instanceof ApiError && error.status >= 400 && error.status < 500) onRefused();
    }
  };

  const onTextChange = (value: string) => {
    // Changed text is a different answer (a new id); an unchanged retry keeps the id.
    draft.setText(value);
    if (status.kind === 'added' || status.kind === 'failed') setStatus({ kind: 'idle' });
  };

  return (
    <form className={styles.form} onSubmit={(event) => void submit(event)}>
      <Field
        label={{ children: questionText, className: styles.label }}
        hint={t('questions.counter', { length, count: answerMaxLength })}
        {...feedbackOf(t, status, length)}
      >
        {/* No `maxLength`: it would cut a pasted answer silently. The message says what to do. */}
        <Textarea
          className={styles.textarea}
          value={text}
          resize="vertical"
          disabled={saving}
          onChange={(_event, data) => onTextChange(data.value)}
        />
      </Field>
      <Button
        type="submit"
        className={styles.button}
        disabled={!canSubmit}
        aria-label={t('questions.addButtonLabel', { question: questionText })}
        icon={saving ? <Spinner size="extra-tiny" /> : undefined}
      >
        {t('questions.addButton')}
      </Button>
    </form>
  );
}

/**
 * The length the API's limit counts: the text as sent, trimmed by the API before it checks.
 * Leading or trailing spaces do not make an answer too long there, so they do not here.
 */
function lengthOf(text: string): number {
  return text.trim().length;
}

/**
 * The Field's message under the box: too long (an error, announced at once), "Answer added"
 * (announced politely), why not, or that the limit is reached (a warning, announced).
 */
function feedbackOf(t: Translate, status: SubmitStatus, length: number) {
  if (length > answerMaxLength) {
    return { validationState: 'error' as const, validationMessage: t('questions.overLimit', { max: answerMaxLength }) };
  }
  switch (status.kind) {
    case 'added':
      return {
        validationState: 'success' as const,
        validationMessage: { children: t('questions.added'), role: 'status' },
      };
    case 'failed':
      return { validationState: 'error' as const, validationMessage: status.message };
    default:
      return length === answerMaxLength
        ? { validationState: 'warning' as const, validationMessage: t('questions.atLimit', { max: answerMaxLength }) }
        : { validationState: 'none' as const };
  }
}
