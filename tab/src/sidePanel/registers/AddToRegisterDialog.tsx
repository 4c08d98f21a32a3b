/**
 * "Keep track of this" (add to a register) on one answer (facilitator, after reveal): which register, then either a
 * new entry (title from the answer, owner, and the register's own fields: customer and last
 * contact for customer channels, severity for trust risks) or a note on one of the register's
 * open entries. Loaded on demand: the side panel's first load carries only the button.
 *
 * What was typed stays when saving fails, with the reason; switching register or mode keeps
 * it too, and only the fields the chosen register has are sent.
 */
import {
  Dialog,
  Dropdown,
  Field,
  Input,
  makeStyles,
  Option,
  Radio,
  RadioGroup,
  Spinner,
  Text,
  Textarea,
} from '@fluentui/react-components';
import { useEffect, useState, type FormEvent } from 'react';
import { useTranslation } from '../../i18n/useTranslation.ts';
import { messageOf, type RegisterEntry, type RegisterKind } from '../../api/client.ts';
import { ErrorBar } from '../../shared/ErrorBar.tsx';
import { useDialogSubmit } from '../../shared/useDialogSubmit.ts';
import { AnswerFormDialog } from '../AnswerFormDialog.tsx';
import {
  isRegisterKind,
  isRiskSeverity,
  REGISTER_KINDS,
  registerNameKeys,
  RISK_SEVERITIES,
  severityKeys,
  type RiskSeverity,
} from './registers.ts';

const useStyles = makeStyles({
  // Long titles wrap in the list and in the closed dropdown instead of widening the dialog.
  dropdown: { minWidth: 0, maxWidth: '100%' },
  option: { whiteSpace: 'normal', overflowWrap: 'anywhere' },
});

type Mode = 'new' | 'existing';

type Existing =
  | { status: 'idle' }
  | { status: 'loading' }
  | { status: 'failed'; message: string }
  | { status: 'loaded'; entries: RegisterEntry[] };

export interface AddToRegisterDialogProps {
  readonly open: boolean;
  readonly onOpenChange: (open: boolean) => void;
  readonly answerText: string;
  /** The register the answer's question goes to by default. */
  readonly defaultRegister?: RegisterKind;
  readonly loadEntries: (register: RegisterKind, signal: AbortSignal) => Promise<RegisterEntry[]>;
  /** Save a new entry; rejects with a user-facing reason. */
  readonly onCreate: (input: NewEntryInput) => Promise<void>;
  /** Add the answer to an entry; rejects with a user-facing reason. */
  readonly onMerge: (entryId: string) => Promise<void>;
}

export interface NewEntryInput {
  register: RegisterKind;
  title: string;
  owner?: string;
  customer?: string;
  lastContactDate?: string;
  severity?: RiskSeverity;
}

