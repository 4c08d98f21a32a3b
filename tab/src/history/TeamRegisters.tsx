/**
 * The team's four registers in the channel tab: one tab per register, its open and
 * in-progress entries (longest open first, with how long), and done and dropped ones when
 * asked for. Anyone in the team may change an entry's status and owner; every change is kept
 * in the entry's history with who made it. The answers merged into an entry are its notes,
 * without their authors.
 */
import {
  Accordion,
  AccordionHeader,
  AccordionItem,
  AccordionPanel,
  Button,
  Dropdown,
  Field,
  Input,
  makeStyles,
  mergeClasses,
  MessageBar,
  MessageBarBody,
  Option,
  Spinner,
  Switch,
  Tab,
  TabList,
  Text,
  tokens,
} from '@fluentui/react-components';
import { useId, useMemo, useState } from 'react';
import { useTranslation } from '../i18n/useTranslation.ts';
import { useApiClient } from '../api/ApiClientContext.tsx';
import { messageOf, type RegisterEntry, type RegisterKind, type RegisterStatus } from '../api/client.ts';
import { activeFormattingLocale } from '../i18n/i18n.ts';
import { changeText } from './registerChanges.ts';
import { ErrorBar } from '../shared/ErrorBar.tsx';
import { usePageStyles } from '../shared/pageStyles.ts';
import { useLoad } from '../shared/useLoad.ts';
import { useActionListStyles } from '../sidePanel/actions/actionListStyles.ts';
import { RegisterEntryMeta } from '../sidePanel/registers/RegisterEntryMeta.tsx';
import {
  isActive,
  isRegisterKind,
  isRegisterStatus,
  REGISTER_KINDS,
  REGISTER_STATUSES,
  registerCounts,
  registerNameKeys,
  sortForRegisterList,
  statusKeys,
} from '../sidePanel/registers/registers.ts';

const useStyles = makeStyles({
  // Four tabs wrap onto more rows in a narrow tab instead of scrolling sideways.
  tabs: { flexWrap: 'wrap', minWidth: 0 },
  edit: {
    display: 'flex',
    flexWrap: 'wrap',
    alignItems: 'flex-end',
    gap: `${tokens.spacingVerticalS} ${tokens.spacingHorizontalM}`,
    minWidth: 0,
  },
  field: { minWidth: 0, maxWidth: '100%' },
  status: { minWidth: '9rem', maxWidth: '100%' },
  owner: { display: 'flex', alignItems: 'flex-end', gap: tokens.spacingHorizontalS, minWidth: 0, maxWidth: '100%' },
  ownerInput: { minWidth: 0, width: '12rem', maxWidth: '100%' },
  closedItem: { borderLeftColor: tokens.colorNeutralStroke2 },
  details: { marginInline: 0 },
  detailList: {
    display: 'flex',
    flexDirection: 'column',
    gap: tokens.spacingVerticalXS,
    margin: 0,
    paddingInlineStart: tokens.spacingHorizontalL,
  },
  entryTitle: { margin: 0 },
  detailHeading: { margin: `${tokens.spacingVerticalS} 0 ${tokens.spacingVerticalXS}` },
});

export interface TeamRegistersProps {
  readonly teamId: string;
}

