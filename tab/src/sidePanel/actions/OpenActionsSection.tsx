/**
 * The team's open actions from earlier checks, reviewed before rating: what was promised,
 * by whom, by when, and whether it is late. Anyone may tick one off; it then leaves the list.
 */
import {
  Badge,
  Button,
  mergeClasses,
  MessageBar,
  MessageBarBody,
  Spinner,
  Text,
} from '@fluentui/react-components';
import { useId, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useApiClient } from '../../api/ApiClientContext.tsx';
import { messageOf, type Action } from '../../api/client.ts';
import { usePageStyles } from '../../shared/pageStyles.ts';
import { isOverdue, localToday } from './dates.ts';
import { useActionListStyles } from './actionListStyles.ts';


export interface OpenActionsSectionProps {
  readonly teamId: string;
  readonly actions: readonly Action[];
}

export function OpenActionsSection({ teamId, actions }: OpenActionsSectionProps) {
  const page = usePageStyles();
  const styles = useActionListStyles();
  const { t } = useTranslation();
  const api = useApiClient();
  const headingId = useId();
  const headingRef = useRef<HTMLHeadingElement>(null);
  /** Ticked off here; the session's list only drops them at its next re-read. */
  const [done, setDone] = useState<ReadonlySet<string>>(() => new Set());
  const [saving, setSaving] = useState<ReadonlySet<string>>(() => new Set());
  const [errors, setErrors] = useState<Readonly<Partial<Record<string, string>>>>({});
  const [status, setStatus] = useState<string>();

  const open = actions.filter((action) => !done.has(action.id));
  if (actions.length === 0 && done.size === 0) return null;
  const today = localToday();

  const markDone = async (action: Action) => {
    setSaving((current) => new Set(current).add(action.id));
    setErrors((current) => ({ ...current, [action.id]: undefined }));
    try {
      await api.updateActionStatus(teamId, action.id, 'done');
      setDone((current) => new Set(current).add(action.id));
      setStatus(t('openActions.markedDone', { text: action.text }));
      // The item and its button leave the list: focus goes back to the list's heading.
      headingRef.current?.focus();
    } catch (error) {
      setErrors((current) => ({ ...current, [action.id]: t('openActions.markFailed', { reason: messageOf(error) }) }));
    } finally {
      setSaving((current) => {
        const next = new Set(current);
        next.delete(action.id);
        return next;
      });
    }
  };

  return (
    <section className={page.section} aria-labelledby={headingId}>
      <Text as="h2" id={headingId} ref={headingRef} tabIndex={-1} size={400} weight="semibold" className={page.heading}>
        {t('openActions.heading')}
      </Text>
      <Text role="status" size={200} className={styles.secondary}>
        {status}
      </Text>
      {open.length === 0 ? (
        <Text>{t('openActions.allDone')}</Text>
      ) : (
        <ul className={styles.list}>
          {open.map((action) => {
            const overdue = isOverdue(action.dueDate, today);
            const busy = saving.has(action.id);
            const error = errors[action.id];
            return (
              <li key={action.id} className={mergeClasses(styles.item, overdue && styles.overdueItem)}>
                <Text weight="semibold" className={styles.text}>
                  {action.text}
                </Text>
                <div className={styles.meta}>
                  <Text size={200} className={styles.secondary}>
                    {t('openActions.owner', { owner: action.owner })}
                  </Text>
                  <Text size={200} className={styles.secondary}>
                    {t('openActions.due', { date: action.dueDate })}
                  </Text>
                  {overdue && (
                    <Badge appearance="tint" color="danger">
                      {t('openActions.overdue')}
                    </Badge>
                  )}
                </div>
                <Button
                  size="small"
                  className={styles.button}
                  disabledFocusable={busy}
                  icon={busy ? <Spinner size="extra-tiny" /> : undefined}
                  aria-label={t('openActions.markDoneLabel', { text: action.text })}
                  onClick={() => void markDone(action)}
                >
                  {t('openActions.markDone')}
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
      )}
    </section>
  );
}
