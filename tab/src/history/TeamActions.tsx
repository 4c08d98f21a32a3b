/**
 * The team's actions from all checks with their status: open ones first (by due date, late
 * ones marked), then done ones. Anyone in the tenant may mark one done or reopen it.
 */
import {
  Badge,
  Button,
  mergeClasses,
  MessageBar,
  MessageBarActions,
  MessageBarBody,
  Spinner,
  Text,
} from '@fluentui/react-components';
import { useId, useMemo, useState } from 'react';
import { useTranslation } from '../i18n/useTranslation.ts';
import { useApiClient } from '../api/ApiClientContext.tsx';
import { messageOf, type Action, type ActionList } from '../api/client.ts';
import { usePageStyles } from '../shared/pageStyles.ts';
import type { Load } from '../shared/useLoad.ts';
import { isOverdue, localToday } from '../sidePanel/actions/dates.ts';
import { useActionListStyles } from '../sidePanel/actions/actionListStyles.ts';


export interface TeamActionsProps {
  readonly teamId: string;
  readonly actions: Load<ActionList>;
  /** Checks by id (title without its ISO day, and start), to say which check an action came from. */
  readonly checks: ReadonlyMap<string, { readonly title: string; readonly date: string }>;
}

export function TeamActions({ teamId, actions, checks }: TeamActionsProps) {
  const page = usePageStyles();
  const styles = useActionListStyles();
  const { t } = useTranslation();
  const api = useApiClient();
  const headingId = useId();
  const [saving, setSaving] = useState<ReadonlySet<string>>(() => new Set());
  const [errors, setErrors] = useState<Readonly<Partial<Record<string, string>>>>({});
  const [status, setStatus] = useState<string>();
  const today = localToday();

  const change = async (action: Action, next: Action['status']) => {
    setSaving((current) => new Set(current).add(action.id));
    setErrors((current) => ({ ...current, [action.id]: undefined }));
    try {
      const saved = await api.updateActionStatus(teamId, action.id, next);
      actions.update((list) => ({ actions: list.actions.map((item) => (item.id === saved.id ? saved : item)) }));
      setStatus(
        next === 'done' ? t('openActions.markedDone', { text: action.text }) : t('teamActions.reopened', { text: action.text }),
      );
    } catch (error) {
      setErrors((current) => ({ ...current, [action.id]: t('teamActions.changeFailed', { reason: messageOf(error) }) }));
    } finally {
      setSaving((current) => {
        const rest = new Set(current);
        rest.delete(action.id);
        return rest;
      });
    }
  };

  const { state } = actions;
  const loaded = state.status === 'loaded' ? state.data.actions : undefined;
  // The order is fixed when the list loads: an action ticked off stays where it is (and its
  // button keeps focus) instead of jumping to the end of the list.
  const idsKey = loaded?.map((action) => action.id).join(' ') ?? '';
  const order = useMemo(
    () =>
      new Map(
        [...(loaded ?? [])]
          .sort(
            (a, b) =>
              Number(a.status === 'done') - Number(b.status === 'done') ||
              a.dueDate.localeCompare(b.dueDate) ||
              a.createdAt.localeCompare(b.createdAt),
          )
          .map((action, index) => [action.id, index]),
      ),
    [idsKey],
  );
  const sorted = [...(loaded ?? [])].sort((a, b) => (order.get(a.id) ?? 0) - (order.get(b.id) ?? 0));
  const openCount = sorted.filter((action) => action.status === 'open').length;

  return (
    <section className={page.section} aria-labelledby={headingId}>
      <Text as="h2" id={headingId} size={500} weight="semibold" className={page.heading}>
        {t('teamActions.heading')}
      </Text>
      <Text role="status" size={200} className={styles.secondary}>
        {status}
      </Text>
      {state.status === 'loading' && <Spinner size="tiny" label={t('common.loading')} />}
      {state.status === 'failed' && (
        <MessageBar intent="error" layout="multiline">
          <MessageBarBody>{t('teamActions.loadFailed', { reason: state.message })}</MessageBarBody>
          <MessageBarActions>
            <Button onClick={actions.reload}>{t('common.retry')}</Button>
          </MessageBarActions>
        </MessageBar>
      )}
      {state.status === 'loaded' &&
        (sorted.length === 0 ? (
          <Text>{t('teamActions.none')}</Text>
        ) : (
          <>
            <Text>{t('teamActions.summary', { open: openCount, done: sorted.length - openCount })}</Text>
            <ul className={styles.list}>
              {sorted.map((action) => {
                const done = action.status === 'done';
                const overdue = !done && isOverdue(action.dueDate, today);
                const busy = saving.has(action.id);
                const error = errors[action.id];
                const from = checks.get(action.sourceSessionId);
                return (
                  <li
                    key={action.id}
                    className={mergeClasses(styles.item, overdue && styles.overdueItem, done && styles.doneItem)}
                  >
                    <Text weight="semibold" className={styles.text}>
                      {action.text}
                    </Text>
                    <div className={styles.meta}>
                      <Badge appearance="tint" color={done ? 'success' : 'informative'}>
                        {done ? t('teamActions.doneBadge') : t('teamActions.openBadge')}
                      </Badge>
                      {overdue && (
                        <Badge appearance="tint" color="danger">
                          {t('openActions.overdue')}
                        </Badge>
                      )}
                      <Text size={200} className={styles.secondary}>
                        {t('openActions.owner', { owner: action.owner })}
                      </Text>
                      <Text size={200} className={styles.secondary}>
                        {t('openActions.due', { date: action.dueDate })}
                      </Text>
                      {from && (
                        <Text size={200} className={styles.secondary}>
                          {t('teamActions.fromCheck', { title: from.title, date: from.date })}
                        </Text>
                      )}
                    </div>
                    <Button
                      size="small"
                      className={styles.button}
                      disabledFocusable={busy}
                      icon={busy ? <Spinner size="extra-tiny" /> : undefined}
                      aria-label={
                        done
                          ? t('teamActions.reopenLabel', { text: action.text })
                          : t('openActions.markDoneLabel', { text: action.text })
                      }
                      onClick={() => void change(action, done ? 'open' : 'done')}
                    >
                      {done ? t('teamActions.reopen') : t('openActions.markDone')}
                    </Button>
                    {error && (
                      <MessageBar intent="error" layout="multiline">
                        <MessageBarBody>{error}</MessageBarBody>
                      </MessageBar>
                    )}
                  </li>
                );
              })}
            </ul>
          </>
        ))}
    </section>
  );
}
