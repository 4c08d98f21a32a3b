/**
 * Choosing a person with Teams' own people picker (teams-js `people.selectPeople`), for the
 * views that let someone type a name and, where Teams offers it, pick one instead.
 *
 * Two things decide whether the picker is there (teams-js 2.58, public/people.ts):
 * - the host declares the `people` capability (`people.isSupported()`, from the runtime the
 *   host sent at initialize; Outlook and the Microsoft 365 app, for one, do not);
 * - the frame is one teams-js lets call it: `content` (a meeting's chat or details tab, a
 *   channel or personal tab), `task` (a dialog) or `settings`. teams-js refuses the call in a
 *   meeting side panel or on the stage before anything reaches the host, so there the
 *   picker is not offered and the name is typed.
 */
import { app, ErrorCode, FrameContexts, people, type SdkError } from '@microsoft/teams-js';

/** The person someone chose: the name Teams shows and their Entra ID object id. */
export interface PickedPerson {
  readonly displayName: string;
  readonly id: string;
}

/** Teams could not show its picker or answered with an error; the message is fit to show. */
export class PeoplePickerError extends Error {
  constructor(
    message: string,
    readonly errorCode?: number,
  ) {
    super(message);
    this.name = 'PeoplePickerError';
  }
}

/** The frame contexts teams-js' `people.selectPeople` accepts (its `ensureInitialized` list). */
const PICKER_FRAME_CONTEXTS: readonly string[] = [FrameContexts.content, FrameContexts.task, FrameContexts.settings];

/** Whether this frame can open Teams' people picker; false before teams-js is initialised. */
export function canPickPeople(): boolean {
  try {
    const frameContext = app.getFrameContext();
    return frameContext !== undefined && PICKER_FRAME_CONTEXTS.includes(frameContext) && people.isSupported();
  } catch {
    // isSupported() throws until app.initialize() completed.
    return false;
  }
}

/**
 * Opens Teams' picker for one person, among the members of the chat or channel the app is
 * in (org-wide in a personal app). Resolves with the person, or undefined when the picker was
 * closed without choosing; rejects with a PeoplePickerError when Teams cannot show it.
 */
export async function pickOnePerson(title: string): Promise<PickedPerson | undefined> {
  let chosen: people.PeoplePickerResult[] | undefined;
  try {
    // teams-js throws synchronously in a frame it does not allow; `await` turns that into a rejection here.
    chosen = await people.selectPeople({ singleSelect: true, title, openOrgWideSearchInChatOrChannel: false });
  } catch (error) {
    // Teams reports a closed picker as USER_ABORT (8000), not as an empty list.
    if (isSdkError(error) && error.errorCode === ErrorCode.USER_ABORT) return undefined;
    throw errorFrom(error);
  }
  const person = chosen?.[0];
  if (!person) return undefined;
  // displayName and email are optional in PeoplePickerResult; the name is what people recognise.
  const displayName = person.displayName?.trim() || person.email?.trim();
  if (!displayName) throw new PeoplePickerError('Teams did not say who was chosen.');
  return { displayName, id: person.objectId };
}

function isSdkError(error: unknown): error is SdkError {
  return typeof error === 'object' && error !== null && typeof (error as SdkError).errorCode === 'number';
}

const REASONS: Partial<Record<number, string>> = {
  [ErrorCode.NOT_SUPPORTED_ON_PLATFORM]: 'Teams does not offer its people picker here.',
  [ErrorCode.OLD_PLATFORM]: 'This version of Teams has no people picker; updating Teams adds it.',
  [ErrorCode.INVALID_ARGUMENTS]: 'Teams did not accept the request for its people picker.',
  [ErrorCode.INTERNAL_ERROR]: 'Teams ran into an error opening its people picker.',
};

function errorFrom(error: unknown): PeoplePickerError {
  if (error instanceof PeoplePickerError) return error;
  if (isSdkError(error)) {
    return new PeoplePickerError(error.message || REASONS[error.errorCode] || `Teams error ${error.errorCode}`, error.errorCode);
  }
  // teams-js' own checks (not initialised, a frame it does not allow) throw plain Errors.
  return new PeoplePickerError(error instanceof Error && error.message ? error.message : String(error));
}