export function TeamRegisters({ teamId }: TeamRegistersProps) {
  const page = usePageStyles();
  const list = useActionListStyles();
  const styles = useStyles();
  const { t } = useTranslation();
  const api = useApiClient();
  const headingId = useId();
  const tabIdPrefix = useId();
  const registers = useLoad((signal) => api.listRegisters(teamId, undefined, signal), teamId);
  const [selected, setSelected] = useState<RegisterKind>(REGISTER_KINDS[0]);
  const [showClosed, setShowClosed] = useState(false);
  /** Entries changed here stay listed (and keep focus) whatever the filter, until it changes. */
  const [touched, setTouched] = useState<ReadonlySet<string>>(() => new Set());
  const [status, setStatus] = useState<string>();

  const { state } = registers;
  const entries = state.status === 'loaded' ? state.data.entries : undefined;
  // What each tab lists: its open and in-progress entries, or all of them when asked for.
  const counts = useMemo(() => registerCounts(entries ?? [], showClosed), [entries, showClosed]);
  // The order is fixed when the list loads or the filter changes: an entry whose status
  // changes stays where it is instead of jumping away from its focused control.
  const idsKey = entries?.map((entry) => entry.id).join(' ') ?? '';
  const order = useMemo(
    () => new Map(sortForRegisterList(entries ?? []).map((entry, index) => [entry.id, index])),
    [idsKey, showClosed],
  );
  const shown = (entries ?? [])
    .filter((entry) => entry.register === selected && (showClosed || isActive(entry) || touched.has(entry.id)))
    .sort((a, b) => (order.get(a.id) ?? 0) - (order.get(b.id) ?? 0));

  const replace = (saved: RegisterEntry) => {
    registers.update((data) => ({ entries: data.entries.map((entry) => (entry.id === saved.id ? saved : entry)) }));
    setTouched((current) => new Set(current).add(saved.id));
  };

  const panelId = `${tabIdPrefix}-panel`;
  const tabId = (register: RegisterKind) => `${tabIdPrefix}-${register}`;

  return (
    <section className={page.section} aria-labelledby={headingId}>
      <Text as="h2" id={headingId} size={500} weight="semibold" className={page.heading}>
        {t('registers.channel.heading')}
      </Text>
      <Text role="status" size={200} className={list.secondary}>
        {status}
      </Text>
      {state.status === 'loading' && <Spinner size="tiny" label={t('common.loading')} />}
      {state.status === 'failed' && (
        <ErrorBar error={t('registers.channel.loadFailed', { reason: state.message })} onRetry={registers.reload} />
      )}
      {entries && (
        <>
          <Switch
            checked={showClosed}
            label={t('registers.channel.showClosed')}
            onChange={(_event, data) => {
              setShowClosed(data.checked);
              setTouched(new Set());
            }}
          />
          <TabList
            className={styles.tabs}
            selectedValue={selected}
            onTabSelect={(_event, data) => isRegisterKind(data.value) && setSelected(data.value)}
          >
            {REGISTER_KINDS.map((register) => (
              <Tab key={register} id={tabId(register)} value={register} aria-controls={panelId}>
                {t('registers.channel.tab', { register: t(registerNameKeys[register]), count: counts[register] })}
              </Tab>
            ))}
          </TabList>
          <div role="tabpanel" id={panelId} aria-labelledby={tabId(selected)}>
            {shown.length === 0 ? (
              <Text>
                {entries.length === 0
                  ? t('registers.channel.none')
                  : showClosed
                    ? t('registers.channel.emptyRegister')
                    : t('registers.channel.noneActive')}
              </Text>
            ) : (
              <ul className={list.list}>
                {shown.map((entry) => (
                  <RegisterEntryItem
                    key={entry.id}
                    teamId={teamId}
                    entry={entry}
                    onSaved={(saved, message) => {
                      replace(saved);
                      setStatus(message);
                    }}
                  />
                ))}
              </ul>
            )}
          </div>
        </>
      )}
    </section>
  );
}

