/**
 * One open question: a text box and "Add answer". Answers carry no author. Each draft gets
 * its own answer id, so a retried request after a lost response stores the answer once.
 */
import { Button, Field, makeStyles, Spinner, Textarea, tokens } from '@fluentui/react-components';
import { answerMaxLength } from '@contract/limits';
import type { Translate } from '../../i18n/translator.ts';
import { useRef, useState, type FormEvent } from 'react';
import { useTranslation } from '../../i18n/useTranslation.ts';
import { useApiClient } from '../../api/ApiClientContext.tsx';
import { ApiError, messageOf } from '../../api/client.ts';

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
  const [text, setText] = useState('');
  const [status, setStatus] = useState<SubmitStatus>({ kind: 'idle' });
  const answerId = useRef(crypto.randomUUID());

  const saving = status.kind === 'saving';
  const canSubmit = !saving && text.trim().length > 0;

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    if (!canSubmit) return;
    setStatus({ kind: 'saving' });
    try {
      await api.addAnswer(sessionId, { questionId, text, answerId: answerId.current });
      answerId.current = crypto.randomUUID();
      setText('');
      setStatus({ kind: 'added' });
      onAdded();
    } catch (error) {
      setStatus({ kind: 'failed', message: t('questions.addFailed', { reason: messageOf(error) }) });
      if (error instanceof ApiError && error.status >= 400 && error.status < 500) onRefused();
    }
  };

  const onTextChange = (value: string) => {
    // Changed text is a different answer; an unchanged retry keeps the id and is stored once.
    if (value !== text) answerId.current = crypto.randomUUID();
    setText(value);
    if (status.kind === 'added' || status.kind === 'failed') setStatus({ kind: 'idle' });
  };

  return (
    <form className={styles.form} onSubmit={(event) => void submit(event)}>
      <Field
        label={{ children: questionText, className: styles.label }}
        hint={t('questions.counter', { length: text.length, count: answerMaxLength })}
        {...feedbackOf(t, status)}
      >
        <Textarea
          className={styles.textarea}
          value={text}
          maxLength={answerMaxLength}
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

/** The Field's message under the box: "Answer added" (announced politely) or why not. */
function feedbackOf(t: Translate, status: SubmitStatus) {
  switch (status.kind) {
    case 'added':
      return {
        validationState: 'success' as const,
        validationMessage: { children: t('questions.added'), role: 'status' },
      };
    case 'failed':
      return { validationState: 'error' as const, validationMessage: status.message };
    default:
      return { validationState: 'none' as const };
  }
}
