/**
 * Wires the simulator page for the surface in `?surface=`: a meeting (one side panel per
 * participant and the meeting stage), the team channel's history tab (or its setup page),
 * or the personal app; the toolbar; and `window.__simulator` for tests.
 */
import { renderHostLog } from './hostLogView';
import type { AppLoadState, FrameRecord } from './hostLog';
import { isMobileClientType } from './hostRuntime';
import {
  SIMULATED_CHANNELS,
  SIMULATED_MEETINGS,
  SIMULATED_PARTICIPANTS,
  findParticipantByKey,
  meetingRoleOf,
  type SimulatedParticipant,
} from './meetingData';
import { MeetingSession } from './meetingSession';
import type { StageShare } from './meetingStage';
import { APP_STATE_LABELS, createParticipantCard, type ParticipantCard } from './participantCard';
import { createSimulatorApi, type SimulatedWorld, type SimulatorControls } from './simulatorApi';
import {
  clampFrameWidth,
  DEFAULT_FRAME_HEIGHT,
  isSsoMode,
  isTeamsTheme,
  normalizeLocale,
  parseSimulatorOptions,
  SSO_MODES,
  SURFACES,
  TEAMS_THEMES,
  TOOLBAR_LOCALES,
  type Surface,
  type TeamsTheme,
} from './simulatorOptions';
import { setSsoMode } from './ssoSimulation';
import { TabSurface } from './tabSurface';
import { declaredByManifest, declaredPersonalTabs, personalTabFor } from './manifestSurfaces';
import { renderPersonalTabStrip } from './personalTabStrip';
import { occurrenceLabel, placeTitle, renderWorldControls, usesChannel } from './worldControls';

function requireElement<T extends HTMLElement>(id: string, type: new () => T): T {
  const element = document.getElementById(id);
  if (!(element instanceof type)) throw new Error(`Simulator page is missing #${id}`);
  return element;
}

const options = parseSimulatorOptions(location.search);
if (!declaredByManifest.surfaces.includes(options.surface)) {
  document.body.textContent = `The app package (appPackage/manifest.json) declares no ${options.surface} surface.`;
  throw new Error(`Surface ${options.surface} is not declared in the manifest`);
}
// Teams offers an app in private and shared channels only when the manifest's supportedChannelTypes lists them.
if (usesChannel(options) && !declaredByManifest.channelKinds.includes(options.channel)) {
  document.body.textContent = `The app package (appPackage/manifest.json) does not list ${options.channel}Channels in supportedChannelTypes, so Teams does not offer the app in a ${options.channel} channel.`;
  throw new Error(`Channel type ${options.channel} is not supported by the manifest`);
}

const themeSelect = requireElement('theme-select', HTMLSelectElement);
const localeSelect = requireElement('locale-select', HTMLSelectElement);
const ssoSelect = requireElement('sso-select', HTMLSelectElement);
const hostLogList = requireElement('host-log', HTMLOListElement);
const title = requireElement('meeting-title', HTMLHeadingElement);
const subtitle = requireElement('meeting-subtitle', HTMLParagraphElement);

const SURFACE_LABELS: Readonly<Record<Surface, string>> = {
  meeting: 'Meeting',
  'meeting-tab': 'Meeting chat tab',
  channel: 'Channel tab',
  'channel-setup': 'Add channel tab',
  personal: 'Personal app',
};

/** The meeting session or the single tab frame, as the page drives it. */
interface World extends SimulatedWorld {
  setTheme(theme: TeamsTheme): void;
  setLocale(locale: string): void;
}

// Before any frame loads: the first token request already answers in this mode.
setSsoMode(options.sso);
renderWorldControls(document.querySelector<HTMLElement>('.toolbar') ?? document.body, options);

const { world, participants, controls } =
  options.surface === 'meeting' ? startMeeting() : startTabSurface(options.surface);

world.log.onChange(() => renderHostLog(hostLogList, world.log.entries));
renderSurfaceLinks();
fillSelect(themeSelect, TEAMS_THEMES, options.theme);
fillSelect(localeSelect, withCurrent(TOOLBAR_LOCALES, options.locale), options.locale);
document.body.dataset.theme = options.theme;
document.body.dataset.surface = options.surface;

themeSelect.addEventListener('change', () => {
  if (isTeamsTheme(themeSelect.value)) setTheme(themeSelect.value);
});
localeSelect.addEventListener('change', () => setLocale(localeSelect.value));
fillSelect(ssoSelect, SSO_MODES, options.sso);
ssoSelect.addEventListener('change', () => {
  if (!isSsoMode(ssoSelect.value)) return;
  setSsoMode(ssoSelect.value);
  rememberInQuery('sso', ssoSelect.value);
  // The tabs sign in again from the start, as they would on opening them under the new answer.
  for (const frame of document.querySelectorAll<HTMLIFrameElement>('iframe[data-frame-id]')) frame.contentWindow?.location.reload();
});

window.__simulator = createSimulatorApi(world, options, participants, {
  ...controls,
  setTheme,
  setLocale,
});

function setTheme(theme: TeamsTheme): void {
  themeSelect.value = theme;
  document.body.dataset.theme = theme;
  rememberInQuery('theme', theme);
  world.setTheme(theme);
}

