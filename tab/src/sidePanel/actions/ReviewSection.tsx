/**
 * A list gone through before rating (open actions, register entries): its heading, which gets
 * the focus back when an item and its buttons leave the list, the status line that says what
 * the last write did, then the list.
 */
import { Text } from '@fluentui/react-components';
import { useId, type ReactNode } from 'react';
import { usePageStyles } from '../../shared/pageStyles.ts';
import type { ItemWrites } from '../../shared/useItemWrites.ts';
import { useActionListStyles } from './actionListStyles.ts';

export interface ReviewSectionProps {
  readonly heading: string;
  readonly writes: Pick<ItemWrites, 'headingRef' | 'status'>;
  readonly children: ReactNode;
}

export function ReviewSection({ heading, writes, children }: ReviewSectionProps) {
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
    </section>
  );
}
