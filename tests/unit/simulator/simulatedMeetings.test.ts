import { describe, expect, it } from 'vitest';
import {
  MEETING_CHAT_IDS,
  MEETING_KINDS,
  meetingDetailsOf,
  meetingRoleOf,
  SIMULATED_FORMER_MEMBER,
  SIMULATED_MEETING,
  SIMULATED_MEETINGS,
  SIMULATED_PARTICIPANTS,
} from '../../../api/local/simulatedMeeting';

describe('the simulated meetings', () => {
  it('keeps the channel meeting as the default world, with the ids stored data already uses', () => {
    expect(SIMULATED_MEETING).toBe(SIMULATED_MEETINGS.channel);
    expect(SIMULATED_MEETING.chatId).toBe('19:meeting_NzQ5ZjFlYzEtY2E3Ni00ZjUyLWI3ZTItMzFmODk4ZjJkYmNh@thread.v2');
    expect(SIMULATED_MEETING.id).toBe('MCMxOTptZWV0aW5nX056UTVaakZsWXpFdFkyRTNOaTAwWmpVeUxXSTNaVEl0TXpGbU9EazRaakprWW1OaEB0aHJlYWQudjIjMA==');
  });

  it('gives every kind its own meeting chat and a meeting id of base64 0#<chat>#0', () => {
    const chats = new Set(MEETING_KINDS.map((kind) => SIMULATED_MEETINGS[kind].chatId));
    expect(chats.size).toBe(MEETING_KINDS.length);
    for (const kind of MEETING_KINDS) {
      const meeting = SIMULATED_MEETINGS[kind];
      expect(meeting.chatId).toMatch(/^19:meeting_[A-Za-z0-9+/]+@thread\.v2$/);
      expect(atob(meeting.id)).toBe(`0#${meeting.chatId}#0`);
      expect(meeting.hasTeam).toBe(kind === 'channel');
    }
    expect([...MEETING_CHAT_IDS].sort()).toEqual([...chats].sort());
  });

  it('names each kind as Teams does in the meeting details', () => {
    expect(MEETING_KINDS.map((kind) => SIMULATED_MEETINGS[kind].type)).toEqual(['ChannelScheduled', 'Scheduled', 'MeetNow', 'Recurring']);
  });

  it('makes the organizer the organizer and the others presenters or attendees', () => {
    const [ava, ben] = SIMULATED_PARTICIPANTS;
    expect(meetingRoleOf(ava!, 'attendee')).toBe('Organizer');
    expect(meetingRoleOf(ben!, 'presenter')).toBe('Presenter');
    expect(meetingRoleOf(ben!, 'attendee')).toBe('Attendee');
    expect(SIMULATED_FORMER_MEMBER.key).toBe('oscar');
  });
});

describe('meetingDetailsOf', () => {
  it('answers each occurrence of the recurring series with its own times and the series id and chat', () => {
    const { occurrences } = SIMULATED_MEETINGS.recurring;
    expect(occurrences.length).toBeGreaterThanOrEqual(4);
    const answers = occurrences.map((_, index) => meetingDetailsOf('recurring', index + 1));
    expect(new Set(answers.map((answer) => answer.details.id))).toEqual(new Set([SIMULATED_MEETINGS.recurring.id]));
    expect(new Set(answers.map((answer) => answer.conversation.id))).toEqual(new Set([SIMULATED_MEETINGS.recurring.chatId]));
    const starts = answers.map((answer) => Date.parse(answer.details.scheduledStartTime));
    for (let index = 1; index < starts.length; index += 1) {
      expect(starts[index]! - starts[index - 1]!).toBe(7 * 24 * 60 * 60 * 1000);
    }
    expect(answers[2]!.details).toMatchObject({ type: 'Recurring', scheduledStartTime: occurrences[2]!.scheduledStartTime, scheduledEndTime: occurrences[2]!.scheduledEndTime });
  });

  it('clamps an occurrence outside the series, and a one-off meeting has only its first', () => {
    const last = SIMULATED_MEETINGS.recurring.occurrences.at(-1)!;
    expect(meetingDetailsOf('recurring', 99).details.scheduledStartTime).toBe(last.scheduledStartTime);
    expect(meetingDetailsOf('recurring', 0).details.scheduledStartTime).toBe(SIMULATED_MEETINGS.recurring.scheduledStartTime);
    expect(meetingDetailsOf('scheduled', 3).details.scheduledStartTime).toBe(SIMULATED_MEETINGS.scheduled.scheduledStartTime);
  });

  it('answers the channel meeting as a ChannelScheduled meeting with the organizer', () => {
    const answer = meetingDetailsOf('channel');
    expect(answer.details).toMatchObject({ id: SIMULATED_MEETING.id, type: 'ChannelScheduled', title: SIMULATED_MEETING.title });
    expect(answer.organizer.id).toBe(SIMULATED_PARTICIPANTS[0]!.userId);
  });
});