export default function AddToRegisterDialog({
  open,
  onOpenChange,
  answerText,
  defaultRegister,
  loadEntries,
  onCreate,
  onMerge,
}: AddToRegisterDialogProps) {
  const { t } = useTranslation();
  const [register, setRegister] = useState<RegisterKind | undefined>(defaultRegister);
  const [mode, setMode] = useState<Mode>('new');
  const [title, setTitle] = useState(answerText);
  const [owner, setOwner] = useState('');
  const [customer, setCustomer] = useState('');
  const [lastContactDate, setLastContactDate] = useState('');
  const [severity, setSeverity] = useState<RiskSeverity>();
  const [entryId, setEntryId] = useState<string>();
  const [existing, setExisting] = useState<Existing>({ status: 'idle' });
  const [attempt, setAttempt] = useState(0);
  const [submitted, setSubmitted] = useState(false);
  const { busy: saving, error, submit } = useDialogSubmit((reason) => t('registers.add.failed', { reason }));

  // The register's open entries, when merging into one is what the facilitator wants.
  useEffect(() => {
    if (!open || mode !== 'existing' || !register) return;
    const controller = new AbortController();
    setExisting({ status: 'loading' });
    loadEntries(register, controller.signal).then(
      (entries) => !controller.signal.aborted && setExisting({ status: 'loaded', entries }),
      (failure: unknown) =>
        !controller.signal.aborted && setExisting({ status: 'failed', message: messageOf(failure) }),
    );
    return () => controller.abort();
  }, [open, mode, register, attempt, loadEntries]);

  const entries = existing.status === 'loaded' ? existing.entries : [];
  const chosenEntry = entries.find((entry) => entry.id === entryId);
  const registerMissing = register === undefined;
  const titleMissing = title.trim().length === 0;
  const entryMissing = chosenEntry === undefined;

  const save = async (event: FormEvent) => {
    event.preventDefault();
    setSubmitted(true);
    if (saving || !register) return;
    if (mode === 'new' ? titleMissing : entryMissing) return;
    await submit(async () => {
      if (mode === 'new') {
        const input: NewEntryInput = { register, title: title.trim() };
        if (owner.trim()) input.owner = owner.trim();
        if (register === 'customer-channels') {
          if (customer.trim()) input.customer = customer.trim();
          if (lastContactDate) input.lastContactDate = lastContactDate;
        }
        if (register === 'trust-risks' && severity) input.severity = severity;
        await onCreate(input);
      } else {
        await onMerge(chosenEntry!.id);
      }
      onOpenChange(false);
    });
  };

  return (
    <Dialog open={open} onOpenChange={(_event, data) => !saving && onOpenChange(data.open)}>
      <AnswerFormDialog
        title={t('registers.add.dialogTitle')}
        answerText={answerText}
        onSubmit={save}
        busy={saving}
        error={error}
        saveLabel={mode === 'new' ? t('registers.add.saveNew') : t('registers.add.saveMerge')}
      >
        <Field
          label={t('registers.add.register')}
          hint={t('registers.add.registerHint')}
          required
          validationMessage={submitted && registerMissing ? t('registers.add.registerRequired') : undefined}
        >
          <Choice
            disabled={saving}
            placeholder={t('registers.add.registerPlaceholder')}
            chosen={register}
            choices={REGISTER_KINDS.map((kind) => ({ value: kind, text: t(registerNameKeys[kind]) }))}
            onChoose={(value) => {
              if (!isRegisterKind(value)) return;
              setRegister(value);
              setEntryId(undefined);
            }}
          />
        </Field>
        <Field label={t('registers.add.mode')}>
          <RadioGroup
            value={mode}
            disabled={saving}
            onChange={(_event, data) => setMode(data.value === 'existing' ? 'existing' : 'new')}
          >
            <Radio value="new" label={t('registers.add.newEntry')} />
            <Radio value="existing" label={t('registers.add.existingEntry')} />
          </RadioGroup>
        </Field>
        {mode === 'new' ? (
          <>
            <Field
              label={t('registers.fields.title')}
              required
              validationMessage={submitted && titleMissing ? t('registers.add.titleRequired') : undefined}
            >
              <Textarea
                value={title}
                maxLength={2000}
                resize="vertical"
                disabled={saving}
                onChange={(_event, data) => setTitle(data.value)}
              />
            </Field>
            <Field label={t('registers.fields.owner')} hint={t('registers.add.ownerHint')}>
              <Input value={owner} maxLength={200} disabled={saving} onChange={(_event, data) => setOwner(data.value)} />
            </Field>
            {register === 'customer-channels' && (
              <>
                <Field label={t('registers.fields.customer')}>
                  <Input
                    value={customer}
                    maxLength={200}
                    disabled={saving}
                    onChange={(_event, data) => setCustomer(data.value)}
                  />
                </Field>
                <Field label={t('registers.fields.lastContactDate')}>
                  <Input
                    type="date"
                    value={lastContactDate}
                    disabled={saving}
                    onChange={(_event, data) => setLastContactDate(data.value)}
                  />
                </Field>
              </>
            )}
            {register === 'trust-risks' && (
              <Field label={t('registers.fields.severity')}>
                <Choice
                  disabled={saving}
                  placeholder={t('registers.add.severityPlaceholder')}
                  chosen={severity}
                  choices={RISK_SEVERITIES.map((value) => ({ value, text: t(severityKeys[value]) }))}
                  onChoose={(value) => isRiskSeverity(value) && setSeverity(value)}
                />
              </Field>
            )}
          </>
        ) : registerMissing ? (
          <Text>{t('registers.add.chooseRegisterFirst')}</Text>
        ) : existing.status === 'failed' ? (
          <ErrorBar
            error={t('registers.add.entriesFailed', { reason: existing.message })}
            onRetry={() => setAttempt((count) => count + 1)}
          />
        ) : existing.status === 'loaded' && entries.length === 0 ? (
          <Text>{t('registers.add.noEntries')}</Text>
        ) : existing.status === 'loaded' ? (
          <Field
            label={t('registers.add.entry')}
            required
            validationMessage={submitted && entryMissing ? t('registers.add.entryRequired') : undefined}
          >
            <Choice
              disabled={saving}
              placeholder={t('registers.add.entryPlaceholder')}
              chosen={chosenEntry?.id}
              choices={entries.map((entry) => ({ value: entry.id, text: entry.title }))}
              onChoose={setEntryId}
            />
          </Field>
        ) : (
          <Spinner size="tiny" label={t('common.loading')} />
        )}
      </AnswerFormDialog>
    </Dialog>
  );
}

/** A dropdown of `choices`; closed, it shows the chosen one's text. */
function Choice({
  placeholder,
  disabled,
  chosen,
  choices,
  onChoose,
}: {
  placeholder: string;
  disabled: boolean;
  chosen: string | undefined;
  choices: readonly { value: string; text: string }[];
  onChoose: (value: string | undefined) => void;
}) {
  const styles = useStyles();
  return (
    <Dropdown
      className={styles.dropdown}
      disabled={disabled}
      placeholder={placeholder}
      value={choices.find((choice) => choice.value === chosen)?.text ?? ''}
      selectedOptions={chosen ? [chosen] : []}
      onOptionSelect={(_event, data) => onChoose(data.optionValue)}
    >
      {choices.map((choice) => (
        <Option key={choice.value} value={choice.value} text={choice.text} className={styles.option}>
          {choice.text}
        </Option>
      ))}
    </Dropdown>
  );
}
