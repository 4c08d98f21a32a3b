import { app } from '@azure/functions';
import { randomUUID } from 'node:crypto';
import {
  createSessionRequestSchema,
  listSessionsQuerySchema,
  sessionIdParamsSchema,
  type SessionListResponse,
} from '../contract/index.ts';
import { isSameOccurrence, type MeetingOccurrence } from '../domain/occurrence.ts';
import { closeSession as closedSession, defaultSessionTitle, type Session } from '../domain/session.ts';
import { conflictAt, tooManyRequests } from '../http/errors.ts';
import { retryOnConcurrentChange } from '../http/concurrentChanges.ts';
import { parseJsonBody, parseParams, validate } from '../http/parse.ts';
import { secondsUntilNextUtcDay, takeQuota } from '../http/quotas.ts';
import { authenticated, json } from '../http/respond.ts';
import { isTeamMember, requireTeamMember } from '../http/teamAccess.ts';
import { changeSession } from '../http/sessionChanges.ts';
import { writeSummary } from '../http/teamHistory.ts';
import { actorOf, callersSessionView, findCallersSession } from '../http/sessionViews.ts';
import { requireTemplateForTeam } from '../http/templateLookup.ts';
import type { Caller } from '../auth/caller.ts';
import type { Services } from '../services.ts';

export const createSession = authenticated(async (request, context, caller, deps) => {
  const body = await parseJsonBody(request, createSessionRequestSchema);
  await requireTeamMember(deps, caller, body.teamId);
  const template = await requireTemplateForTeam(deps, caller.tenantId, body.templateId, body.teamId);
  const now = deps.now();
  const id = randomUUID();
  // First, so that a second Start in the same meeting uses none of the limits below.
  const occurrence = { scheduledStart: body.occurrenceStart };
  if (body.meetingId) await claimMeeting(deps, caller, body.teamId, body.meetingId, occurrence, id);
  try {
    await checkDailySessionLimit(deps, caller, body.teamId, now);
    await takeQuota(deps, caller, 'checksPerDay', body.teamId);
  } catch (error) {
    if (body.meetingId) await deps.meetingChecks.release(caller.tenantId, body.teamId, body.meetingId, id);
    throw error;
  }
  const actor = actorOf(deps, caller);
  const session: Session = {
    id,
    tenantId: caller.tenantId,
    teamId: body.teamId,
    teamName: body.teamName,
    title: body.title ?? defaultSessionTitle(template.name, now),
    meetingId: body.meetingId,
    occurrenceStart: body.occurrenceStart,
    templateId: template.id,
    templateVersion: template.version,
    state: 'open',
    facilitatorKey: actor.facilitatorKey,
    facilitatorName: caller.name,
    createdAt: now.toISOString(),
  };
  await deps.sessions.insert(session);
  await Promise.all([joinAsParticipant(deps, caller, session.id), writeSummary(deps, session)]);
  context.log('Session created', { sessionId: session.id, templateId: template.id });
  return json(201, await callersSessionView(deps, caller, session), { Location: `/api/sessions/${session.id}` });
});

/**
 * The meeting occurrence's checks, newest first: how a participant's panel finds the check that
 * was started. Open checks of earlier occurrences of the same meeting (a recurring series keeps
 * its meetingId) come apart, to be closed, never to be joined as today's.
 */
export const listMeetingSessions = authenticated(async (request, _context, caller, deps) => {
  const query = validate(listSessionsQuerySchema, Object.fromEntries(request.query));
  const occurrence = { scheduledStart: query.occurrenceStart };
  const now = deps.now();
  const meetingSessions = await deps.sessions.listForMeeting(caller.tenantId, query.meetingId);
  // A meeting's checks may belong to different teams; each is listed only to that team's members.
  const member = await Promise.all(meetingSessions.map((session) => isTeamMember(deps, caller, session.teamId)));
  const visible = meetingSessions.filter((_, index) => member[index]);
  const thisOccurrence = visible.filter((session) => isSameOccurrence(session, occurrence, now));
  const leftOpen = visible.filter((session) => session.state === 'open' && !isSameOccurrence(session, occurrence, now));
  const viewsOf = (sessions: Session[]) => Promise.all(sessions.map((session) => callersSessionView(deps, caller, session)));
  const [sessions, leftOpenViews] = await Promise.all([
    viewsOf(thisOccurrence.filter((session) => !query.state || session.state === query.state)),
    viewsOf(leftOpen),
  ]);
  return json(200, { sessions, leftOpen: leftOpenViews } satisfies SessionListResponse);
});

