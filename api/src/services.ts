/**
 * The handlers' dependencies, built once per process from the app settings.
 */
import type { Caller } from './auth/caller.ts';
import { tokenVerifier, type TokenVerifier } from './auth/caller.ts';
import { graphDirectory, type Directory } from './auth/graph.ts';
import { teamMembership, type Membership } from './auth/membership.ts';
import { pseudonymOf, type PseudonymPurpose } from './auth/pseudonyms.ts';
import { configFromEnv, type ApiConfig } from './config.ts';
import { fixedWindowLimiter, type RateLimiter } from './http/rateLimit.ts';
import { resultsCache, type ResultsCache } from './http/resultsCache.ts';
import { actionsTable, type ActionsTable } from './storage/actionsTable.ts';
import { answersTable, type AnswersTable } from './storage/answersTable.ts';
import { leadershipRollupTable, type LeadershipRollupTable } from './storage/leadershipRollupTable.ts';
import { participantsTable, type ParticipantsTable } from './storage/participantsTable.ts';
import { publicationsTable, type PublicationsTable } from './storage/publicationsTable.ts';
import { quotasTable, type QuotasTable } from './storage/quotasTable.ts';
import { meetingChecksTable, type MeetingChecksTable } from './storage/meetingChecksTable.ts';
import { registersTable, type RegistersTable } from './storage/registersTable.ts';
import { sessionsTable, type SessionsTable } from './storage/sessionsTable.ts';
import { summariesTable, type SummariesTable } from './storage/summariesTable.ts';
import { teamSettingsTable, type TeamSettingsTable } from './storage/teamSettingsTable.ts';
import { tablesFor } from './storage/tables.ts';
import { templatesTable, type TemplatesTable } from './storage/templatesTable.ts';
import { votesTable, type VotesTable } from './storage/votesTable.ts';
import { voterChecksTable, type VoterChecksTable } from './storage/voterChecksTable.ts';

export interface Services {
  config: ApiConfig;
  verifyToken: TokenVerifier;
  /** Whether a caller belongs to a team: http/teamAccess.ts is how routes ask. */
  membership: Membership;
  /** Microsoft Graph on behalf of the caller: membership asks it, and the personal app lists the caller's teams and meeting chats. */
  directory: Directory;
  /** The caller's key for one purpose: see auth/pseudonyms.ts for why there are several. */
  pseudonym(purpose: PseudonymPurpose, caller: Pick<Caller, 'tenantId' | 'userId'>): string;
  sessions: SessionsTable;
  votes: VotesTable;
  answers: AnswersTable;
  participants: ParticipantsTable;
  actions: ActionsTable;
  summaries: SummariesTable;
  teamSettings: TeamSettingsTable;
  templates: TemplatesTable;
  registers: RegistersTable;
  publications: PublicationsTable;
  quotas: QuotasTable;
  meetingChecks: MeetingChecksTable;
  /** Which checks a person rated, for erasing their ratings: storage/voterChecksTable.ts. */
  voterChecks: VoterChecksTable;
  /** The leadership view's read model, one row per team: http/leadershipRollup.ts keeps it. */
  leadershipRollup: LeadershipRollupTable;
  resultsCache: ResultsCache;
  voteLimiter: RateLimiter;
  now(): Date;
}

export function createServices(config: ApiConfig): Services {
  const tables = tablesFor(config.storageConnectionString);
  const directory = graphDirectory(config.directory);
  return {
    config,
    verifyToken: tokenVerifier(config.auth),
    membership: teamMembership(directory, config.membership),
    directory,
    pseudonym: (purpose, caller) => pseudonymOf(config.voterKeySecret, purpose, caller.tenantId, caller.userId),
    sessions: sessionsTable(tables),
    votes: votesTable(tables),
    answers: answersTable(tables),
    participants: participantsTable(tables),
    actions: actionsTable(tables),
    summaries: summariesTable(tables),
    teamSettings: teamSettingsTable(tables),
    templates: templatesTable(tables),
    registers: registersTable(tables),
    publications: publicationsTable(tables),
    quotas: quotasTable(tables),
    meetingChecks: meetingChecksTable(tables),
    voterChecks: voterChecksTable(tables),
    leadershipRollup: leadershipRollupTable(tables),
    resultsCache: resultsCache(config.resultsCacheMs),
    voteLimiter: fixedWindowLimiter(config.limits.votesPerMinute, 60_000),
    now: () => new Date(),
  };
}

let current: Services | undefined;

export function services(): Services {
  current ??= createServices(configFromEnv());
  return current;
}

/** For tests and the local host: use these services instead of the ones from the environment. */
export function useServices(next: Services | undefined): void {
  current = next;
}
