/**
 * Teams' people picker as the simulator plays it: a modal on the simulator page, outside the
 * app's frame, as Teams shows its own picker over the app. It lists the people the host
 * offers; a click on a name chooses that person (single select), or names are toggled and
 * "Select" chooses them (multi-select). Cancel and Escape close it without a choice.
 *
 * teams-js' `people.selectPeople` is answered from this in teamsHost.ts.
 */
import type { SimulatedParticipant } from './meetingData';

export interface PeoplePickerRequest {
  readonly title: string;
  readonly people: readonly SimulatedParticipant[];
  readonly singleSelect: boolean;
  /** Entra ids to start with (teams-js `setSelected`); with single select only the first counts. */
  readonly preselectedIds: readonly string[];
}

const STYLE_ID = 'simulator-people-picker-style';
const STYLES = `
.people-picker { min-width: 280px; max-width: 360px; padding: 16px; border: 1px solid var(--border);
  border-radius: 8px; background: var(--surface-bg); color: var(--text); }
.people-picker::backdrop { background: rgb(0 0 0 / 40%); }
.people-picker h2 { margin: 0 0 4px; font-size: 16px; }
.people-picker p { margin: 0 0 12px; color: var(--muted-text); }
.people-picker ul { display: flex; flex-direction: column; gap: 4px; margin: 0 0 12px; padding: 0; list-style: none; }
.people-picker li { display: flex; flex-direction: column; }
.people-picker li button { text-align: start; padding: 6px 8px; border: 1px solid var(--border); border-radius: 4px;
  background: transparent; color: inherit; font: inherit; cursor: pointer; }
.people-picker li button[aria-pressed='true'] { border-color: var(--accent); outline: 2px solid var(--accent); }
.people-picker li span { padding: 0 8px; color: var(--muted-text); font-size: 12px; }
.people-picker .people-picker-buttons { display: flex; justify-content: flex-end; gap: 8px; }
`;

/** The open picker; Teams shows one at a time, so a new request closes it without a choice. */
let openPicker: { cancel(): void } | undefined;

/** Resolves with the people chosen, or null when the picker was closed without a choice. */
export function showPeoplePicker(request: PeoplePickerRequest): Promise<SimulatedParticipant[] | null> {
  openPicker?.cancel();
  addStyles();
  return new Promise((resolve) => {
    const returnFocus = document.activeElement instanceof HTMLElement ? document.activeElement : null;
    const dialog = document.createElement('dialog');
    dialog.className = 'people-picker';
    dialog.dataset.simulatorPeoplePicker = '';
    const heading = document.createElement('h2');
    heading.id = 'simulator-people-picker-title';
    heading.textContent = request.title;
    dialog.setAttribute('aria-labelledby', heading.id);
    const note = document.createElement('p');
    note.textContent = request.singleSelect ? 'Choose one person.' : 'Choose one or more people, then Select.';

    const preselected = request.singleSelect ? request.preselectedIds.slice(0, 1) : request.preselectedIds;
    const chosen = new Set(request.people.filter((person) => preselected.includes(person.userId)));
    const finish = (result: SimulatedParticipant[] | null) => {
      openPicker = undefined;
      dialog.close();
      dialog.remove();
      returnFocus?.focus();
      resolve(result);
    };

    const selectButton = button('Select', () => finish([...chosen]));
    const updateSelect = () => {
      selectButton.disabled = chosen.size === 0;
    };
    const list = document.createElement('ul');
    list.setAttribute('aria-label', 'People');
    for (const person of request.people) {
      const item = document.createElement('li');
      const choose = button(person.displayName, () => {
        if (request.singleSelect) {
          finish([person]);
          return;
        }
        if (chosen.has(person)) chosen.delete(person);
        else chosen.add(person);
        choose.setAttribute('aria-pressed', String(chosen.has(person)));
        updateSelect();
      });
      if (!request.singleSelect) choose.setAttribute('aria-pressed', String(chosen.has(person)));
      if (chosen.has(person)) choose.autofocus = true;
      const email = document.createElement('span');
      email.textContent = person.userPrincipalName;
      item.append(choose, email);
      list.append(item);
    }

    const buttons = document.createElement('div');
    buttons.className = 'people-picker-buttons';
    if (!request.singleSelect) buttons.append(selectButton);
    buttons.append(button('Cancel', () => finish(null)));
    updateSelect();

    // Escape closes a modal <dialog> with a `cancel` event: the same as Cancel.
    dialog.addEventListener('cancel', (event) => {
      event.preventDefault();
      finish(null);
    });
    dialog.append(heading, note, list, buttons);
    document.body.append(dialog);
    openPicker = { cancel: () => finish(null) };
    dialog.showModal();
  });
}

function button(label: string, onClick: () => void): HTMLButtonElement {
  const element = document.createElement('button');
  element.type = 'button';
  element.textContent = label;
  element.addEventListener('click', onClick);
  return element;
}

function addStyles(): void {
  if (document.getElementById(STYLE_ID)) return;
  const style = document.createElement('style');
  style.id = STYLE_ID;
  style.textContent = STYLES;
  document.head.append(style);
}
