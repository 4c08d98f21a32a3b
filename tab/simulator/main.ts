/**
 * Wires the simulator page: one side panel per participant, the meeting stage, the
 * toolbar, and `window.__simulator` for tests.
 */
import { renderHostLog } from './hostLogView';
import { SIMULATED_MEETING, SIMULATED_PARTICIPANTS, SIMULATED_TEAM } from './meetingData';
import { MeetingSession } from './meetingSession';
import type { StageShare } from './meetingStage';
import { createParticipantCard, type ParticipantCard } from './participantCard';
import { createSimulatorApi } from './simulatorApi';
import {
  isTeamsTheme,
  normalizeLocale,
  parseSimulatorOptions,
  TEAMS_THEMES,
  TOOLBAR_LOCALES,
  type TeamsTheme,
} from './simulatorOptions';

function requireElement<T extends HTMLElement>(id: string, type: new () => T): T {
  const element = document.getElementById(id);
  if (!(element instanceof type)) throw new Error(`Simulator page is missing #${id}`);
  return element;
}

const options = parseSimulatorOptions(location.search);
const participants = SIMULATED_PARTICIPANTS.slice(0, options.participantCount);

const participantsContainer = requireElement('participants', HTMLDivElement);
const stageViewport = requireElement('stage-viewport', HTMLDivElement);
const stageStatus = requireElement('stage-status', HTMLSpanElement);
const stopSharingButton = requireElement('stop-sharing', HTMLButtonElement);
const themeSelect = requireElement('theme-select', HTMLSelectElement);
const localeSelect = requireElement('locale-select', HTMLSelectElement);
const hostLogList = requireElement('host-log', HTMLOListElement);

requireElement('meeting-title', HTMLHeadingElement).textContent = SIMULATED_MEETING.title;
requireElement('meeting-subtitle', HTMLParagraphElement).textContent =
  `${SIMULATED_TEAM.displayName} › ${SIMULATED_TEAM.channelName} · ${participants.length} participants`;

const session = new MeetingSession({
  theme: options.theme,
  locale: options.locale,
  tabUrl: new URL(options.tabPath, location.origin).href,
  stageViewport,
  onStageChange: showStageShare,
});

const cards = new Map<string, ParticipantCard>();
session.log.onChange((record) => {
  cards.get(record.frameId)?.showRecord(record);
  renderHostLog(hostLogList, session.log.entries);
});

for (const participant of participants) {
  const card = createParticipantCard(participant);
  cards.set(participant.key, card);
  participantsContainer.append(card.element);
  session.openSidePanel(participant, card.iframe);
}

fillSelect(themeSelect, TEAMS_THEMES, options.theme);
fillSelect(localeSelect, withCurrent(TOOLBAR_LOCALES, options.locale), options.locale);
document.body.dataset.theme = options.theme;

themeSelect.addEventListener('change', () => {
  if (isTeamsTheme(themeSelect.value)) setTheme(themeSelect.value);
});
localeSelect.addEventListener('change', () => setLocale(localeSelect.value));
stopSharingButton.addEventListener('click', () => session.stage.stop());

window.__simulator = createSimulatorApi(session, options, participants, { setTheme, setLocale });

function setTheme(theme: TeamsTheme): void {
  themeSelect.value = theme;
  document.body.dataset.theme = theme;
  rememberInQuery('theme', theme);
  session.setTheme(theme);
}

function setLocale(requested: string): void {
  const locale = normalizeLocale(requested);
  if (!locale) throw new Error(`Not a valid locale: ${requested}`);
  fillSelect(localeSelect, withCurrent(TOOLBAR_LOCALES, locale), locale);
  rememberInQuery('locale', locale);
  session.setLocale(locale);
}

function showStageShare(share: StageShare | null): void {
  stageStatus.textContent = share ? `Shared by ${share.sharedBy.displayName}` : '';
  stopSharingButton.hidden = share === null;
}

/** Keeps toolbar choices in the URL so a page reload (or a copied link) keeps them. */
function rememberInQuery(name: string, value: string): void {
  const url = new URL(location.href);
  url.searchParams.set(name, value);
  history.replaceState(history.state, '', url);
}

function withCurrent(values: readonly string[], current: string): string[] {
  return values.includes(current) ? [...values] : [...values, current];
}

function fillSelect(select: HTMLSelectElement, values: readonly string[], selected: string): void {
  select.replaceChildren(...values.map((value) => new Option(value, value, false, value === selected)));
}
