/**
 * The handlers' dependencies, built once per process from the app settings.
 */
import { tokenVerifier, type TokenVerifier } from './auth/caller.ts';
import { voterKeyOf } from './auth/voterKey.ts';
import { configFromEnv, type ApiConfig } from './config.ts';
import { answersTable, type AnswersTable } from './storage/answersTable.ts';
import { sessionsTable, type SessionsTable } from './storage/sessionsTable.ts';
import { tablesFor } from './storage/tables.ts';
import { votesTable, type VotesTable } from './storage/votesTable.ts';

export interface Services {
  config: ApiConfig;
  verifyToken: TokenVerifier;
  voterKey(tenantId: string, userId: string): string;
  sessions: SessionsTable;
  votes: VotesTable;
  answers: AnswersTable;
  now(): Date;
}

export function createServices(config: ApiConfig): Services {
  const tables = tablesFor(config.storageConnectionString);
  return {
    config,
    verifyToken: tokenVerifier(config.auth),
    voterKey: (tenantId, userId) => voterKeyOf(config.voterKeySecret, tenantId, userId),
    sessions: sessionsTable(tables),
    votes: votesTable(tables),
    answers: answersTable(tables),
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
