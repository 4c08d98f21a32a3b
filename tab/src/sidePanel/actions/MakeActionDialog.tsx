/**
 * "Make action" on one answer (facilitator, after reveal): who owns it and by when, then
 * "Save action". The answer's text becomes the action's text.
 */
import {
  Button,
  Dialog,
  DialogActions,
  DialogBody,
  DialogContent,
  DialogSurface,
  DialogTitle,
  DialogTrigger,
  Field,
  Input,
  makeStyles,
  MessageBar,
  MessageBarBody,
  Spinner,
  Text,
  tokens,
} from '@fluentui/react-components';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { messageOf } from '../../api/client.ts';
import { localDateInDays } from './dates.ts';

/** Default due date: two weeks out, the usual gap to the next check. */
const DEFAULT_DUE_IN_DAYS = 14;

const useStyles = makeStyles({
  content: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalM },
  quote: {
    margin: 0,
    padding: `${tokens.spacingVerticalXS} ${tokens.spacingHorizontalS}`,
    borderLeft: `${tokens.strokeWidthThick} solid ${tokens.colorNeutralStroke2}`,
    whiteSpace: 'pre-wrap',
  },
});

export interface MakeActionDialogProps {
  readonly answerText: string;
  /** Saves the action; rejects with a user-facing reason. */
  readonly onSave: (owner: string, dueDate: string) => Promise<void>;
}

export function MakeActionDialog({ answerText, onSave }: MakeActionDialogProps) {
  const styles = useStyles();
  const { t } = useTranslation();
  const [open, setOpen] = useState(false);
  const [owner, setOwner] = useState('');
  const [dueDate, setDueDate] = useState('');
  const [saving, setSaving] = useState(false);
  const [submitted, setSubmitted] = useState(false);
  const [error, setError] = useState<string>();

  const ownerMissing = owner.trim().length === 0;
  const dueDateMissing = dueDate.length === 0;

  const save = async (event: FormEvent) => {
    event.preventDefault();
    setSubmitted(true);
    if (ownerMissing || dueDateMissing || saving) return;
    setSaving(true);
    setError(undefined);
    try {
      await onSave(owner.trim(), dueDate);
      setOpen(false);
    } catch (failure) {
      setError(t('makeAction.failed', { reason: messageOf(failure) }));
    } finally {
      setSaving(false);
    }
  };

  return (
    <Dialog
      open={open}
      onOpenChange={(_event, data) => {
        if (saving) return;
        setOpen(data.open);
        if (data.open) {
          // A fresh form each time: the default date is counted from today.
          setOwner('');
          setDueDate(localDateInDays(DEFAULT_DUE_IN_DAYS));
          setSubmitted(false);
          setError(undefined);
        }
      }}
    >
      <DialogTrigger disableButtonEnhancement>
        <Button size="small" aria-label={t('makeAction.buttonLabel', { answer: answerText })}>
          {t('makeAction.button')}
        </Button>
      </DialogTrigger>
      <DialogSurface>
        {/* noValidate: the Fields say what is missing, in the panel's words and styling. */}
        <form noValidate onSubmit={(event) => void save(event)}>
          <DialogBody>
            <DialogTitle>{t('makeAction.dialogTitle')}</DialogTitle>
            <DialogContent className={styles.content}>
              <Text as="p" className={styles.quote}>
                {answerText}
              </Text>
              <Field
                label={t('makeAction.owner')}
                hint={t('makeAction.ownerHint')}
                required
                validationMessage={submitted && ownerMissing ? t('makeAction.ownerRequired') : undefined}
              >
                <Input
                  value={owner}
                  maxLength={200}
                  disabled={saving}
                  onChange={(_event, data) => setOwner(data.value)}
                />
              </Field>
              <Field
                label={t('makeAction.dueDate')}
                required
                validationMessage={submitted && dueDateMissing ? t('makeAction.dueDateRequired') : undefined}
              >
                <Input
                  type="date"
                  value={dueDate}
                  disabled={saving}
                  onChange={(_event, data) => setDueDate(data.value)}
                />
              </Field>
              {error && (
                <MessageBar intent="error" layout="multiline">
                  <MessageBarBody>{error}</MessageBarBody>
                </MessageBar>
              )}
            </DialogContent>
            <DialogActions>
              <DialogTrigger disableButtonEnhancement>
                <Button appearance="secondary" disabled={saving}>
                  {t('common.cancel')}
                </Button>
              </DialogTrigger>
              <Button
                type="submit"
                appearance="primary"
                disabled={saving}
                icon={saving ? <Spinner size="extra-tiny" /> : undefined}
              >
                {t('makeAction.save')}
              </Button>
            </DialogActions>
          </DialogBody>
        </form>
      </DialogSurface>
    </Dialog>
  );
}
