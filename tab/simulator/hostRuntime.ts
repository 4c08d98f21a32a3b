/**
 * What the simulator tells teams-js about itself in its reply to `initialize`.
 *
 * teams-js 2.58 reads the reply as `[frameContext, hostClientType, runtimeConfigJson,
 * clientSupportedSdkVersion]`. The runtime config decides which `isSupported()` checks
 * pass; teams-js requires `apiVersion` 4 (its `latestRuntimeApiVersion`) and would
 * otherwise try to upgrade an older shape or fall back to a legacy Teams profile.
 */

/** The teams-js version this host claims to support; matches the installed library. */
export const HOST_CLIENT_SUPPORTED_SDK_VERSION = '2.58.0';

/**
 * The Teams clients the simulator plays (`?client=`), as teams-js `HostClientType` names them
 * (`app.host.clientType`, the legacy context's `hostClientType`).
 */
export const SIMULATED_CLIENT_TYPES = ['web', 'desktop', 'android', 'ios'] as const;
export type SimulatedClientType = (typeof SIMULATED_CLIENT_TYPES)[number];

export const DEFAULT_CLIENT_TYPE: SimulatedClientType = 'web';
/** The default client; kept under its old name for callers that only know one. */
export const HOST_CLIENT_TYPE = DEFAULT_CLIENT_TYPE;

export function isSimulatedClientType(value: unknown): value is SimulatedClientType {
  return typeof value === 'string' && (SIMULATED_CLIENT_TYPES as readonly string[]).includes(value);
}

/** Teams on a phone: its meeting has no share-to-stage for apps, and one side panel at phone width. */
export function isMobileClientType(client: SimulatedClientType): boolean {
  return client === 'android' || client === 'ios';
}

export interface HostRuntimeConfig {
  readonly apiVersion: 4;
  readonly isLegacyTeams: boolean;
  readonly isNAAChannelRecommended: boolean;
  readonly hostVersionsInfo: {
    readonly adaptiveCardSchemaVersion: { readonly majorVersion: number; readonly minorVersion: number };
  };
  readonly supports: Readonly<Record<string, object>>;
}

/**
 * Only capabilities the Customer Pulse tab may use are declared, so that a tab calling
 * something else sees `isSupported() === false`, as it would in a host without it.
 *
 * `app.notifySuccessResponse` makes teams-js wait for the host to acknowledge
 * `appInitialization.success`, so `app.notifySuccess()` resolves with
 * `hasFinishedSuccessfully: true` instead of `'unknown'`.
 *
 * `meeting` and `authentication` are not runtime-gated in teams-js 2.58 (their calls are
 * sent whatever the runtime says); they are listed to document intent and for newer
 * teams-js versions that may check them.
 *
 * `people` is Teams' people picker (`people.isSupported()` reads `supports.people`). teams-js
 * itself allows `people.selectPeople` only in content, task and settings frames, so a side
 * panel never sends it, whatever the runtime says.
 */
export const HOST_RUNTIME_CONFIG: HostRuntimeConfig = {
  apiVersion: 4,
  isLegacyTeams: false,
  isNAAChannelRecommended: false,
  hostVersionsInfo: { adaptiveCardSchemaVersion: { majorVersion: 1, minorVersion: 5 } },
  supports: {
    app: { notifySuccessResponse: {} },
    authentication: {},
    meeting: {},
    pages: { config: {} },
    people: {},
    teamsCore: {},
  },
};

/**
 * A personal app in Outlook or the Microsoft 365 app: no meetings, no tab configuration, no
 * Teams-only capabilities. Declaring only these lets the simulator show that the leadership
 * view asks for nothing else (a call to anything else answers "not supported").
 */
export const OTHER_HOST_RUNTIME_CONFIG: HostRuntimeConfig = {
  apiVersion: 4,
  isLegacyTeams: false,
  isNAAChannelRecommended: false,
  hostVersionsInfo: { adaptiveCardSchemaVersion: { majorVersion: 1, minorVersion: 5 } },
  supports: {
    app: { notifySuccessResponse: {} },
    authentication: {},
  },
};
