/**
 * "Hand over": the facilitator picks someone who opened the check and offers them the role.
 * The role moves only when they accept in their own panel; until then the offer is pending.
 */
import {
  Button,
  Dialog,
  DialogBody,
  DialogContent,
  DialogSurface,
  DialogTitle,
  DialogTrigger,
  Field,
  makeStyles,
  Radio,
  RadioGroup,
  Spinner,
  Text,
  tokens,
} from '@fluentui/react-components';
import { useState } from 'react';
import { useTranslation } from '../../i18n/useTranslation.ts';
import { useApiClient } from '../../api/ApiClientContext.tsx';
import { messageOf, type Participants } from '../../api/client.ts';
import { DialogFooter } from '../../shared/DialogFooter.tsx';
import { ErrorBar } from '../../shared/ErrorBar.tsx';
import { useDialogSubmit } from '../../shared/useDialogSubmit.ts';
import type { TrackSession } from '../../check/useSessionUpdates.ts';

type Participant = Participants['participants'][number];

type ParticipantsState =
  | { readonly status: 'loading' }
  | { readonly status: 'failed'; readonly message: string }
  | { readonly status: 'ready'; readonly others: readonly Participant[] };

const useStyles = makeStyles({
  content: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalM },
  label: { fontWeight: tokens.fontWeightSemibold },
});

export interface HandoverDialogProps {
  readonly sessionId: string;
  readonly track: TrackSession;
  readonly onChanged: () => void;
}

export function HandoverDialog({ sessionId, track, onChanged }: HandoverDialogProps) {
  const styles = useStyles();
  const { t } = useTranslation();
  const api = useApiClient();
  const [open, setOpen] = useState(false);
  const [participants, setParticipants] = useState<ParticipantsState>({ status: 'loading' });
  const [selected, setSelected] = useState<string>();
  const { busy: offering, error, setError, submit } = useDialogSubmit((reason) => t('handover.offerFailed', { reason }));

  const load = async () => {
    setParticipants({ status: 'loading' });
    try {
      const { participants: everyone } = await api.listParticipants(sessionId);
      // The facilitator is the caller: the role goes to someone else.
      const others = everyone
        .filter((participant) => !participant.isFacilitator)
        .sort((a, b) => a.name.localeCompare(b.name));
      setParticipants({ status: 'ready', others });
      setSelected((current) => (others.some((p) => p.participantId === current) ? current : undefined));
    } catch (failure) {
      setParticipants({ status: 'failed', message: t('handover.loadFailed', { reason: messageOf(failure) }) });
    }
  };

  const offer = async () => {
    if (!selected) return;
    await submit(async () => {
      await track(() => api.offerHandover(sessionId, selected));
      onChanged();
      setOpen(false);
    });
  };

  return (
    <Dialog
      open={open}
      onOpenChange={(_event, data) => {
        if (offering) return;
        setOpen(data.open);
        setError(undefined);
        if (data.open) void load();
      }}
    >
      <DialogTrigger disableButtonEnhancement>
        <Button>{t('handover.button')}</Button>
      </DialogTrigger>
      <DialogSurface>
        <DialogBody>
          <DialogTitle>{t('handover.dialogTitle')}</DialogTitle>
          <DialogContent className={styles.content}>
            <Text>{t('handover.dialogBody')}</Text>
            {participants.status === 'loading' && <Spinner size="small" label={t('common.loading')} />}
            {participants.status === 'failed' && <ErrorBar error={participants.message} />}
            {participants.status === 'ready' &&
              (participants.others.length === 0 ? (
                <Text>{t('handover.none')}</Text>
              ) : (
                <Field label={{ children: t('handover.listLabel'), className: styles.label }}>
                  <RadioGroup
                    value={selected ?? ''}
                    disabled={offering}
                    onChange={(_event, data) => setSelected(data.value)}
                  >
                    {participants.others.map((participant) => (
                      <Radio
                        key={participant.participantId}
                        value={participant.participantId}
                        label={participant.name}
                      />
                    ))}
                  </RadioGroup>
                </Field>
              ))}
            <ErrorBar error={error} />
          </DialogContent>
          <DialogFooter busy={offering} disabled={!selected} label={t('handover.confirm')} onClick={() => void offer()}>
            {participants.status === 'failed' && <Button onClick={() => void load()}>{t('common.retry')}</Button>}
          </DialogFooter>
        </DialogBody>
      </DialogSurface>
    </Dialog>
  );
}
