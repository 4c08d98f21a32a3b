/**
 * The toolbar's choice of world: which meeting (and which occurrence of a recurring one), the
 * Teams client, the others' meeting role and the channel type. Each change reloads the page with
 * the new query string, like joining another meeting or opening Teams on another device: every
 * frame starts afresh with its new context.
 */
import { SIMULATED_CLIENT_TYPES } from './hostRuntime';
import {
  CHANNEL_KINDS,
  MEETING_KINDS,
  OTHERS_MEETING_ROLES,
  SIMULATED_CHANNELS,
  SIMULATED_MEETINGS,
  SIMULATED_TEAM,
} from './meetingData';
import type { SimulatorOptions } from './simulatorOptions';

const MEETING_LABELS = { channel: 'Channel meeting', scheduled: 'Scheduled (private)', instant: 'Meet now', recurring: 'Recurring series' };
const CLIENT_LABELS = { web: 'Web', desktop: 'Desktop', android: 'Android', ios: 'iOS' };
const ROLE_LABELS = { presenter: 'Presenters', attendee: 'Attendees' };
const CHANNEL_LABELS = { standard: 'Standard', private: 'Private', shared: 'Shared' };

/** Whether the surface shows a meeting (its side panels, or its chat or details tab). */
export function isMeetingSurface(options: Pick<SimulatorOptions, 'surface'>): boolean {
  return options.surface === 'meeting' || options.surface === 'meeting-tab';
}

/** Whether the surface's place is a channel: the channel tab, its setup, or a channel meeting. */
export function usesChannel(options: Pick<SimulatorOptions, 'surface' | 'meeting'>): boolean {
  if (options.surface === 'channel' || options.surface === 'channel-setup') return true;
  return isMeetingSurface(options) && SIMULATED_MEETINGS[options.meeting].hasTeam;
}

/** "Contoso Checkout › Checkout Squad", or the meeting's title without a team. */
export function placeTitle(options: Pick<SimulatorOptions, 'surface' | 'meeting' | 'channel'>): string {
  const channel = SIMULATED_CHANNELS[options.channel];
  const where = `${SIMULATED_TEAM.displayName} › ${channel.displayName}${options.channel === 'standard' ? '' : ` (${options.channel} channel)`}`;
  if (!isMeetingSurface(options)) return where;
  const meeting = SIMULATED_MEETINGS[options.meeting];
  return meeting.hasTeam ? `${meeting.title} · ${where}` : meeting.title;
}

/** "occurrence 2 of 6 · Tue 20 Jan" for a recurring meeting, else ''. */
export function occurrenceLabel(options: Pick<SimulatorOptions, 'meeting' | 'occurrence'>): string {
  const { occurrences } = SIMULATED_MEETINGS[options.meeting];
  if (occurrences.length < 2) return '';
  const start = new Date(occurrences[options.occurrence - 1]!.scheduledStartTime);
  const day = start.toLocaleDateString('en-GB', { weekday: 'short', day: 'numeric', month: 'short', timeZone: 'UTC' });
  return `occurrence ${options.occurrence} of ${occurrences.length} · ${day}`;
}

export function renderWorldControls(toolbar: HTMLElement, options: SimulatorOptions): void {
  if (isMeetingSurface(options)) {
    toolbar.append(select('Meeting', 'meeting-select', 'meeting', MEETING_KINDS, MEETING_LABELS, options.meeting, ['occurrence']));
    if (SIMULATED_MEETINGS[options.meeting].occurrences.length > 1) {
      const next = document.createElement('button');
      next.type = 'button';
      next.id = 'next-occurrence';
      next.textContent = 'Next occurrence';
      next.title = occurrenceLabel(options);
      next.disabled = options.occurrence >= SIMULATED_MEETINGS[options.meeting].occurrences.length;
      next.addEventListener('click', () => reloadWith({ occurrence: String(options.occurrence + 1) }));
      toolbar.append(next);
    }
  }
  if (options.surface === 'meeting') {
    toolbar.append(select('Others are', 'role-select', 'role', OTHERS_MEETING_ROLES, ROLE_LABELS, options.role));
  }
  if (usesChannel(options)) {
    toolbar.append(select('Channel', 'channel-select', 'channel', CHANNEL_KINDS, CHANNEL_LABELS, options.channel));
  }
  toolbar.append(select('Client', 'client-select', 'client', SIMULATED_CLIENT_TYPES, CLIENT_LABELS, options.client));
}

function select<T extends string>(
  label: string,
  id: string,
  param: string,
  values: readonly T[],
  labels: Readonly<Record<T, string>>,
  current: T,
  clear: readonly string[] = [],
): HTMLLabelElement {
  const wrapper = document.createElement('label');
  const element = document.createElement('select');
  element.id = id;
  element.append(...values.map((value) => new Option(labels[value], value, false, value === current)));
  element.addEventListener('change', () => reloadWith({ [param]: element.value }, clear));
  wrapper.append(`${label} `, element);
  return wrapper;
}

/** Joins the changed world: the same page with the new query string. */
function reloadWith(changes: Readonly<Record<string, string>>, clear: readonly string[] = []): void {
  const url = new URL(location.href);
  for (const name of clear) url.searchParams.delete(name);
  for (const [name, value] of Object.entries(changes)) url.searchParams.set(name, value);
  location.assign(url);
}
