/**
 * The postMessage wire format spoken between @microsoft/teams-js (in the app frame) and
 * its host, as implemented by teams-js 2.58 (internal/communication.ts and
 * internal/messageObjects.ts):
 *
 * - app → host request:  { id: number, uuidAsString: string, func: string, args: unknown[], ... }
 * - host → app response: { id, uuidAsString, args: unknown[] }. teams-js matches it to the
 *   pending call by uuidAsString (falling back to the numeric id) and hands `args` to the
 *   caller; what `args` must contain depends on which teams-js helper made the call.
 * - host → app event:    { func: string, args: unknown[] } with NO numeric `id`; teams-js
 *   treats anything with a numeric id as a response, so events must not carry one.
 */

export interface TeamsRequest {
  readonly id: number;
  readonly uuidAsString?: string;
  readonly func: string;
  readonly args: readonly unknown[];
  readonly apiVersionTag?: string;
}

export interface TeamsResponse {
  readonly id: number;
  readonly uuidAsString?: string;
  readonly args: readonly unknown[];
}

export interface TeamsEvent {
  readonly func: string;
  readonly args: readonly unknown[];
}

/** teams-js `SdkError`: anything with an `errorCode` is treated as an error by teams-js. */
export interface SdkError {
  readonly errorCode: number;
  readonly message?: string;
}

/** The subset of teams-js `ErrorCode` values the simulator reports. */
export const ErrorCode = {
  NOT_SUPPORTED_ON_PLATFORM: 100,
  INTERNAL_ERROR: 500,
  /** "API isn't supported in the current context", e.g. share to stage on Teams mobile. */
  NOT_SUPPORTED_IN_CURRENT_CONTEXT: 501,
  PERMISSION_DENIED: 1000,
  INVALID_ARGUMENTS: 4000,
  /** The user closed what the host showed without finishing, e.g. the people picker. */
  USER_ABORT: 8000,
} as const;

export function isTeamsRequest(data: unknown): data is TeamsRequest {
  if (typeof data !== 'object' || data === null) return false;
  const candidate = data as Partial<Record<keyof TeamsRequest, unknown>>;
  return (
    typeof candidate.id === 'number' &&
    typeof candidate.func === 'string' &&
    (candidate.args === undefined || Array.isArray(candidate.args))
  );
}

export function sdkError(errorCode: number, message: string): SdkError {
  return { errorCode, message };
}

/**
 * APIs that teams-js resolves through `sendAndHandleStatusAndReason` or an equivalent
 * `[success, reason]` check. They read the first response arg as a success flag, so the
 * usual `[SdkError]` reply would look like success to them; they get `[false, reason]`.
 */
const STATUS_AND_REASON_FUNCS: ReadonlySet<string> = new Set([
  'authentication.authenticate',
  'executeDeepLink',
  'navigateBack',
  'navigateCrossDomain',
  'navigateToTab',
  'pages.navigateToApp',
]);

/**
 * The reply for a request the simulator does not implement. Most teams-js APIs (promise
 * helpers that check `isSdkError`, and `(error, result)` callbacks) reject on an SdkError in
 * the first arg; the `[success, reason]` ones get an explicit failure instead. Either way
 * the app sees an error promptly instead of a promise that never settles.
 */
export function notSupportedArgs(func: string): unknown[] {
  const message = `${func} is not supported by the local meeting simulator`;
  if (STATUS_AND_REASON_FUNCS.has(func)) return [false, message];
  // getUser checks a success flag too, but formats its error from an SdkError's fields.
  if (func === 'authentication.getUser') return [false, sdkError(ErrorCode.NOT_SUPPORTED_ON_PLATFORM, message)];
  return [sdkError(ErrorCode.NOT_SUPPORTED_ON_PLATFORM, message)];
}
