/**
 * Sharing the tab to the meeting stage, through teams-js' callback APIs wrapped as promises.
 * Teams decides who may share (meeting role and policy); the app only asks and obeys.
 */
import { meeting, type SdkError } from '@microsoft/teams-js';

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

function errorFrom(error: SdkError): StageSharingError {
  return new StageSharingError(error.message || `Teams error ${error.errorCode}`, error.errorCode);
}
