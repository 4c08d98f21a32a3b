/**
 * One participant's column on the page: who they are, where their copy of the app is in
 * its start-up handshake, and the side panel iframe their Teams client shows the tab in.
 */
import type { AppLoadState, FrameRecord } from './hostLog';
import type { MeetingRole, SimulatedParticipant } from './meetingData';

/** Teams' meeting side panel is 320 px wide; the height is what a laptop window leaves. */
export const SIDE_PANEL_WIDTH = 320;
export const SIDE_PANEL_HEIGHT = 640;
/** On a phone the app's panel fills the screen: a common phone viewport in CSS px. */
export const PHONE_PANEL_WIDTH = 390;
export const PHONE_PANEL_HEIGHT = 760;

export const APP_STATE_LABELS: Readonly<Record<AppLoadState, string>> = {
  loading: 'Loading…',
  initialized: 'Initialized',
  appLoaded: 'App loaded',
  success: 'Ready',
  failure: 'Failed',
  expectedFailure: 'Failed (expected)',
};


export interface ParticipantCard {
  readonly element: HTMLElement;
  readonly iframe: HTMLIFrameElement;
  showRecord(record: FrameRecord): void;
}

export interface ParticipantCardOptions {
  /** The participant's role in this meeting, shown under their name. */
  readonly meetingRole: MeetingRole;
  /** A phone's full-screen panel instead of the 320 px side panel. */
  readonly phone?: boolean;
}

export function createParticipantCard(participant: SimulatedParticipant, options: ParticipantCardOptions): ParticipantCard {
  const element = document.createElement('article');
  element.className = 'participant';
  element.dataset.participantKey = participant.key;
  element.dataset.role = participant.role;
  element.dataset.meetingRole = options.meetingRole;

  const header = document.createElement('header');
  header.className = 'participant-header';

  const avatar = document.createElement('span');
  avatar.className = 'avatar';
  avatar.setAttribute('aria-hidden', 'true');
  avatar.textContent = initials(participant.displayName);

  const identity = document.createElement('div');
  identity.className = 'participant-identity';
  const name = document.createElement('h3');
  name.className = 'participant-name';
  name.textContent = participant.displayName;
  const role = document.createElement('p');
  role.className = 'participant-role';
  role.textContent = options.meetingRole;
  identity.append(name, role);

  const appState = document.createElement('span');
  appState.className = 'app-state';
  appState.setAttribute('role', 'status');

  header.append(avatar, identity, appState);

  const iframe = document.createElement('iframe');
  iframe.className = 'side-panel-frame';
  iframe.width = String(options.phone ? PHONE_PANEL_WIDTH : SIDE_PANEL_WIDTH);
  iframe.height = String(options.phone ? PHONE_PANEL_HEIGHT : SIDE_PANEL_HEIGHT);
  iframe.title = `Customer Pulse side panel for ${participant.displayName}`;
  iframe.dataset.frameId = participant.key;

  element.append(header, iframe);

  return {
    element,
    iframe,
    showRecord(record) {
      appState.dataset.state = record.appState;
      appState.textContent = APP_STATE_LABELS[record.appState];
      appState.title = record.failure
        ? `${record.failure.reason}${record.failure.message ? `: ${record.failure.message}` : ''}`
        : `Messages received: ${record.funcs.join(', ') || 'none'}`;
    },
  };
}

function initials(displayName: string): string {
  return displayName
    .split(/\s+/)
    .map((word) => word.charAt(0))
    .join('')
    .slice(0, 2)
    .toUpperCase();
}
