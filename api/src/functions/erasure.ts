/**
 * Erasure (GDPR): a team's whole data, or one person's ratings across the tenant. Deleting a
 * team is for admins only (app role or configured admin list); anyone may erase their own
 * ratings, and an admin may erase anyone's. Summaries of checks that lose ratings are
 * recomputed through the publication rule (domain/publication.ts): history drops erased ratings
 * in steps that never tell one person's ratings, so a lone erasure waits for enough others.
 * One person's ratings are found through the index of the checks they rated
 * (storage/voterChecksTable.ts): erasing them costs their own checks, not the tenant's.
 */
import { app } from '@azure/functions';
import type { Caller } from '../auth/caller.ts';
import { isAdmin } from '../auth/caller.ts';
import { teamIdParamsSchema, userIdParamsSchema, type ErasureResponse } from '../contract/index.ts';
import type { Session } from '../domain/session.ts';
import { forbidden } from '../http/errors.ts';
import { parseParams } from '../http/parse.ts';
import { authenticated, json } from '../http/respond.ts';
import { summaryGraceMs, writeSummary } from '../http/teamHistory.ts';
import type { Services } from '../services.ts';

type Deleted = ErasureResponse['deleted'];
const nothingDeleted = (): Deleted => ({ sessions: 0, votes: 0, answers: 0, participants: 0, actions: 0, summaries: 0, registerEntries: 0, templates: 0 });

export const eraseTeamData = authenticated(async (request, context, caller, deps) => {
  const { teamId } = parseParams(request, teamIdParamsSchema);
  requireAdmin(deps, caller);
  const deleted = nothingDeleted();
  for (const session of await deps.sessions.listForTeam(caller.tenantId, teamId)) {
    const [votes, answers, participants] = await Promise.all([
      deps.votes.deleteForSession(caller.tenantId, session.id),
      deps.answers.deleteForSession(caller.tenantId, session.id),
      deps.participants.deleteForSession(caller.tenantId, session.id),
      deps.publications.deleteForSession(caller.tenantId, session.id),
      deps.quotas.deleteForScope(caller.tenantId, session.id),
    ]);
    await deps.sessions.delete(caller.tenantId, session.id);
    deps.resultsCache.invalidate(caller.tenantId, session.id);
    deleted.sessions += 1;
    deleted.votes += votes;
    deleted.answers += answers;
    deleted.participants += participants;
  }
  deleted.actions = await deps.actions.deleteForTeam(caller.tenantId, teamId);
  deleted.summaries = await deps.summaries.deleteForTeam(caller.tenantId, teamId);
  // The team's own templates go too; the checks that ran them are gone already.
  deleted.templates = await deps.templates.deleteForTeam(caller.tenantId, teamId);
  deleted.registerEntries = await deps.registers.deleteForTeam(caller.tenantId, teamId);
  await deps.teamSettings.delete(caller.tenantId, teamId);
  await deps.leadershipRollup.delete(caller.tenantId, teamId);
  await deps.quotas.deleteForScope(caller.tenantId, teamId);
  context.log('Team data erased', { ...deleted });
  return json(200, { deleted } satisfies ErasureResponse);
});

export const eraseMyVotes = authenticated(async (_request, context, caller, deps) => {
  const deleted = await eraseVotesOf(deps, caller);
  context.log('Own votes erased', { votes: deleted.votes });
  return json(200, { deleted } satisfies ErasureResponse);
});

export const eraseUserVotes = authenticated(async (request, context, caller, deps) => {
  const { userId } = parseParams(request, userIdParamsSchema);
  requireAdmin(deps, caller);
  const deleted = await eraseVotesOf(deps, { tenantId: caller.tenantId, userId });
  context.log('A user’s votes erased by an admin', { votes: deleted.votes });
  return json(200, { deleted } satisfies ErasureResponse);
});

async function eraseVotesOf(deps: Services, person: Pick<Caller, 'tenantId' | 'userId'>): Promise<Deleted> {
  const deleted = nothingDeleted();
  const { tenantId } = person;
  const voterKey = deps.pseudonym('voter', person);
  for (const sessionId of await deps.voterChecks.listSessions(tenantId, voterKey)) {
    // Read before the votes go, so that a row is forgotten only when no rating can follow them.
    const session = (await deps.sessions.find(tenantId, sessionId))?.session;
    // Also where the check is gone (its team's data erased): a vote that passed the open-check
    // just before that erasure may have landed after it.
    const votes = await deps.votes.deleteForVoter(tenantId, sessionId, voterKey);
    deleted.votes += votes;
    if (session && votes > 0) {
      await deps.votes.bumpVersion(tenantId, sessionId);
      deps.resultsCache.invalidate(tenantId, sessionId);
      if (session.state === 'closed') await writeSummary(deps, session); // rewritten without them
    }
    if (!session || takesNoMoreRatings(session, deps.now())) await deps.voterChecks.forget(tenantId, voterKey, sessionId);
  }
  return deleted;
}

/**
 * Closed, and past the grace for a vote that passed the open-check just before the close. An
 * open check keeps the person's index row (see storage/voterChecksTable.ts for why).
 */
function takesNoMoreRatings(session: Session, now: Date): boolean {
  if (session.state !== 'closed') return false;
  return session.closedAt === undefined || now.getTime() >= Date.parse(session.closedAt) + summaryGraceMs;
}

function requireAdmin(deps: Services, caller: Caller): void {
  if (!isAdmin(caller, deps.config.adminUserIds)) {
    throw forbidden('Only an admin of Customer Pulse may do this (app role CustomerPulse.Admin)');
  }
}

app.http('eraseTeamData', { route: 'teams/{teamId}/data', methods: ['DELETE'], authLevel: 'anonymous', handler: eraseTeamData });
app.http('eraseMyVotes', { route: 'me/votes', methods: ['DELETE'], authLevel: 'anonymous', handler: eraseMyVotes });
app.http('eraseUserVotes', { route: 'users/{userId}/votes', methods: ['DELETE'], authLevel: 'anonymous', handler: eraseUserVotes });
