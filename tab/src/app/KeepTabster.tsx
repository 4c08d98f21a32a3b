/**
 * Holds one Tabster instance (Fluent's focus manager) for the page's lifetime.
 *
 * Fluent disposes Tabster when its last user unmounts. A modal dialog that unmounts together
 * with its owner (the facilitator's controls, when the check closes under the open "Close
 * check" dialog) was then that last user: Tabster went away before it had restored the page, and
 * `aria-hidden` stayed on everything behind the dialog, hiding the whole panel from screen
 * readers. The first screen does not need Tabster (see shared/StaticCard.tsx), so this is loaded
 * after it; `useFocusFinders` is the public hook that holds the instance.
 */
import { useFocusFinders } from '@fluentui/react-components';

export default function KeepTabster() {
  useFocusFinders();
  return null;
}