function setLocale(requested: string): void {
  const locale = normalizeLocale(requested);
  if (!locale) throw new Error(`Not a valid locale: ${requested}`);
  fillSelect(localeSelect, withCurrent(TOOLBAR_LOCALES, locale), locale);
  rememberInQuery('locale', locale);
  world.setLocale(locale);
}

// ---- the meeting -------------------------------------------------------------------------------

function startMeeting() {
  // A phone shows one person's Teams: the chosen user's panel at phone width, like their screen.
  const phone = isMobileClientType(options.client);
  const user = findParticipantByKey(options.userKey) ?? SIMULATED_PARTICIPANTS[0]!;
  const shown = phone ? [user] : SIMULATED_PARTICIPANTS.slice(0, options.participantCount);
  const participantsContainer = requireElement('participants', HTMLDivElement);
  const stageViewport = requireElement('stage-viewport', HTMLDivElement);
  const stageStatus = requireElement('stage-status', HTMLSpanElement);
  const stopSharingButton = requireElement('stop-sharing', HTMLButtonElement);

  const meeting = SIMULATED_MEETINGS[options.meeting];
  title.textContent = meeting.title;
  subtitle.textContent = [
    meeting.hasTeam ? placeTitle({ ...options, surface: 'channel' }) : 'Private meeting, no team',
    occurrenceLabel(options),
    phone ? `${user.displayName} on ${options.client}` : `${shown.length} participants`,
  ]
    .filter(Boolean)
    .join(' · ');

  const session = new MeetingSession({
    theme: options.theme,
    locale: options.locale,
    world: options,
    tabUrl: new URL(options.tabPath, location.origin).href,
    stageViewport,
    onStageChange: (share: StageShare | null) => {
      stageStatus.textContent = share ? `Shared by ${share.sharedBy.displayName}` : '';
      stopSharingButton.hidden = share === null;
    },
  });

  const cards = new Map<string, ParticipantCard>();
  session.log.onChange((record) => cards.get(record.frameId)?.showRecord(record));
  for (const participant of shown) {
    const card = createParticipantCard(participant, { meetingRole: meetingRoleOf(participant, options.role), phone });
    cards.set(participant.key, card);
    participantsContainer.append(card.element);
    session.openSidePanel(participant, card.iframe);
  }
  stopSharingButton.addEventListener('click', () => session.stage.stop());
  const world: World = session;
  return { world, participants: shown, controls: {} as Partial<SimulatorControls> };
}

// ---- one tab frame: the channel tab, its setup, or the personal app ------------------------

