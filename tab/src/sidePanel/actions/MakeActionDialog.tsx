/**
 * "Make action" on one answer (facilitator, after reveal): who owns it and by when, then
 * "Save action". The answer's text becomes the action's text. The owner is typed; where Teams
 * offers its people picker, "Choose a person" fills in the chosen person's name instead.
 */
import { Button, Dialog, DialogTrigger, Field, Input, makeStyles, tokens } from '@fluentui/react-components';
import { useRef, useState, type FormEvent } from 'react';
import { useTranslation } from '../../i18n/useTranslation.ts';
import { useDialogSubmit } from '../../shared/useDialogSubmit.ts';
import { AnswerFormDialog } from '../AnswerFormDialog.tsx';
import { ChoosePersonButton } from './ChoosePersonButton.tsx';
import { localDateInDays } from './dates.ts';

/** Default due date: two weeks out, the usual gap to the next check. */
const DEFAULT_DUE_IN_DAYS = 14;
/** The API's limit for an owner (createActionRequestSchema). */
const OWNER_MAX_LENGTH = 200;

const useStyles = makeStyles({
  // The picker's button belongs to the owner field: close under it, as wide as its label.
  owner: { display: 'flex', flexDirection: 'column', alignItems: 'flex-start', gap: tokens.spacingVerticalXS },
  ownerField: { alignSelf: 'stretch' },
});

export interface MakeActionDialogProps {
  readonly answerText: string;
  /** Saves the action; rejects with a user-facing reason. */
  readonly onSave: (owner: string, dueDate: string) => Promise<void>;
}

export function MakeActionDialog({ answerText, onSave }: MakeActionDialogProps) {
  const { t } = useTranslation();
  const styles = useStyles();
  const ownerInput = useRef<HTMLInputElement>(null);
  const [open, setOpen] = useState(false);
  const [owner, setOwner] = useState('');
  const [dueDate, setDueDate] = useState('');
  const [submitted, setSubmitted] = useState(false);
  const { busy: saving, error, setError, submit } = useDialogSubmit((reason) => t('makeAction.failed', { reason }));

  const ownerMissing = owner.trim().length === 0;
  const dueDateMissing = dueDate.length === 0;

  const save = async (event: FormEvent) => {
    event.preventDefault();
    setSubmitted(true);
    if (ownerMissing || dueDateMissing || saving) return;
    await submit(async () => {
      await onSave(owner.trim(), dueDate);
      setOpen(false);
    });
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
      <AnswerFormDialog
        title={t('makeAction.dialogTitle')}
        answerText={answerText}
        onSubmit={save}
        busy={saving}
        error={error}
        saveLabel={t('makeAction.save')}
      >
        <div className={styles.owner}>
          <Field
            className={styles.ownerField}
            label={t('makeAction.owner')}
            hint={t('makeAction.ownerHint')}
            required
            validationMessage={submitted && ownerMissing ? t('makeAction.ownerRequired') : undefined}
          >
            <Input
              ref={ownerInput}
              value={owner}
              maxLength={OWNER_MAX_LENGTH}
              disabled={saving}
              onChange={(_event, data) => setOwner(data.value)}
            />
          </Field>
          <ChoosePersonButton
            label={t('makeAction.choosePerson')}
            pickerTitle={t('makeAction.choosePersonTitle')}
            disabled={saving}
            onChosen={(displayName) => {
              setOwner(displayName.slice(0, OWNER_MAX_LENGTH));
              setError(undefined);
              // Back from Teams' picker to the filled-in field, which reads out the name.
              ownerInput.current?.focus();
            }}
            onFailed={(reason) => setError(t('makeAction.choosePersonFailed', { reason }))}
          />
        </div>
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
      </AnswerFormDialog>
    </Dialog>
  );
}
