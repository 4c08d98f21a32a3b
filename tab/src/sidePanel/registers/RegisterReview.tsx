/**
 * "Register review": the team's open register entries from earlier checks, by register, to go
 * through before rating. The facilitator marks each done, still open or dropped; a reviewed
 * entry leaves the list (the API records who reviewed it, and in which check). Everyone else
 * reads along. With many entries only the first register starts expanded.
 */
import {
  Accordion,
  AccordionHeader,
  AccordionItem,
  AccordionPanel,
  Button,
  makeStyles,
  Spinner,
  Text,
  tokens,
} from '@fluentui/react-components';
import { useMemo, useState } from 'react';
import { useTranslation } from '../../i18n/useTranslation.ts';
import { useApiClient } from '../../api/ApiClientContext.tsx';
import type { RegisterEntry, RegisterReviewOutcome } from '../../api/client.ts';
import { ErrorBar } from '../../shared/ErrorBar.tsx';
import { useItemWrites } from '../../shared/useItemWrites.ts';
import { useActionListStyles } from '../actions/actionListStyles.ts';
import { ReviewSection } from '../actions/ReviewSection.tsx';
import { RegisterEntryMeta } from './RegisterEntryMeta.tsx';
import { groupByRegister, registerNameKeys } from './registers.ts';

/** Up to this many entries, every register starts expanded. */
const EXPANDED_UP_TO = 6;

const useStyles = makeStyles({
  buttons: { display: 'flex', flexWrap: 'wrap', gap: tokens.spacingHorizontalS },
  panel: { marginInline: 0, paddingBlockEnd: tokens.spacingVerticalS },
});

const outcomeStatusKeys = {
  done: 'registers.review.markedDone',
  'still-open': 'registers.review.keptOpen',
  dropped: 'registers.review.markedDropped',
} as const satisfies Record<RegisterReviewOutcome, string>;

export interface RegisterReviewProps {
  readonly sessionId: string;
  readonly entries: readonly RegisterEntry[];
  /** Entries beyond these, listed in the channel tab. */
  readonly more: number;
  /** The facilitator, while the check is open; everyone else reads along. */
  readonly canReview: boolean;
}

export default function RegisterReview({ sessionId, entries, more, canReview }: RegisterReviewProps) {
  const list = useActionListStyles();
  const styles = useStyles();
  const { t } = useTranslation();
  const api = useApiClient();
  /** Reviewed here (`gone`); the session's list only drops them at its next re-read. */
  const writes = useItemWrites();
  const { gone: reviewed, isSaving, errorOf, run } = writes;

  const groups = useMemo(() => groupByRegister(entries.filter((entry) => !reviewed.has(entry.id))), [entries, reviewed]);
  // Decided once, from what there was to review when the section appeared.
  const [defaultOpen] = useState(() => {
    const all = groupByRegister(entries);
    return entries.length <= EXPANDED_UP_TO ? all.map((group) => group.register) : all.slice(0, 1).map((group) => group.register);
  });

  const review = (entry: RegisterEntry, outcome: RegisterReviewOutcome) =>
    run(
      entry.id,
      () => api.reviewRegisterEntry(sessionId, entry.id, outcome),
      t(outcomeStatusKeys[outcome], { title: entry.title }),
      (reason) => t('registers.review.failed', { reason }),
    );

  const reviewButtons = (title: string) =>
    [
      { outcome: 'done', label: t('registers.review.done'), ariaLabel: t('registers.review.doneLabel', { title }) },
      { outcome: 'still-open', label: t('registers.review.stillOpen'), ariaLabel: t('registers.review.stillOpenLabel', { title }) },
      { outcome: 'dropped', label: t('registers.review.drop'), ariaLabel: t('registers.review.dropLabel', { title }) },
    ] as const satisfies readonly { outcome: RegisterReviewOutcome; label: string; ariaLabel: string }[];

  return (
    <ReviewSection heading={t('registers.review.heading')} writes={writes} more={more}>
      {groups.length === 0 ? (
        <Text>{t('registers.review.allReviewed')}</Text>
      ) : (
        <>
          <Text size={200} className={list.secondary}>
            {canReview ? t('registers.review.introFacilitator') : t('registers.review.intro')}
          </Text>
          <Accordion multiple collapsible defaultOpenItems={defaultOpen}>
            {groups.map((group) => (
              <AccordionItem key={group.register} value={group.register}>
                <AccordionHeader as="h3" size="small">
                  {t('registers.review.groupHeading', {
                    register: t(registerNameKeys[group.register]),
                    count: group.entries.length,
                  })}
                </AccordionHeader>
                <AccordionPanel className={styles.panel}>
                  <ul className={list.list}>
                    {group.entries.map((entry) => {
                      const busy = isSaving(entry.id);
                      return (
                        <li key={entry.id} className={list.item}>
                          <Text weight="semibold" className={list.text}>
                            {entry.title}
                          </Text>
                          <RegisterEntryMeta entry={entry} showStatus={entry.status !== 'open'} />
                          {canReview && (
                            <div className={styles.buttons}>
                              {reviewButtons(entry.title).map(({ outcome, label, ariaLabel }) => (
                                <Button
                                  key={outcome}
                                  size="small"
                                  disabledFocusable={busy}
                                  // One spinner for the entry, on its first button.
                                  icon={busy && outcome === 'done' ? <Spinner size="extra-tiny" /> : undefined}
                                  aria-label={ariaLabel}
                                  onClick={() => void review(entry, outcome)}
                                >
                                  {label}
                                </Button>
                              ))}
                            </div>
                          )}
                          <ErrorBar error={errorOf(entry.id)} />
                        </li>
                      );
                    })}
                  </ul>
                </AccordionPanel>
              </AccordionItem>
            ))}
          </Accordion>
        </>
      )}
    </ReviewSection>
  );
}
