/** A section of the leadership view below the filters: its heading, what it shows, and the view itself. */
import { makeStyles, Text, tokens } from '@fluentui/react-components';
import { useId, type ReactNode } from 'react';

const useStyles = makeStyles({
  section: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalS, minWidth: 0 },
  intro: { margin: 0, maxWidth: '60rem', color: tokens.colorNeutralForeground2 },
});

export function LeadershipSection({ heading, intro, children }: { heading: string; intro: string; children: ReactNode }) {
  const styles = useStyles();
  const headingId = useId();
  return (
    <section className={styles.section} aria-labelledby={headingId}>
      <Text as="h2" size={500} weight="semibold" id={headingId}>
        {heading}
      </Text>
      <Text as="p" className={styles.intro}>
        {intro}
      </Text>
      {children}
    </section>
  );
}