function RegisterEntryItem({
  teamId,
  entry,
  onSaved,
}: {
  teamId: string;
  entry: RegisterEntry;
  onSaved: (entry: RegisterEntry, announcement: string) => void;
}) {
  const list = useActionListStyles();
  const styles = useStyles();
  const { t } = useTranslation();
  const api = useApiClient();
  const [owner, setOwner] = useState(entry.owner ?? '');
  const [saving, setSaving] = useState(false);
  const [error, setError] = useState<string>();
  const closed = !isActive(entry);

  const save = async (change: { status?: RegisterStatus; owner?: string | null }, announcement: string) => {
    setSaving(true);
    setError(undefined);
    try {
      const saved = await api.updateRegisterEntry(teamId, entry.id, change);
      setOwner(saved.owner ?? '');
      onSaved(saved, announcement);
    } catch (failure) {
      setError(t('registers.channel.changeFailed', { reason: messageOf(failure) }));
    } finally {
      setSaving(false);
    }
  };

  const ownerChanged = owner.trim() !== (entry.owner ?? '');

  return (
    <li className={mergeClasses(list.item, closed && styles.closedItem, entry.status === 'done' && list.doneItem)}>
      <Text as="h3" weight="semibold" size={300} className={mergeClasses(list.text, styles.entryTitle)}>
        {entry.title}
      </Text>
      <RegisterEntryMeta entry={entry} showStatus={false} />
      <div className={styles.edit}>
        <Field label={t('registers.fields.status')} size="small" className={mergeClasses(styles.field, styles.status)}>
          <Dropdown
            size="small"
            disabled={saving}
            value={t(statusKeys[entry.status])}
            selectedOptions={[entry.status]}
            onOptionSelect={(_event, data) => {
              const next = data.optionValue;
              if (!isRegisterStatus(next) || next === entry.status) return;
              void save(
                { status: next },
                t('registers.channel.statusChanged', { title: entry.title, status: t(statusKeys[next]) }),
              );
            }}
          >
            {REGISTER_STATUSES.map((value) => (
              <Option key={value} value={value}>
                {t(statusKeys[value])}
              </Option>
            ))}
          </Dropdown>
        </Field>
        <form
          className={styles.owner}
          onSubmit={(event) => {
            event.preventDefault();
            if (!ownerChanged || saving) return;
            void save(
              { owner: owner.trim() || null },
              t('registers.channel.ownerChanged', { title: entry.title }),
            );
          }}
        >
          <Field label={t('registers.fields.owner')} size="small" className={styles.field}>
            <Input
              size="small"
              className={styles.ownerInput}
              value={owner}
              maxLength={200}
              disabled={saving}
              onChange={(_event, data) => setOwner(data.value)}
            />
          </Field>
          <Button
            type="submit"
            size="small"
            disabledFocusable={!ownerChanged || saving}
            aria-label={t('registers.channel.saveOwnerLabel', { title: entry.title })}
          >
            {t('registers.channel.saveOwner')}
          </Button>
        </form>
        {saving && <Spinner size="extra-tiny" aria-label={t('common.loading')} />}
      </div>
      {error && (
        <MessageBar intent="error" layout="multiline">
          <MessageBarBody>{error}</MessageBarBody>
        </MessageBar>
      )}
      <Accordion collapsible>
        <AccordionItem value="details">
          <AccordionHeader size="small">
            {t('registers.channel.details', { answers: entry.notes.length, changes: entry.history.length })}
          </AccordionHeader>
          <AccordionPanel className={styles.details}>
            <EntryDetails entry={entry} />
          </AccordionPanel>
        </AccordionItem>
      </Accordion>
    </li>
  );
}

function EntryDetails({ entry }: { entry: RegisterEntry }) {
  const styles = useStyles();
  const list = useActionListStyles();
  const { t } = useTranslation();
  const locale = activeFormattingLocale();
  const dateTime = useMemo(() => new Intl.DateTimeFormat(locale, { dateStyle: 'medium', timeStyle: 'short' }), [locale]);
  const when = (iso: string) => {
    const time = Date.parse(iso);
    return Number.isNaN(time) ? iso : dateTime.format(time);
  };
  return (
    <>
      <Text as="h4" weight="semibold" size={300} block className={styles.detailHeading}>
        {t('registers.channel.notesHeading')}
      </Text>
      {entry.notes.length === 0 ? (
        <Text size={200} className={list.secondary}>
          {t('registers.channel.noNotes')}
        </Text>
      ) : (
        <ul className={styles.detailList}>
          {entry.notes.map((note) => (
            <li key={`${note.sessionId}|${note.answerId}`}>
              <Text className={list.text}>{note.text}</Text>{' '}
              <Text size={200} className={list.secondary}>
                {t('registers.channel.noteAdded', { date: when(note.addedAt) })}
              </Text>
            </li>
          ))}
        </ul>
      )}
      <Text as="h4" weight="semibold" size={300} block className={styles.detailHeading}>
        {t('registers.channel.historyHeading')}
      </Text>
      <ul className={styles.detailList}>
        {[...entry.history].reverse().map((change, index) => (
          <li key={`${change.at}|${index}`}>
            <Text size={200}>
              <time dateTime={change.at}>{when(change.at)}</time>: {changeText(t, change)}
            </Text>
          </li>
        ))}
      </ul>
    </>
  );
}
