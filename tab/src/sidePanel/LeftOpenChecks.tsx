/**
 * Checks of earlier occurrences of this meeting that nobody closed. A recurring series keeps
 * one meetingId, so last week's check would otherwise be taken for today's: it is shown apart,
 * its facilitator can close it here, and nobody rates in it by mistake.
 */
import { Button, makeStyles, MessageBar, MessageBarActions, MessageBarBody, tokens } from '@fluentui/react-components';
import { useState } from 'react';
import { messageOf, type Session } from '../api/client.ts';
import { titleWithoutDate } from '../i18n/titleWithoutDate.ts';
import { useFormat } from '../i18n/useFormat.ts';
import { useTranslation } from '../i18n/useTranslation.ts';

const useStyles = makeStyles({
  list: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalS },
});

export interface LeftOpenChecksProps {
  readonly sessions: readonly Session[];
  readonly onClose: (sessionId: string) => Promise<void>;
}

export function LeftOpenChecks({ sessions, onClose }: LeftOpenChecksProps) {
  const styles = useStyles();
  if (sessions.length === 0) return null;
  return (
    <section className={styles.list}>
      {sessions.map((session) => (
        <LeftOpenCheck key={session.id} session={session} onClose={onClose} />
      ))}
    </section>
  );
}

function LeftOpenCheck({ session, onClose }: { session: Session; onClose: (sessionId: string) => Promise<void> }) {
  const { t } = useTranslation();
  const format = useFormat();
  const [closing, setClosing] = useState(false);
  const [error, setError] = useState<string>();
  const startedOn = format.checkDate(session.occurrenceStart ?? session.createdAt);
  const title = titleWithoutDate(session.title, session.createdAt);

  const close = async () => {
    setClosing(true);
    setError(undefined);
    try {
      await onClose(session.id);
    } catch (failure) {
      setError(t('leftOpen.closeFailed', { reason: messageOf(failure) }));
      setClosing(false);
    }
  };

  return (
    <MessageBar intent="warning" layout="multiline">
      <MessageBarBody>
        {t('leftOpen.stillOpen', { title, date: startedOn })}{' '}
        {session.isFacilitator
          ? t('leftOpen.youCanClose')
          : t('leftOpen.facilitatorCanClose', { name: session.facilitatorName ?? t('leftOpen.itsFacilitator') })}
        {error && <> {error}</>}
      </MessageBarBody>
      {session.isFacilitator && (
        <MessageBarActions>
          <Button onClick={() => void close()} disabled={closing}>
            {t('leftOpen.close')}
          </Button>
        </MessageBarActions>
      )}
    </MessageBar>
  );
}
