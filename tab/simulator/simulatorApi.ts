/**
 * `window.__simulator`: the handle e2e tests (and curious people in DevTools) use to see
 * what the simulated Teams host received and to drive it without clicking the toolbar.
 */
import { declaredByManifest } from './manifestSurfaces';
import type { FrameRecord, HostLog, HostLogEntry, SettingsRecord } from './hostLog';
import { SIMULATED_MEETINGS, SIMULATED_TEAM, SIMULATED_TENANT, type SimulatedParticipant } from './meetingData';
import type { StageShare } from './meetingStage';
import type { Surface, SimulatorOptions, TeamsTheme } from './simulatorOptions';

export interface SimulatorStageState {
  readonly url: string;
  readonly sharedByUserId: string;
  readonly sharedByName: string;
}

export interface SimulatorApi {
  /** Options in effect after parsing the page's query string. */
  readonly options: SimulatorOptions;
  /** Which Teams surface the page plays (`?surface=`). */
  readonly surface: Surface;
  /** The surfaces the app package declares; the simulator plays only these. */
  readonly declaredSurfaces: readonly Surface[];
  readonly tenantId: string;
  /** The chosen meeting's (`?meeting=`, the channel meeting by default) id and chat. */
  readonly meetingId: string;
  readonly chatId: string;
  readonly teamGroupId: string;
  /** Participants shown on the page, in page order; on the channel and personal surfaces, the one user. */
  readonly participants: readonly SimulatedParticipant[];
  /** Every message received from any frame, oldest first. */
  readonly log: readonly HostLogEntry[];
  /**
   * Per frame: participant key for side panels, `stage` for the meeting stage, `channel` for
   * the channel tab (and its setup page), `meeting-tab` for the meeting's chat or details tab,
   * `personal` for the personal app.
   */
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
  /** Channel and personal surfaces: the tab frame's width in px (320–1920); null in a meeting. */
  readonly frameWidth: number | null;
  /** Resizes the channel or personal tab frame, like resizing the Teams window. Returns the width set. */
  setFrameWidth(width: number): number;
  /** The `channel-setup` surface: what the setup page reported and saved. */
  readonly tabSettings: SettingsRecord | null;
  /** The `channel-setup` surface: selects Teams' Save button. */
  saveTabSettings(): void;
}

declare global {
  interface Window {
    __simulator?: SimulatorApi;
  }
}

export interface SimulatorControls {
  setTheme(theme: TeamsTheme): void;
  setLocale(locale: string): void;
  /** Absent on the meeting surface, which has no single resizable frame. */
  setFrameWidth?(width: number): number;
  getFrameWidth?(): number;
  saveTabSettings?(): void;
}

/** What the page plays, whichever the surface: a meeting session or a single tab frame. */
export interface SimulatedWorld {
  readonly log: HostLog;
  readonly theme: TeamsTheme;
  readonly locale: string;
  /** The meeting stage; absent outside a meeting. */
  readonly stage?: { readonly current: StageShare | null; stop(): void };
  /** The setup page's frame id on the `channel-setup` surface. */
  readonly settingsFrameId?: string;
}

export function createSimulatorApi(
  session: SimulatedWorld,
  options: SimulatorOptions,
  participants: readonly SimulatedParticipant[],
  controls: SimulatorControls,
): SimulatorApi {
  return {
    options,
    surface: options.surface,
    declaredSurfaces: declaredByManifest.surfaces,
    tenantId: SIMULATED_TENANT.id,
    meetingId: SIMULATED_MEETINGS[options.meeting].id,
    chatId: SIMULATED_MEETINGS[options.meeting].chatId,
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
      const share = session.stage?.current ?? null;
      return share
        ? { url: share.url, sharedByUserId: share.sharedBy.userId, sharedByName: share.sharedBy.displayName }
        : null;
    },
    setTheme: (theme) => controls.setTheme(theme),
    setLocale: (locale) => controls.setLocale(locale),
    stopStageSharing: () => session.stage?.stop(),
    get frameWidth() {
      return controls.getFrameWidth?.() ?? null;
    },
    setFrameWidth: (width) => {
      if (!controls.setFrameWidth) throw new Error('Only the channel and personal surfaces have a resizable tab frame');
      return controls.setFrameWidth(width);
    },
    get tabSettings() {
      return session.settingsFrameId ? (session.log.frames[session.settingsFrameId]?.settings ?? null) : null;
    },
    saveTabSettings: () => {
      if (!controls.saveTabSettings) throw new Error('Only the channel-setup surface has a tab to save');
      controls.saveTabSettings();
    },
  };
}
