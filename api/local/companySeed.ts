/**
 * A company's worth of history for the leadership view: `teams` teams of one tenant, each with
 * `weeks` weekly closed checks, most of them sharing and each in one of a dozen organisational
 * units. Written through the storage repositories the API uses, in transactions of a team's
 * summaries, and then each team's leadership rollup row as the API would build it on a close.
 *
 * Only what the history and the leadership view read is written: the check summaries (with
 * their published scores), the team settings and the rollup. The votes behind 520,000 checks
 * would be millions of rows that no view of a past check reads. Deterministic: the same ids and
 * figures on every run, so a second run replaces rows with themselves.
 */
import { createHash } from 'node:crypto';
import { anonymityPolicy } from '../src/domain/anonymity.ts';
import { summarizeCheck, type CheckSummary } from '../src/domain/history.ts';
import type { CastVote, Rating } from '../src/domain/scoring.ts';
import type { Session } from '../src/domain/session.ts';
import { customerObsession } from '../src/domain/templates.ts';
import { rollupReadTop, rollupRowOf } from '../src/http/leadershipRollup.ts';
import { leadershipRollupTable } from '../src/storage/leadershipRollupTable.ts';
import { summariesTable } from '../src/storage/summariesTable.ts';
import type { Tables } from '../src/storage/tables.ts';
import { teamSettingsTable } from '../src/storage/teamSettingsTable.ts';

export const companyUnits = ['Sales', 'Marketing', 'Finance', 'Operations', 'Support', 'Platform', 'Mobile', 'Web', 'Data', 'Security', 'People', 'Legal'];
const teamWords = ['Atlas', 'Beacon', 'Comet', 'Dune', 'Ember', 'Fjord', 'Glacier', 'Harbor', 'Iris', 'Juniper', 'Kite', 'Lumen', 'Meadow', 'Nova', 'Orbit', 'Pine'];

export interface CompanySeedOptions {
  tenantId: string;
  teams: number;
  weeks: number;
  /** The last check is in the week before this. */
  now: Date;
  /** Teams seeded at once (each its own partition). */
  concurrency?: number;
  onTeam?: (seeded: number) => void;
}

/** A team of the seeded company: the same for an index on every run. */
export function companyTeam(tenantId: string, index: number) {
  const hash = createHash('sha256').update(`${tenantId}/company-team/${index}`).digest();
  const hex = hash.toString('hex');
  return {
    id: `${hex.slice(0, 8)}-${hex.slice(8, 12)}-4${hex.slice(13, 16)}-a${hex.slice(17, 20)}-${hex.slice(20, 32)}`,
    name: `${teamWords[index % teamWords.length]} ${companyUnits[Math.floor(index / teamWords.length) % companyUnits.length]} ${String(index + 1).padStart(4, '0')}`,
    unit: companyUnits[hash[0]! % companyUnits.length]!,
    // Nine teams in ten share; a few have three members, so a skipped rating hides a statement.
    shared: hash[1]! % 10 !== 0,
    size: 3 + (hash[2]! % 7),
    start: 2.6 + (hash[3]! / 255) * 1.6,
    drift: ((hash[4]! / 255) * 2 - 1) * 0.004,
    // Some teams stopped checking a while ago: the leadership view's "no check for 60 days".
    stoppedWeeksAgo: hash[5]! % 12 === 0 ? 10 + (hash[6]! % 20) : 0,
  };
}

export async function seedCompany(tables: Tables, options: CompanySeedOptions): Promise<{ teams: number; summaries: number }> {
  const repos = {
    summaries: summariesTable(tables),
    teamSettings: teamSettingsTable(tables),
    leadershipRollup: leadershipRollupTable(tables),
  };
  const policy = anonymityPolicy();
  let next = 0;
  let done = 0;
  let summaries = 0;
  const lastWeek = Date.UTC(options.now.getUTCFullYear(), options.now.getUTCMonth(), options.now.getUTCDate() - 7, 9, 30);
  const worker = async () => {
    while (next < options.teams) {
      const team = companyTeam(options.tenantId, next);
      next += 1;
      const checks: CheckSummary[] = [];
      for (let week = 0; week < options.weeks; week += 1) {
        const weeksAgo = options.weeks - 1 - week + team.stoppedWeeksAgo;
        checks.push(weeklyCheck(options.tenantId, team, week, new Date(lastWeek - weeksAgo * 7 * 86_400_000), policy));
      }
      await repos.summaries.upsertMany(options.tenantId, team.id, checks, options.now);
      const settings = { teamId: team.id, teamName: team.name, shared: team.shared, unit: team.unit };
      await repos.teamSettings.upsert(options.tenantId, { ...settings, updatedAt: options.now.toISOString() });
      // The row the API's refreshRollup would build, from the checks at hand rather than read
      // back: the same function of the same summaries, without a query per team (the emulator
      // scans the whole table for each, so a company would take hours).
      const newestFirst = checks.slice(-rollupReadTop).reverse();
      await repos.leadershipRollup.upsert(options.tenantId, rollupRowOf(newestFirst, { ...settings, checks: checks.length }, options.now));
      summaries += checks.length;
      done += 1;
      options.onTeam?.(done);
    }
  };
  await Promise.all(Array.from({ length: options.concurrency ?? 8 }, worker));
  return { teams: done, summaries };
}

function weeklyCheck(
  tenantId: string,
  team: ReturnType<typeof companyTeam>,
  week: number,
  createdAt: Date,
  policy: ReturnType<typeof anonymityPolicy>,
): CheckSummary {
  const id = createHash('sha256').update(`${team.id}/${week}`).digest('hex');
  const session: Session = {
    id: `${id.slice(0, 8)}-${id.slice(8, 12)}-4${id.slice(13, 16)}-a${id.slice(17, 20)}-${id.slice(20, 32)}`,
    tenantId,
    teamId: team.id,
    teamName: team.name,
    title: `${customerObsession.name}, ${createdAt.toISOString().slice(0, 10)}`,
    templateId: customerObsession.id,
    templateVersion: customerObsession.version,
    state: 'closed',
    facilitatorKey: 'seed',
    createdAt: createdAt.toISOString(),
    closedAt: new Date(createdAt.getTime() + 25 * 60_000).toISOString(),
  };
  const bytes = createHash('sha256').update(`${id}/ratings`).digest();
  const votes: CastVote[] = [];
  const present = team.size - (bytes[0]! % 2);
  for (let person = 0; person < present; person += 1) {
    for (const [index, statement] of customerObsession.statements.entries()) {
      if (person === present - 1 && index === 2 && bytes[1]! % 2 === 0) continue; // someone skips one now and then
      const noise = ((bytes[(person * 3 + index) % 32]! / 255) * 2 - 1) * 1.4;
      const rating = Math.min(5, Math.max(1, Math.round(team.start + team.drift * week + (index - 1) * 0.3 + noise))) as Rating;
      votes.push({ voterKey: `v${person}`, statementId: statement.id, rating });
    }
  }
  return summarizeCheck(session, customerObsession, votes, present, policy);
}
