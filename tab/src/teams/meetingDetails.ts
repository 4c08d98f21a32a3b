/**
 * What Teams says about the running meeting beyond the context, from teams-js
 * `meeting.getMeetingDetails`: which occurrence it is and its title.
 *
 * Why this call: every occurrence of a recurring Teams meeting has the same `meeting.id` and chat
 * (the context cannot tell them apart), while the meeting details name the occurrence's
 * `details.scheduledStartTime`. A meeting without a team has no name in the context either; its
 * `details.title` names the checks filed under its chat. teams-js marks the call `@hidden`; its
 * documented counterpart is the Bot Framework meeting details API (`GET /v1/meetings/{meetingId}`,
 * https://learn.microsoft.com/microsoftteams/platform/apps-in-teams-meetings/meeting-apps-apis),
 * which needs a bot. Both need the RSC permission `OnlineMeeting.ReadBasic.Chat`
 * (`ChannelMeeting.ReadBasic.Group` in channel meetings), declared in the manifest.
 *
 * Where Teams cannot say (a client without the call, a refusal, no answer in time) the details
 * are empty: the API then places checks by their age (api/src/domain/occurrence.ts).
 */
import { meeting } from '@microsoft/teams-js';

export interface MeetingDetails {
  /** The occurrence's scheduled start (ISO, UTC). */
  readonly scheduledStart?: string;
  readonly title?: string;
}

/** Teams answers from its own meeting cache; an answer that takes longer is not waited for. */
const DETAILS_TIMEOUT_MS = 3_000;

export function getMeetingDetails(): Promise<MeetingDetails> {
  return new Promise<MeetingDetails>((resolve) => {
    const timer = setTimeout(() => resolve({}), DETAILS_TIMEOUT_MS);
    const settle = (details: MeetingDetails) => {
      clearTimeout(timer);
      resolve(details);
    };
    try {
      meeting.getMeetingDetails((error, response) => {
        if (error || !response) return settle({});
        const { scheduledStartTime } = response.details;
        const title = 'title' in response.details ? response.details.title?.trim() : undefined;
        settle({
          ...(scheduledStartTime && !Number.isNaN(Date.parse(scheduledStartTime)) ? { scheduledStart: new Date(scheduledStartTime).toISOString() } : {}),
          ...(title ? { title } : {}),
        });
      });
    } catch {
      // teams-js throws synchronously where the host has no meetings (not a meeting frame).
      settle({});
    }
  });
}
