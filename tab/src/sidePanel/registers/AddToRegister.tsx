/**
 * Beside "Make action" on each revealed answer (facilitator): "Keep track of this" (add to a register), or, once the
 * answer went to a register, a badge naming it. The dialog is loaded on the first click.
 */
import { Badge, Button, Spinner, useRestoreFocusTarget } from '@fluentui/react-components';
import { lazy, Suspense, useState } from 'react';
import { useTranslation } from '../../i18n/useTranslation.ts';
import type { Answer, RegisterKind } from '../../api/client.ts';
import { registerNameKeys } from './registers.ts';
import type { AnswerRegisters } from './useAnswerRegisters.ts';

const AddToRegisterDialog = lazy(() => import('./AddToRegisterDialog.tsx'));

/** The badge only, for anyone who sees the answer and knows where it went. */
export function InRegisterBadge({ register }: { register: RegisterKind }) {
  const { t } = useTranslation();
  return (
    <Badge appearance="tint" color="informative">
      {t('registers.add.badge', { register: t(registerNameKeys[register]) })}
    </Badge>
  );
}

export interface AddToRegisterProps {
  readonly answer: Answer;
  readonly registers: AnswerRegisters;
  readonly defaultRegister?: RegisterKind;
  /** The answer went to a register: the button gives way to the badge. */
  readonly onAdded?: () => void;
}

export function AddToRegister({ answer, registers, defaultRegister, onAdded }: AddToRegisterProps) {
  const { t } = useTranslation();
  const restoreFocus = useRestoreFocusTarget();
  const [open, setOpen] = useState(false);
  // A fresh form for each opening; mounted from the first opening on, so closing animates.
  const [opening, setOpening] = useState(0);

  const register = registers.registerOf(answer);
  if (register) return <InRegisterBadge register={register} />;

  return (
    <>
      <Button
        size="small"
        {...restoreFocus}
        aria-label={t('registers.add.buttonLabel', { answer: answer.text })}
        onClick={() => {
          setOpening((count) => count + 1);
          setOpen(true);
        }}
      >
        {t('registers.add.button')}
      </Button>
      {opening > 0 && (
        <Suspense fallback={open ? <Spinner size="extra-tiny" label={t('common.loading')} /> : null}>
          <AddToRegisterDialog
            key={opening}
            open={open}
            onOpenChange={setOpen}
            answerText={answer.text}
            defaultRegister={defaultRegister}
            loadEntries={registers.activeEntries}
            onCreate={async (input) => {
              await registers.create(answer, input);
              onAdded?.();
            }}
            onMerge={async (entryId) => {
              await registers.merge(answer, entryId);
              onAdded?.();
            }}
          />
        </Suspense>
      )}
    </>
  );
}
