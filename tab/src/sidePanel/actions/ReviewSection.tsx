/**
 * A list gone through before rating (open actions, register entries): its heading, which gets
 * the focus back when an item and its buttons leave the list, the status line that says what
 * the last write did, then the list.
 */
import { Text } from '@fluentui/react-components';
import { useId, type ReactNode } from 'react';
import { useTranslation } from '../../i18n/useTranslation.ts';
import { usePageStyles } from '../../shared/pageStyles.ts';
import type { ItemWrites } from '../../shared/useItemWrites.ts';
import { useActionListStyles } from './actionListStyles.ts';

export interface ReviewSectionProps {
  readonly heading: string;
  readonly writes: Pick<ItemWrites, 'headingRef' | 'status'>;
  /** How many more the channel tab lists: the panel shows only the most pressing few. */
  readonly more?: number;
  readonly children: ReactNode;
}

export function ReviewSection({ heading, writes, more = 0, children }: ReviewSectionProps) {
  const { t } = useTranslation();
  const page = usePageStyles();
  const list = useActionListStyles();
  const headingId = useId();
  return (
    <section className={page.section} aria-labelledby={headingId}>
      <Text as="h2" id={headingId} ref={writes.headingRef} tabIndex={-1} size={400} weight="semibold" className={page.heading}>
        {heading}
      </Text>
      <Text role="status" size={200} className={list.secondary}>
        {writes.status}
      </Text>
      {children}
      {more > 0 && (
        <Text size={200} className={list.secondary}>
          {t('review.moreInChannelTab', { count: more })}
        </Text>
      )}
    </section>
  );
}
