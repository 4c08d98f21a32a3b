/**
 * `window.__simulator`: the handle e2e tests (and curious people in DevTools) use to see
 * what the simulated Teams host received and to drive it without clicking the toolbar.
 */
import type { FrameRecord, HostLogEntry } from './hostLog';
import { SIMULATED_MEETING, SIMULATED_TEAM, SIMULATED_TENANT, type SimulatedParticipant } from './meetingData';
import type { MeetingSession } from './meetingSession';
import type { SimulatorOptions, TeamsTheme } from './simulatorOptions';

export interface SimulatorStageState {
  readonly url: string;
  readonly sharedByUserId: string;
  readonly sharedByName: string;
}

export interface SimulatorApi {
  /** Options in effect after parsing the page's query string. */
  readonly options: SimulatorOptions;
  readonly tenantId: string;
  readonly meetingId: string;
  readonly chatId: string;
  readonly teamGroupId: string;
  /** Participants shown on the page, in page order. */
  readonly participants: readonly SimulatedParticipant[];
  /** Every message received from any frame, oldest first. */
  readonly log: readonly HostLogEntry[];
  /** Per frame: participant key for side panels, `stage` for the meeting stage. */
  readonly frames: Readonly<Record<string, FrameRecord>>;
  /** `func` names the frame's current document sent, oldest first (empty if unknown frame). */
  funcs(frameId: string): string[];
  readonly theme: TeamsTheme;
  readonly locale: string;
  readonly stage: SimulatorStageState | null;
  setTheme(theme: TeamsTheme): void;
  /** Reloads every frame with the new locale. */
  setLocale(locale: string): void;
  stopStageSharing(): void;
}

declare global {
  interface Window {
    __simulator?: SimulatorApi;
  }
}

export interface SimulatorControls {
  setTheme(theme: TeamsTheme): void;
  setLocale(locale: string): void;
}

export function createSimulatorApi(
  session: MeetingSession,
  options: SimulatorOptions,
  participants: readonly SimulatedParticipant[],
  controls: SimulatorControls,
): SimulatorApi {
  return {
    options,
    tenantId: SIMULATED_TENANT.id,
    meetingId: SIMULATED_MEETING.id,
    chatId: SIMULATED_MEETING.chatId,
    teamGroupId: SIMULATED_TEAM.groupId,
    participants,
    log: session.log.entries,
    frames: session.log.frames,
    funcs: (frameId) => [...(session.log.frames[frameId]?.funcs ?? [])],
    get theme() {
      return session.theme;
    },
    get locale() {
      return session.locale;
    },
    get stage() {
      const share = session.stage.current;
      return share
        ? { url: share.url, sharedByUserId: share.sharedBy.userId, sharedByName: share.sharedBy.displayName }
        : null;
    },
    setTheme: (theme) => controls.setTheme(theme),
    setLocale: (locale) => controls.setLocale(locale),
    stopStageSharing: () => session.stage.stop(),
  };
}