function startTabSurface(kind: Exclude<Surface, 'meeting'>) {
  const user: SimulatedParticipant = findParticipantByKey(options.userKey) ?? SIMULATED_PARTICIPANTS[0]!;
  requireElement('meeting-surface', HTMLDivElement).hidden = true;
  requireElement('tab-surface', HTMLElement).hidden = false;
  const heading = requireElement('tab-surface-heading', HTMLHeadingElement);
  const note = requireElement('tab-surface-note', HTMLParagraphElement);
  const appState = requireElement('tab-app-state', HTMLSpanElement);
  const saveButton = requireElement('save-tab', HTMLButtonElement);
  const saveStatus = requireElement('save-status', HTMLSpanElement);
  const box = requireElement('tab-frame-box', HTMLDivElement);
  const widthControl = requireElement('width-control', HTMLLabelElement);
  const widthInput = requireElement('width-input', HTMLInputElement);

  const personal = kind === 'personal';
  const meetingTab = kind === 'meeting-tab';
  // Teams opens a personal app on its first static tab; `?personalTab=` picks another.
  let personalTab = personal ? personalTabFor(declaredPersonalTabs, options.personalTab) : undefined;
  const personalHeading = () => `${personalTab?.name ?? 'Customer Pulse'} (personal tab)`;
  const meeting = SIMULATED_MEETINGS[options.meeting];
  const channel = SIMULATED_CHANNELS[options.channel];
  title.textContent = personal ? 'Customer Pulse · personal app' : placeTitle(options);
  subtitle.textContent = personal
    ? `Signed in as ${user.displayName} · host ${options.personalHost === 'teams' ? 'Teams' : options.personalHost === 'outlook' ? 'Outlook' : 'Microsoft 365 app'}`
    : meetingTab
      ? [`Signed in as ${user.displayName}`, 'the meeting\u2019s chat or details tab', occurrenceLabel(options)].filter(Boolean).join(' · ')
      : `Signed in as ${user.displayName} · ${channel.kind} channel tab, no meeting`;
  heading.textContent = personal
    ? personalHeading()
    : meetingTab
      ? 'Customer Pulse (meeting chat or details tab)'
      : kind === 'channel'
        ? 'Customer Pulse history (channel tab)'
        : 'Add Customer Pulse to the channel (tab setup)';
  note.textContent = personal
    ? 'frameContext content, no team, channel, meeting or chat; page.id is the open tab\u2019s entityId.'
    : meetingTab
      ? `frameContext content, meeting ${meeting.title}, chat ${meeting.chatId}${meeting.hasTeam ? `, team and ${channel.kind} channel` : ', no team'}.`
      : kind === 'channel'
        ? `frameContext content, ${channel.kind} channel ${channel.displayName}, no meeting. Drag the box's lower right corner to resize.`
        : 'frameContext settings in the channel. Save (like Teams\u2019 Save button) stores what the page set and opens the saved tab.';

  const iframe = document.createElement('iframe');
  iframe.className = 'tab-frame';
  iframe.title = personal
    ? `Customer Pulse personal app for ${user.displayName}`
    : meetingTab
      ? `Customer Pulse meeting tab for ${user.displayName}`
      : `Customer Pulse channel tab for ${user.displayName}`;
  iframe.height = String(DEFAULT_FRAME_HEIGHT);
  box.append(iframe);

  const setFrameWidth = (width: number): number => {
    const clamped = clampFrameWidth(width);
    box.style.width = `${clamped}px`;
    widthInput.value = String(clamped);
    return clamped;
  };
  const getFrameWidth = (): number => Math.round(iframe.getBoundingClientRect().width);
  setFrameWidth(options.frameWidth);
  iframe.dataset.frameId = personal ? 'personal' : meetingTab ? 'meeting-tab' : 'channel';
  widthControl.hidden = false;
  widthInput.addEventListener('change', () => {
    const width = setFrameWidth(Number(widthInput.value) || options.frameWidth);
    rememberInQuery('width', String(width));
  });
  // Dragging the box's corner resizes it; keep the number in step.
  new ResizeObserver(() => {
    const width = getFrameWidth();
    if (width > 0 && document.activeElement !== widthInput) widthInput.value = String(width);
  }).observe(box);

  const surface = new TabSurface({
    kind,
    theme: options.theme,
    locale: options.locale,
    world: options,
    user,
    personalHost: options.personalHost,
    personalTab,
    iframe,
    onSaved: (contentUrl) => {
      saveStatus.textContent = `Saved. The tab now opens ${new URL(contentUrl).pathname}${new URL(contentUrl).search}`;
      heading.textContent = 'Customer Pulse history (channel tab)';
    },
  });
  const showRecord = (record: FrameRecord) => {
    if (record.frameId !== surface.frameId) return;
    appState.dataset.state = record.appState;
    appState.textContent = APP_STATE_LABELS[record.appState satisfies AppLoadState];
    if (kind === 'channel-setup') {
      const settingUp = record.frameContext === 'settings';
      saveButton.hidden = !settingUp;
      saveButton.disabled = record.settings.valid !== true || record.settings.save === 'pending';
      if (record.settings.save === 'failed') saveStatus.textContent = `Save failed: ${record.settings.failureReason ?? 'no reason given'}`;
    }
  };
  surface.log.onChange(showRecord);
  showRecord(surface.host.record);
  if (personal) {
    const strip = requireElement('personal-tabs', HTMLElement);
    const stripList = requireElement('personal-tab-list', HTMLUListElement);
    const renderStrip = () =>
      renderPersonalTabStrip(stripList, declaredPersonalTabs, personalTab, (tab) => {
        personalTab = tab;
        surface.openPersonalTab(tab);
        heading.textContent = personalHeading();
        rememberInQuery('personalTab', tab.entityId);
        renderStrip();
      });
    strip.hidden = false;
    renderStrip();
  }
  saveButton.addEventListener('click', () => surface.save());

  const world: World = surface;
  return {
    world,
    participants: [user],
    controls: {
      setFrameWidth: (width: number) => {
        const set = setFrameWidth(width);
        rememberInQuery('width', String(set));
        return set;
      },
      getFrameWidth,
      ...(kind === 'channel-setup' ? { saveTabSettings: () => surface.save() } : {}),
    } as Partial<SimulatorControls>,
  };
}

// ---- page helpers ----------------------------------------------------------------------------

/** Links to the other surfaces, keeping theme, locale and the other settings. */
function renderSurfaceLinks(): void {
  const list = requireElement('surface-links', HTMLUListElement);
  list.replaceChildren(
    ...SURFACES.filter((surface) => declaredByManifest.surfaces.includes(surface)).map((surface) => {
      const item = document.createElement('li');
      const link = document.createElement('a');
      const url = new URL(location.href);
      url.searchParams.set('surface', surface);
      link.href = `${url.pathname}${url.search}`;
      link.textContent = SURFACE_LABELS[surface];
      if (surface === options.surface) link.setAttribute('aria-current', 'page');
      item.append(link);
      return item;
    }),
  );
}

/** Keeps toolbar choices in the URL so a page reload (or a copied link) keeps them. */
function rememberInQuery(name: string, value: string): void {
  const url = new URL(location.href);
  url.searchParams.set(name, value);
  history.replaceState(history.state, '', url);
  renderSurfaceLinks();
}

function withCurrent(values: readonly string[], current: string): string[] {
  return values.includes(current) ? [...values] : [...values, current];
}

function fillSelect(select: HTMLSelectElement, values: readonly string[], selected: string): void {
  select.replaceChildren(...values.map((value) => new Option(value, value, false, value === selected)));
}
