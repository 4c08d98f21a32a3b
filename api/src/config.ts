/**
 * Settings from the environment (Azure app settings in production, the local host's
 * defaults when run locally). Read once per process: Functions restarts on a settings change.
 */
import type { TokenVerifierOptions } from './auth/caller.ts';
import type { GraphSettings } from './auth/graph.ts';
import type { MembershipOptions } from './auth/membership.ts';
import { anonymityPolicy, type AnonymityPolicy } from './domain/anonymity.ts';

/** Azurite's documented development account; only ever used against a local emulator. */
export const azuriteConnectionString = (tableEndpoint = 'http://127.0.0.1:10002') =>
  'DefaultEndpointsProtocol=http;AccountName=devstoreaccount1;' +
  'AccountKey=Eby8vdM02xNOcqFlqUwJPLlmEtlCDXJ1OUzFT50uSRZ6IFsuFq2UVErCz4I6tq/K1SZFPTOtr/KBHBeksoGMGw==;' +
  `TableEndpoint=${tableEndpoint}/devstoreaccount1;`;

export interface ApiConfig {
  storageConnectionString: string;
  auth: TokenVerifierOptions;
  /** Where team membership is asked when the token cannot tell (auth/graph.ts). */
  directory: GraphSettings;
  membership: MembershipOptions;
  /** `tenantId/userId` pairs with admin rights, besides tokens with the CustomerPulse.Admin role. */
  adminUserIds: string[];
  /** Server secret that turns user ids into pseudonymous voter keys. */
  voterKeySecret: string;
  anonymity: AnonymityPolicy;
  /** How long one instance may answer results polls from memory (see http/resultsCache.ts). */
  resultsCacheMs: number;
  limits: {
    /** Ratings one person may send per minute (per instance); people need a handful. */
    votesPerMinute: number;
    /** Checks one team may start per UTC day. */
    sessionsPerTeamPerDay: number;
    /** Per person (http/quotas.ts): below the team's, so that no one uses the team's up. */
    checksPerDay: number;
    answersPerCheck: number;
    templatesPerDay: number;
    registerEntriesPerDay: number;
    actionsPerDay: number;
  };
}

export const defaultResultsCacheMs = 500;

export class ConfigError extends Error {}

function required(env: NodeJS.ProcessEnv, name: string): string {
  const value = env[name]?.trim();
  if (!value) throw new ConfigError(`Missing app setting ${name}`);
  return value;
}

/** Comma-separated settings: several issuers, audiences, tenants or admins. */
function list(value: string): string[] {
  return value
    .split(',')
    .map((item) => item.trim())
    .filter(Boolean);
}

function positiveNumber(value: string | undefined, fallback: number): number {
  const number = Number(value);
  return value && Number.isFinite(number) && number > 0 ? number : fallback;
}

/**
 * A multi-tenant registration (AzureADMultipleOrgs) lets Entra issue tokens to any tenant whose
 * admin (or, where allowed, a user) consents, and every such tenant would then store its data
 * here. So multi-tenant starts only with ALLOWED_TENANT_IDS naming who may call; single-tenant
 * needs no list, as only the home tenant (and its guests, under its tid) gets tokens.
 * (infra/README.md, "Tenancy".)
 */
function allowedTenantsOf(env: NodeJS.ProcessEnv): string[] | undefined {
  const listed = list(env.ALLOWED_TENANT_IDS ?? '');
  const tenants = listed.length > 0 ? listed : undefined;
  const audience = env.AUTH_SIGN_IN_AUDIENCE?.trim();
  if (audience && audience !== 'AzureADMyOrg' && audience !== 'AzureADMultipleOrgs') {
    throw new ConfigError(`AUTH_SIGN_IN_AUDIENCE must be AzureADMyOrg or AzureADMultipleOrgs, not ${audience}`);
  }
  if (audience === 'AzureADMultipleOrgs' && !tenants) {
    throw new ConfigError('AUTH_SIGN_IN_AUDIENCE is AzureADMultipleOrgs: set ALLOWED_TENANT_IDS to the tenants that may call');
  }
  return tenants;
}

export function configFromEnv(env: NodeJS.ProcessEnv = process.env): ApiConfig {
  const voterKeySecret = required(env, 'VOTER_KEY_SECRET');
  if (voterKeySecret.length < 32) throw new ConfigError('VOTER_KEY_SECRET must be at least 32 characters');
  const threshold = env.ANONYMITY_THRESHOLD ? Number(env.ANONYMITY_THRESHOLD) : undefined;
  return {
    storageConnectionString: env.STORAGE_CONNECTION_STRING?.trim() || azuriteConnectionString(),
    auth: {
      jwksUrl: required(env, 'AUTH_JWKS_URL'),
      issuers: list(required(env, 'AUTH_ISSUER')),
      audiences: list(required(env, 'AUTH_AUDIENCE')),
      allowedTenants: allowedTenantsOf(env),
      requiredScope: env.AUTH_REQUIRED_SCOPE?.trim() || undefined,
    },
    directory: {
      authority: env.AUTH_AUTHORITY?.trim() || 'https://login.microsoftonline.com',
      graphBaseUrl: env.GRAPH_BASE_URL?.trim() || 'https://graph.microsoft.com',
      clientId: required(env, 'AUTH_CLIENT_ID'),
      clientSecret: required(env, 'AUTH_CLIENT_SECRET'),
    },
    membership: {
      memberTtlMs: positiveNumber(env.MEMBERSHIP_CACHE_SECONDS, 300) * 1000,
      // A "no" is kept shorter: someone just added to the team should not wait long.
      outsiderTtlMs: Math.min(60, positiveNumber(env.MEMBERSHIP_CACHE_SECONDS, 300)) * 1000,
    },
    adminUserIds: list(env.ADMIN_USER_IDS ?? ''),
    voterKeySecret,
    anonymity: anonymityPolicy(threshold),
    resultsCacheMs: env.RESULTS_CACHE_MS ? Number(env.RESULTS_CACHE_MS) : defaultResultsCacheMs,
    limits: {
      votesPerMinute: positiveNumber(env.VOTES_PER_MINUTE, 60),
      sessionsPerTeamPerDay: positiveNumber(env.SESSIONS_PER_TEAM_PER_DAY, 20),
      checksPerDay: positiveNumber(env.CHECKS_PER_PERSON_PER_DAY, 10),
      answersPerCheck: positiveNumber(env.ANSWERS_PER_PERSON_PER_CHECK, 20),
      templatesPerDay: positiveNumber(env.TEMPLATES_PER_PERSON_PER_DAY, 20),
      registerEntriesPerDay: positiveNumber(env.REGISTER_ENTRIES_PER_PERSON_PER_DAY, 100),
      actionsPerDay: positiveNumber(env.ACTIONS_PER_PERSON_PER_DAY, 100),
    },
  };
}
