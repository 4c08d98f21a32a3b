/**
 * The tab's only contact with its host: teams-js initialisation, the app context, the live
 * theme and the load notifications Teams waits for. The tab never asks whether the host is
 * real Teams or the local simulator; both answer through teams-js.
 */
import { app } from '@microsoft/teams-js';

export type TeamsTheme = 'default' | 'dark' | 'contrast';

export interface HostConnection {
  readonly context: app.Context;
}

/**
 * teams-js waits up to 60 s for its host before giving up. Outside Teams nobody answers, so
 * after this long the tab stops showing a spinner and explains instead.
 */
const INITIALIZE_TIMEOUT_MS = 15_000;

export class HostConnectionError extends Error {
  constructor(
    readonly stage: 'initialize' | 'timeout' | 'context',
    readonly reason: string,
  ) {
    super(reason);
  }
}

let connection: Promise<HostConnection> | undefined;

/**
 * Initialises teams-js and reads the context, once per page: React may mount twice in
 * development, but teams-js must be initialised only once.
 */
export function connectToTeams(): Promise<HostConnection> {
  connection ??= connect();
  return connection;
}

async function connect(): Promise<HostConnection> {
  try {
    await withTimeout(app.initialize(), INITIALIZE_TIMEOUT_MS);
  } catch (error) {
    const failure =
      error instanceof TimeoutError
        ? new HostConnectionError('timeout', 'Timed out waiting for the host')
        : new HostConnectionError('initialize', describe(error));
    reportFailure(failure.stage === 'timeout' ? app.FailedReason.Timeout : app.FailedReason.Other, failure.reason);
    throw failure;
  }
  let context: app.Context;
  try {
    context = await app.getContext();
  } catch (error) {
    const failure = new HostConnectionError('context', describe(error));
    reportFailure(app.FailedReason.Other, failure.reason);
    throw failure;
  }
  startThemeUpdates(themeOf(context.app.theme));
  return { context };
}

// ---- theme ---------------------------------------------------------------------------------

let currentTheme: TeamsTheme = 'default';
const themeListeners = new Set<() => void>();

export function themeOf(value: string | undefined): TeamsTheme {
  return value === 'dark' || value === 'contrast' ? value : 'default';
}

function startThemeUpdates(initial: TeamsTheme): void {
  currentTheme = initial;
  app.registerOnThemeChangeHandler((theme) => {
    currentTheme = themeOf(theme);
    for (const listener of themeListeners) listener();
  });
}

/** For `useSyncExternalStore`: the theme Teams reported last. */
export function getTheme(): TeamsTheme {
  return currentTheme;
}

export function subscribeToTheme(listener: () => void): () => void {
  themeListeners.add(listener);
  return () => themeListeners.delete(listener);
}

// ---- load notifications ----------------------------------------------------------------------

let successNotified = false;

/** Tells Teams to drop its loading indicator; only the first call per page counts. */
export function notifyFirstScreenRendered(): void {
  if (successNotified) return;
  successNotified = true;
  app.notifySuccess().catch(() => {
    // Nothing to do: the app is already on screen, whatever the host makes of the message.
  });
}

function reportFailure(reason: app.FailedReason, message: string): void {
  try {
    app.notifyFailure({ reason, message });
  } catch {
    // notifyFailure throws when there is no host to tell; the error screen says it all.
  }
}

// ---- helpers -------------------------------------------------------------------------------

class TimeoutError extends Error {}

function withTimeout<T>(promise: Promise<T>, ms: number): Promise<T> {
  return new Promise<T>((resolve, reject) => {
    const timer = setTimeout(() => reject(new TimeoutError()), ms);
    promise.then(
      (value) => {
        clearTimeout(timer);
        resolve(value);
      },
      (error: unknown) => {
        clearTimeout(timer);
        reject(error instanceof Error ? error : new Error(String(error)));
      },
    );
  });
}

function describe(error: unknown): string {
  if (error instanceof Error && error.message) return error.message;
  if (typeof error === 'object' && error !== null && 'message' in error && typeof error.message === 'string') {
    return error.message;
  }
  return String(error);
}
