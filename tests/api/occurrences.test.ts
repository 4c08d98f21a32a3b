/**
 * One occurrence, one check: the occurrences of a recurring series share one meetingId, so a
 * check belongs to the occurrence it was started in (its scheduled start), and one that nobody
 * closed last week is offered for closing this week instead of being joined as today's.
 */
import { describe, expect, it } from 'vitest';
import { callApi, newTeamId, participant, tenantA } from '../support/apiClient.ts';

const lastWeek = '2026-11-26T09:00:00.000Z';
const thisWeek = '2026-12-03T09:00:00.000Z';

function meetingList(meetingId: string, occurrenceStart: string | undefined, token: string) {
  const query = new URLSearchParams({ meetingId, state: 'open', ...(occurrenceStart ? { occurrenceStart } : {}) });
  return callApi('GET', `/api/sessions?${query}`, { token });
}

const idsOf = (sessions: { id: string }[]) => sessions.map((session) => session.id);

describe('checks in a recurring meeting', () => {
  it('gives each occurrence its own check and offers last week’s open one for closing, never as today’s', async () => {
    const teamId = newTeamId();
    const meetingId = `MCMxOTptZWV0aW5nX${crypto.randomUUID()}==`;
    const [ava, ben] = await Promise.all([participant(tenantA, 'Ava', undefined, [teamId]), participant(tenantA, 'Ben', undefined, [teamId])]);

    const last = await ava.createSession({ teamId, meetingId, occurrenceStart: lastWeek });
    expect(last.status).toBe(201);
    expect(last.body.occurrenceStart).toBe(lastWeek);

    // This week nobody has started yet: last week's open check is not today's.
    const before = await meetingList(meetingId, thisWeek, ben.token);
    expect(before.status).toBe(200);
    expect(before.body.sessions).toEqual([]);
    expect(idsOf(before.body.leftOpen)).toEqual([last.body.id]);

    // Starting this week's check is not refused by last week's open one.
    const current = await ben.createSession({ teamId, meetingId, occurrenceStart: thisWeek });
    expect(current.status).toBe(201);
    const during = await meetingList(meetingId, thisWeek, ava.token);
    expect(idsOf(during.body.sessions)).toEqual([current.body.id]);
    expect(idsOf(during.body.leftOpen)).toEqual([last.body.id]);

    // A second Start in this occurrence still joins this week's check.
    const second = await ava.createSession({ teamId, meetingId, occurrenceStart: thisWeek });
    expect(second.status).toBe(409);
    expect(second.headers.get('location')).toBe(`/api/sessions/${current.body.id}`);

    // Its facilitator closes last week's check from this week's panel; it is offered no more.
    expect((await ava.close(last.body.id)).status).toBe(200);
    const after = await meetingList(meetingId, thisWeek, ben.token);
    expect(idsOf(after.body.sessions)).toEqual([current.body.id]);
    expect(after.body.leftOpen).toEqual([]);

    // Looked at from last week's occurrence, this week's check is the one left open.
    const fromLastWeek = await meetingList(meetingId, lastWeek, ben.token);
    expect(fromLastWeek.body.sessions).toEqual([]);
    expect(idsOf(fromLastWeek.body.leftOpen)).toEqual([current.body.id]);
  });

  it('counts a check started without an occurrence as the current one for a few hours', async () => {
    const teamId = newTeamId();
    const meetingId = `MCMxOTptZWV0aW5nX${crypto.randomUUID()}==`;
    const ava = await participant(tenantA, 'Ava', undefined, [teamId]);
    const started = await ava.createSession({ teamId, meetingId });
    const listed = await meetingList(meetingId, undefined, ava.token);
    expect(idsOf(listed.body.sessions)).toEqual([started.body.id]);
    expect(listed.body.leftOpen).toEqual([]);
    expect((await ava.createSession({ teamId, meetingId })).status).toBe(409);
  });

  it('refuses an occurrence that is no point in time', async () => {
    const teamId = newTeamId();
    const ava = await participant(tenantA, 'Ava', undefined, [teamId]);
    const refused = await ava.createSession({ teamId, meetingId: 'meeting-1', occurrenceStart: 'next Tuesday' });
    expect(refused.status).toBe(400);
    expect(refused.body.error.message).toMatch(/occurrenceStart must be a date and time/);
    const listed = await meetingList('meeting-1', 'soon', ava.token);
    expect(listed.status).toBe(400);
  });
});
