/**
 * The team's open actions from earlier checks, reviewed before rating: what was promised,
 * by whom, by when, and whether it is late. Anyone may tick one off; it then leaves the list.
 */
import {
  Badge,
  Button,
  mergeClasses,
  Spinner,
  Text,
} from '@fluentui/react-components';
import { useTranslation } from '../../i18n/useTranslation.ts';
import { useApiClient } from '../../api/ApiClientContext.tsx';
import type { Action } from '../../api/client.ts';
import { ErrorBar } from '../../shared/ErrorBar.tsx';
import { useItemWrites } from '../../shared/useItemWrites.ts';
import { isOverdue, localToday } from './dates.ts';
import { useActionListStyles } from './actionListStyles.ts';
import { ReviewSection } from './ReviewSection.tsx';


export interface OpenActionsSectionProps {
  readonly teamId: string;
  readonly actions: readonly Action[];
  /** Open actions beyond these, listed in the channel tab. */
  readonly more: number;
}

export function OpenActionsSection({ teamId, actions, more }: OpenActionsSectionProps) {
  const styles = useActionListStyles();
  const { t } = useTranslation();
  const api = useApiClient();
  /** Ticked off here (`gone`); the session's list only drops them at its next re-read. */
  const writes = useItemWrites();
  const { gone: done, isSaving, errorOf, run } = writes;

  const open = actions.filter((action) => !done.has(action.id));
  if (actions.length === 0 && done.size === 0) return null;
  const today = localToday();

  const markDone = (action: Action) =>
    run(
      action.id,
      () => api.updateActionStatus(teamId, action.id, 'done'),
      t('openActions.markedDone', { text: action.text }),
      (reason) => t('openActions.markFailed', { reason }),
    );

  return (
    <ReviewSection heading={t('openActions.heading')} writes={writes} more={more}>
      {open.length === 0 ? (
        <Text>{t('openActions.allDone')}</Text>
      ) : (
        <ul className={styles.list}>
          {open.map((action) => {
            const overdue = isOverdue(action.dueDate, today);
            const busy = isSaving(action.id);
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
                <ErrorBar error={errorOf(action.id)} />
              </li>
            );
          })}
        </ul>
      )}
    </ReviewSection>
  );
}
