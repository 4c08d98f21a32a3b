/**
 * Team data only for the team: every team-scoped route asks here. Someone outside the team
 * gets the very 404 an unknown team or check gets, so team ids (which any employee can list)
 * cannot be probed for what exists.
 */
import type { Caller } from '../auth/caller.ts';
import { DirectoryUnavailable } from '../auth/graph.ts';
import type { Services } from '../services.ts';
import { notFound, unavailable, type HttpError } from './errors.ts';

/** The one answer for a check that does not exist and for one of a team the caller is not in. */
export const sessionNotFound = (sessionId: string) => notFound(`Session ${sessionId} was not found`);

export async function requireTeamMember(
  deps: Services,
  caller: Caller,
  teamId: string,
  hidden: () => HttpError = () => notFound(`Team ${teamId} was not found`),
): Promise<void> {
  if (!(await isTeamMember(deps, caller, teamId))) throw hidden();
}

/** Graph failing is a 503 with Retry-After: never a silent yes, nor a silent no. */
export async function isTeamMember(deps: Services, caller: Caller, teamId: string): Promise<boolean> {
  try {
    return await deps.membership.isMember(caller, teamId);
  } catch (error) {
    if (error instanceof DirectoryUnavailable) throw unavailable(error.message, error.retryAfterSeconds);
    throw error;
  }
}

/**
 * A check's team never changes, so it is remembered per instance: the results poll (answered
 * from memory most of the time) checks membership without reading the check each time.
 */
const teamOfSession = new Map<string, string>();
const maxRemembered = 50_000;

export async function requireSessionMember(deps: Services, caller: Caller, sessionId: string): Promise<void> {
  const key = `${caller.tenantId}/${sessionId}`;
  let teamId = teamOfSession.get(key);
  if (teamId === undefined) {
    const stored = await deps.sessions.find(caller.tenantId, sessionId);
    if (!stored) throw sessionNotFound(sessionId);
    teamId = stored.session.teamId;
    if (teamOfSession.size >= maxRemembered) teamOfSession.delete(teamOfSession.keys().next().value as string);
    teamOfSession.set(key, teamId);
  }
  await requireTeamMember(deps, caller, teamId, () => sessionNotFound(sessionId));
}
