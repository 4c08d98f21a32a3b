/**
 * What the simulator has seen from each app frame. Exposed on `window.__simulator` so
 * e2e tests can assert e.g. that `appInitialization.success` arrived from Ava's panel,
 * and rendered on the page so people can see the same thing.
 */
import type { SimulatedFrameContext } from './meetingContext';

/** Where an app frame is in the teams-js start-up handshake. */
export type AppLoadState =
  | 'loading' // iframe navigated, no `initialize` received yet
  | 'initialized' // `initialize` answered
  | 'appLoaded' // app.notifyAppLoaded()
  | 'success' // app.notifySuccess()
  | 'failure' // app.notifyFailure()
  | 'expectedFailure'; // app.notifyExpectedFailure()

export interface HostLogEntry {
  /** Increasing across the whole page, so ordering between frames can be asserted. */
  readonly seq: number;
  readonly frameId: string;
  readonly func: string;
  readonly at: number;
}

/** A configurable tab's setup, as the frame reported it (frameContext `settings`). */
export interface SettingsRecord {
  /** What `pages.config.setValidityState` said last; null before it said anything. */
  valid: boolean | null;
  /** The last Save: pending until the app notifies success or failure. */
  save: 'none' | 'pending' | 'succeeded' | 'failed';
  failureReason?: string;
  /** The tab instance settings, as `pages.config.setConfig` left them. */
  config: { entityId?: string; contentUrl: string; suggestedDisplayName?: string; websiteUrl?: string };
}

export interface FrameRecord {
  readonly frameId: string;
  /** Changes when a saved tab's setup page gives way to the tab itself. */
  frameContext: SimulatedFrameContext;
  readonly userId: string;
  readonly displayName: string;
  /** URL the iframe was last pointed at. */
  url: string;
  appState: AppLoadState;
  /** `[reason, message]` from appInitialization.failure / expectedFailure. */
  failure: { readonly reason: string; readonly message?: string } | null;
  /** `func` names received from the frame's current document, oldest first. */
  funcs: string[];
  /** Events the current document registered for via `registerHandler` (e.g. `themeChange`). */
  registeredHandlers: string[];
  /** How many times a document in this frame called `initialize`. */
  initializeCount: number;
  readonly settings: SettingsRecord;
}

export type FrameRecordListener = (record: FrameRecord) => void;

export class HostLog {
  readonly entries: HostLogEntry[] = [];
  readonly frames: Record<string, FrameRecord> = {};
  private nextSeq = 1;
  private readonly listeners: FrameRecordListener[] = [];

  addFrame(record: FrameRecord): void {
    this.frames[record.frameId] = record;
    this.notify(record);
  }

  removeFrame(frameId: string): void {
    delete this.frames[frameId];
  }

  recordMessage(record: FrameRecord, func: string): void {
    this.entries.push({ seq: this.nextSeq++, frameId: record.frameId, func, at: Date.now() });
    record.funcs.push(func);
    this.notify(record);
  }

  /** Call after changing a frame record's fields so the page can re-render it. */
  notify(record: FrameRecord): void {
    for (const listener of this.listeners) listener(record);
  }

  onChange(listener: FrameRecordListener): void {
    this.listeners.push(listener);
  }
}
