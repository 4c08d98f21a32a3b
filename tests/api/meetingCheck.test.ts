/** A meeting has one open check, however many people press Start at once. */
import { describe, expect, it } from 'vitest';
import { callApi, newTeamId, participant, tenantA } from '../support/apiClient.ts';

describe('starting a check in a meeting', () => {
  it('gives one 201 to simultaneous Starts and points the others to that check; after the close a new one can start', async () => {
    const teamId = newTeamId();
    const meetingId = `MCMxOTptZWV0aW5nX${crypto.randomUUID()}==`;
    const people = await Promise.all(Array.from({ length: 5 }, (_, index) => participant(tenantA, `Starter ${index}`, undefined, [teamId])));
    const starts = await Promise.all(people.map((person) => person.createSession({ teamId, meetingId })));
    const created = starts.filter((start) => start.status === 201);
    expect(created).toHaveLength(1);
    const winner = created[0]!.body.id as string;
    for (const lost of starts.filter((start) => start.status !== 201)) {
      expect(lost.status).toBe(409);
      expect(lost.headers.get('location')).toBe(`/api/sessions/${winner}`);
      expect(lost.body.error.message).toMatch(/already open in this meeting/);
    }
    const open = await callApi('GET', `/api/sessions?meetingId=${encodeURIComponent(meetingId)}&state=open`, { token: people[0]!.token });
    expect(open.body.sessions.map((session: { id: string }) => session.id)).toEqual([winner]);

    const facilitator = people[starts.findIndex((start) => start.status === 201)]!;
    expect((await facilitator.close(winner)).status).toBe(200);
    expect((await people[1]!.createSession({ teamId, meetingId })).status).toBe(201);
  });

  it('lets another team hold a check in a meeting with the same id', async () => {
    const meetingId = `meeting-${crypto.randomUUID()}`;
    const [ava, mallory] = await Promise.all([participant(tenantA, 'Ava'), participant(tenantA, 'Mallory')]);
    expect((await mallory.createSession({ meetingId })).status).toBe(201);
    expect((await ava.createSession({ meetingId })).status).toBe(201);
  });
});