export const getSession = authenticated(async (request, _context, caller, deps) => {
  const { sessionId } = parseParams(request, sessionIdParamsSchema);
  const { session } = await findCallersSession(deps, caller, sessionId);
  return json(200, await callersSessionView(deps, caller, session));
});

/** Opening a check in a panel joins it: that is what "7 of 9 have rated" counts. */
export const joinSession = authenticated(async (request, _context, caller, deps) => {
  const { sessionId } = parseParams(request, sessionIdParamsSchema);
  const { session } = await findCallersSession(deps, caller, sessionId);
  await joinAsParticipant(deps, caller, sessionId);
  return json(200, await callersSessionView(deps, caller, session));
});

export const closeSession = authenticated(async (request, context, caller, deps) => {
  const { sessionId } = parseParams(request, sessionIdParamsSchema);
  const closed = await changeSession(deps, caller, sessionId, closedSession);
  await writeSummary(deps, closed);
  context.log('Session closed', { sessionId });
  return json(200, await callersSessionView(deps, caller, closed));
});

/**
 * A meeting occurrence has one open check: the first Start claims the team's meeting (an insert
 * that succeeds once, or a replace of the claim of a check that has closed or belongs to an
 * earlier occurrence), and a Start that loses gets a 409 pointing to the check that won, which
 * its panel then joins. A claim whose check is not stored yet is being started right now, unless
 * it is older than a start ever takes.
 */
async function claimMeeting(
  deps: Services,
  caller: Caller,
  teamId: string,
  meetingId: string,
  occurrence: MeetingOccurrence,
  sessionId: string,
): Promise<void> {
  const now = deps.now();
  await retryOnConcurrentChange(async () => {
    const claimed = await deps.meetingChecks.find(caller.tenantId, teamId, meetingId);
    if (claimed) {
      const existing = (await deps.sessions.find(caller.tenantId, claimed.sessionId))?.session;
      const starting = !existing && now.getTime() - Date.parse(claimed.claimedAt) < claimBeingStartedMs;
      if ((existing?.state === 'open' && isSameOccurrence(existing, occurrence, now)) || starting) {
        throw conflictAt('A check is already open in this meeting; join it instead', `/api/sessions/${claimed.sessionId}`);
      }
    }
    await deps.meetingChecks.claim(caller.tenantId, teamId, meetingId, sessionId, now, claimed?.etag);
  }, 'Someone else is starting a check in this meeting right now; try again');
}

/** Longer than any start takes (a few storage writes), short enough that a crashed one frees its meeting soon. */
const claimBeingStartedMs = 30_000;

/** Guards against scripts creating endless checks; the count comes from the team's summaries. */
async function checkDailySessionLimit(deps: Services, caller: Caller, teamId: string, now: Date): Promise<void> {
  const today = `${now.toISOString().slice(0, 10)}T00:00:00.000Z`;
  const limit = deps.config.limits.sessionsPerTeamPerDay;
  const started = await deps.summaries.listForTeam(caller.tenantId, teamId, { from: today, top: limit });
  if (started.length >= limit) {
    throw tooManyRequests(`This team has started ${limit} checks today; try again tomorrow`, secondsUntilNextUtcDay(now));
  }
}

async function joinAsParticipant(deps: Services, caller: Caller, sessionId: string) {
  const first = await deps.participants.join(caller.tenantId, sessionId, {
    participantKey: deps.pseudonym('participant', caller),
    name: caller.name ?? 'Participant',
    joinedAt: deps.now().toISOString(),
  });
  // The results count participants: a new one changes them (a repeated join changes nothing).
  if (!first) return;
  await deps.votes.bumpVersion(caller.tenantId, sessionId);
  deps.resultsCache.invalidate(caller.tenantId, sessionId);
}

app.http('createSession', { route: 'sessions', methods: ['POST'], authLevel: 'anonymous', handler: createSession });
app.http('listMeetingSessions', { route: 'sessions', methods: ['GET'], authLevel: 'anonymous', handler: listMeetingSessions });
app.http('getSession', { route: 'sessions/{sessionId}', methods: ['GET'], authLevel: 'anonymous', handler: getSession });
app.http('joinSession', { route: 'sessions/{sessionId}/join', methods: ['POST'], authLevel: 'anonymous', handler: joinSession });
app.http('closeSession', { route: 'sessions/{sessionId}/close', methods: ['POST'], authLevel: 'anonymous', handler: closeSession });
