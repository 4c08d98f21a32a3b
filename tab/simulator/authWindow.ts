/**
 * Plays Teams for `authentication.authenticate`: opens the app's page in a popup window,
 * answers teams-js in that window (its `initialize` gets frameContext `authentication`), and
 * settles when the page calls `authentication.notifySuccess(result)` / `notifyFailure(reason)`
 * (sent as `authentication.authenticate.success` / `.failure`) or the user closes the window.
 *
 * Reply to the tab: `[true, result]` or `[false, reason]`; teams-js rejects with
 * `new Error(reason)`. The reasons Teams gives for a window that was closed or could not be
 * opened are `CancelledByUser` and `FailedToOpenWindow`
 * (https://learn.microsoft.com/javascript/api/@microsoft/teams-js/authentication).
 */
import { HOST_CLIENT_SUPPORTED_SDK_VERSION, HOST_CLIENT_TYPE, HOST_RUNTIME_CONFIG } from './hostRuntime';
import { isTeamsRequest, notSupportedArgs, type TeamsResponse } from './teamsProtocol';

export type AuthenticateReply = readonly [true, string] | readonly [false, string];

export const AUTH_WINDOW_REASONS = {
  closed: 'CancelledByUser',
  blocked: 'FailedToOpenWindow',
} as const;

/** Teams keeps the window between these sizes whatever the app asks for. */
const MIN_SIZE = 200;
const MAX_SIZE = 1000;
/** How often the host looks whether the user closed the window. */
const CLOSED_POLL_MS = 250;

export interface AuthWindowOptions {
  readonly url: URL;
  readonly width?: number;
  readonly height?: number;
  /** Every teams-js message from the window, for the host log. */
  readonly onMessage?: (func: string) => void;
}

export function runAuthenticationWindow(options: AuthWindowOptions): Promise<AuthenticateReply> {
  const size = (value: number | undefined, fallback: number) =>
    Math.round(Math.min(MAX_SIZE, Math.max(MIN_SIZE, Number.isFinite(value) ? (value as number) : fallback)));
  // Not `noopener`: teams-js in the window talks to its host through window.opener.
  const popup = window.open(options.url.href, '_blank', `popup,width=${size(options.width, 600)},height=${size(options.height, 535)}`);
  if (!popup) return Promise.resolve([false, AUTH_WINDOW_REASONS.blocked]);

  return new Promise<AuthenticateReply>((resolve) => {
    let settled = false;
    const finish = (reply: AuthenticateReply) => {
      if (settled) return;
      settled = true;
      window.removeEventListener('message', onMessage);
      clearInterval(closedPoll);
      resolve(reply);
    };
    const onMessage = (event: MessageEvent) => {
      if (event.source !== popup || event.origin !== location.origin || !isTeamsRequest(event.data)) return;
      const request = event.data;
      options.onMessage?.(request.func);
      const [first] = request.args;
      switch (request.func) {
        case 'initialize':
          reply(request.id, request.uuidAsString, [
            'authentication',
            HOST_CLIENT_TYPE,
            JSON.stringify(HOST_RUNTIME_CONFIG),
            HOST_CLIENT_SUPPORTED_SDK_VERSION,
          ]);
          return;
        case 'authentication.authenticate.success':
          finish([true, typeof first === 'string' ? first : '']);
          return;
        case 'authentication.authenticate.failure':
          finish([false, typeof first === 'string' && first ? first : 'Failed']);
          return;
        default:
          reply(request.id, request.uuidAsString, notSupportedArgs(request.func));
      }
    };
    const reply = (id: number, uuidAsString: string | undefined, args: readonly unknown[]) => {
      const response: TeamsResponse = { id, uuidAsString, args };
      popup.postMessage(response, location.origin);
    };
    // The page's notify* closes the window a moment after its message; a window closed without
    // one is the user giving up.
    const closedPoll = setInterval(() => {
      if (popup.closed) finish([false, AUTH_WINDOW_REASONS.closed]);
    }, CLOSED_POLL_MS);
    window.addEventListener('message', onMessage);
  });
}
