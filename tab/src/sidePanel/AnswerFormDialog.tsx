/**
 * The inside of a dialog that does something with one answer (make it an action, add it to a
 * register): the title, the answer quoted, the dialog's own fields, the reason a save failed,
 * and Cancel plus the save button, which submits the form.
 */
import {
  DialogBody,
  DialogContent,
  DialogSurface,
  DialogTitle,
  makeStyles,
  Text,
  tokens,
} from '@fluentui/react-components';
import type { FormEvent, ReactNode } from 'react';
import { DialogFooter } from '../shared/DialogFooter.tsx';
import { ErrorBar } from '../shared/ErrorBar.tsx';

const useStyles = makeStyles({
  content: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalM },
  quote: {
    margin: 0,
    padding: `${tokens.spacingVerticalXS} ${tokens.spacingHorizontalS}`,
    borderLeft: `${tokens.strokeWidthThick} solid ${tokens.colorNeutralStroke2}`,
    whiteSpace: 'pre-wrap',
  },
});

export interface AnswerFormDialogProps {
  readonly title: string;
  readonly answerText: string;
  readonly onSubmit: (event: FormEvent) => Promise<void>;
  readonly busy: boolean;
  readonly error: string | undefined;
  readonly saveLabel: string;
  /** The dialog's fields. */
  readonly children: ReactNode;
}

export function AnswerFormDialog({ title, answerText, onSubmit, busy, error, saveLabel, children }: AnswerFormDialogProps) {
  const styles = useStyles();
  return (
    <DialogSurface>
      {/* noValidate: the Fields say what is missing, in the panel's words and styling. */}
      <form noValidate onSubmit={(event) => void onSubmit(event)}>
        <DialogBody>
          <DialogTitle>{title}</DialogTitle>
          <DialogContent className={styles.content}>
            <Text as="p" className={styles.quote}>
              {answerText}
            </Text>
            {children}
            <ErrorBar error={error} />
          </DialogContent>
          <DialogFooter busy={busy} label={saveLabel} />
        </DialogBody>
      </form>
    </DialogSurface>
  );
}
