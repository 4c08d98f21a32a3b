/**
 * Sharing the tab to the meeting stage, through teams-js' callback APIs wrapped as promises.
 * Teams decides who may share (meeting role and policy); the app only asks and obeys.
 */
import { app, HostClientType, meeting, type SdkError } from '@microsoft/teams-js';

/** A refusal or failure from Teams, with a message fit to show. */
export class StageSharingError extends Error {
  constructor(
    message: string,
    readonly errorCode?: number,
  ) {
    super(message);
    this.name = 'StageSharingError';
  }
}

/**
 * Whether Teams lets this user share the app to the stage. Rejects when Teams cannot say
 * (not in a meeting frame, host error); callers treat that as "no".
 */
export function getStageSharePermission(): Promise<boolean> {
  return new Promise<boolean>((resolve, reject) => {
    try {
      meeting.getAppContentStageSharingCapabilities((error, capabilities) => {
        if (error) reject(errorFrom(error));
        else resolve(capabilities?.doesAppHaveSharePermission === true);
      });
    } catch (error) {
      // teams-js throws synchronously outside a side panel or stage frame.
      reject(new StageSharingError(error instanceof Error ? error.message : String(error)));
    }
  });
}

/** Opens `url` on the meeting stage for everyone; rejects with Teams' reason when it does not. */
export function shareToStage(url: string): Promise<void> {
  return new Promise<void>((resolve, reject) => {
    try {
      meeting.shareAppContentToStage((error, result) => {
        if (error) reject(errorFrom(error));
        else if (result === false) reject(new StageSharingError('Teams did not share the content.'));
        else resolve();
      }, url);
    } catch (error) {
      reject(new StageSharingError(error instanceof Error ? error.message : String(error)));
    }
  });
}

/**
 * Whether the app is on the meeting stage right now (someone shared it, maybe from another
 * panel); rejects when Teams cannot say.
 */
export function getStageSharingState(): Promise<boolean> {
  return new Promise<boolean>((resolve, reject) => {
    try {
      meeting.getAppContentStageSharingState((error, state) => {
        if (error) reject(errorFrom(error));
        else resolve(state?.isAppSharing === true);
      });
    } catch (error) {
      reject(new StageSharingError(error instanceof Error ? error.message : String(error)));
    }
  });
}

/** Takes the app off the meeting stage for everyone. */
export function stopSharingToStage(): Promise<void> {
  return new Promise<void>((resolve, reject) => {
    try {
      meeting.stopSharingAppContentToStage((error, result) => {
        if (error) reject(errorFrom(error));
        else if (result === false) reject(new StageSharingError('Teams did not stop sharing.'));
        else resolve();
      });
    } catch (error) {
      reject(new StageSharingError(error instanceof Error ? error.message : String(error)));
    }
  });
}

/**
 * Teams on phones and tablets shows no app on the meeting stage: the panel says so instead of
 * offering a share that cannot work
 * (https://learn.microsoft.com/microsoftteams/platform/apps-in-teams-meetings/build-apps-for-teams-meeting-stage).
 */
export async function isMobileClient(): Promise<boolean> {
  try {
    const clientType = (await app.getContext()).app.host.clientType;
    return clientType === HostClientType.android || clientType === HostClientType.ios || clientType === HostClientType.ipados;
  } catch {
    return false;
  }
}

function errorFrom(error: SdkError): StageSharingError {
  return new StageSharingError(error.message || `Teams error ${error.errorCode}`, error.errorCode);
}
