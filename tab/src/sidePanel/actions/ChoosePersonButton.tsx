/**
 * "Choose a person" under a typed name: opens Teams' own people picker and hands back the name
 * of whoever was chosen. It shows only where Teams offers the picker (see
 * teams/peoplePicker.ts: not in a meeting side panel); the typed name works everywhere.
 */
import { Button } from '@fluentui/react-components';
import { useEffect, useRef, useState } from 'react';
import { canPickPeople, pickOnePerson } from '../../teams/peoplePicker.ts';

export interface ChoosePersonButtonProps {
  readonly label: string;
  /** The title Teams gives its picker. */
  readonly pickerTitle: string;
  readonly disabled?: boolean;
  readonly onChosen: (displayName: string) => void;
  /** Teams could not show its picker; `reason` is fit to show. */
  readonly onFailed: (reason: string) => void;
}

export function ChoosePersonButton({ label, pickerTitle, disabled, onChosen, onFailed }: ChoosePersonButtonProps) {
  // Whether the frame may open the picker does not change while the page lives.
  const [available] = useState(canPickPeople);
  const [picking, setPicking] = useState(false);
  const mounted = useRef(true);
  useEffect(() => {
    mounted.current = true;
    return () => {
      mounted.current = false;
    };
  }, []);

  if (!available) return null;

  const choose = async () => {
    setPicking(true);
    try {
      const person = await pickOnePerson(pickerTitle);
      // The dialog may have closed while Teams showed its picker.
      if (mounted.current && person) onChosen(person.displayName);
    } catch (error) {
      if (mounted.current) onFailed(error instanceof Error ? error.message : String(error));
    } finally {
      if (mounted.current) setPicking(false);
    }
  };

  return (
    <Button size="small" disabled={disabled || picking} onClick={() => void choose()}>
      {label}
    </Button>
  );
}
