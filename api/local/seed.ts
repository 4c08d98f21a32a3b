/**
 * `npm run seed`: a realistic demo tenant for the simulator — five teams of the simulator's
 * tenant with four months of weekly checks, answers, actions, and most teams sharing with the
 * leadership view. Deterministic (same data every run) and written through the same
 * repositories the API uses. Uses the running `npm start` Azurite, or starts one on .data/.
 *
 * Idempotent, whatever the teams did before: each seeded check has its own deterministic id
 * (team id and week), so a team that already has checks made by hand in the simulator still
 * gets its seeded history next to them, and a second run finds the seeded checks and adds
 * nothing twice. A week's check row is written last, after its votes, answers, actions and
 * summary, so an interrupted run is finished by the next one. A team's sharing setting is
 * written only if the team has none (a choice made in the app stays as it is). To start over,
 * stop `npm start` and delete .data/azurite (printed at the end of every run).
 *
 * `npm run seed -- --teams 2000 --weeks 260` also fills the tenant with a company: that many
 * more teams, each with that many weekly checks (companySeed.ts: summaries, settings and the
 * leadership rollup only), for the leadership view at scale. `--tenant <id>` seeds another
 * tenant than the simulator's.
 */
import { createHash } from 'node:crypto';
import { join } from 'node:path';
import { azuriteConnectionString } from '../src/config.ts';
import { anonymityPolicy } from '../src/domain/anonymity.ts';
import { summarizeCheck } from '../src/domain/history.ts';
import type { CastVote, Rating } from '../src/domain/scoring.ts';
import type { Session } from '../src/domain/session.ts';
import { customerObsession } from '../src/domain/templates.ts';
import { actionsTable } from '../src/storage/actionsTable.ts';
import { answersTable } from '../src/storage/answersTable.ts';
import { participantsTable } from '../src/storage/participantsTable.ts';
import { sessionsTable } from '../src/storage/sessionsTable.ts';
import { summariesTable } from '../src/storage/summariesTable.ts';
import { isStatus, tablesFor } from '../src/storage/tables.ts';
import { teamSettingsTable } from '../src/storage/teamSettingsTable.ts';
import { votesTable } from '../src/storage/votesTable.ts';
import { refreshRollup } from '../src/http/leadershipRollup.ts';
import { leadershipRollupTable } from '../src/storage/leadershipRollupTable.ts';
import { portAnswers, startAzurite } from './azurite.ts';
import { seedCompany } from './companySeed.ts';
import { repoRoot } from './paths.ts';
import { SIMULATED_TEAM, SIMULATED_TENANT } from './simulatedMeeting.ts';

interface DemoTeam {
  id: string;
  name: string;
  size: number;
  /** Mean rating at the first check and how much it moves per week. */
  start: number;
  drift: number;
  shared: boolean;
}

const teams: DemoTeam[] = [
  { id: SIMULATED_TEAM.groupId, name: SIMULATED_TEAM.displayName, size: 7, start: 2.8, drift: 0.08, shared: true },
  { id: '3f9c1a52-6b1e-4a0e-9a43-0f3b0d7e2c11', name: 'Payments', size: 9, start: 3.6, drift: 0.02, shared: true },
  { id: '8d2e47b0-1c55-4c7f-8f0e-5a9b6c3d2e40', name: 'Mobile App', size: 6, start: 3.9, drift: -0.06, shared: true },
  { id: 'b61f0c9e-4a27-4d8b-a1c3-72e5f8d90a5b', name: 'Support Tools', size: 5, start: 3.2, drift: 0.04, shared: true },
  { id: 'e0a4d6c8-93b1-47f2-b5e6-1d8c2a7f3e96', name: 'Data Platform', size: 8, start: 3.0, drift: 0.01, shared: false },
];
const weeks = 16;

const answerBank: Record<string, string[]> = {
  'customer-channels': ['Monthly user interviews', 'Support tickets', 'The partner forum', 'Quarterly survey', 'Sales call notes'],
  'decisions-to-revisit': ['Dropping guest checkout', 'The new pricing page', 'Moving the help link', 'Email-only receipts'],
  'unclear-benefit': ['Dark mode for admins', 'The loyalty badge', 'Bulk export', 'The new onboarding video'],
  'trust-risks': ['Outage notices come late', 'Refunds take two weeks', 'Unclear data retention', 'Surprise price changes'],
};

/** A small deterministic random generator, so every seed run writes the same demo. */
function random(seed: string): () => number {
  let state = createHash('sha256').update(seed).digest().readUInt32LE(0);
  return () => {
    state = (state + 0x6d2b79f5) | 0;
    let t = Math.imul(state ^ (state >>> 15), 1 | state);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

function deterministicId(text: string): string {
  const hex = createHash('sha256').update(text).digest('hex');
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-4${hex.slice(13, 16)}-a${hex.slice(17, 20)}-${hex.slice(20, 32)}`;
}

function ratingNear(mean: number, next: () => number): Rating {
  const value = Math.round(mean + (next() + next() + next() - 1.5) * 1.2);
  return Math.min(5, Math.max(1, value)) as Rating;
}

function lastMonday(now: Date): Date {
  const day = new Date(Date.UTC(now.getUTCFullYear(), now.getUTCMonth(), now.getUTCDate(), 9, 30));
  day.setUTCDate(day.getUTCDate() - ((day.getUTCDay() + 6) % 7));
  return day;
}

/** What seeding one team found and did. */
interface TeamSeeded {
  /** Seeded weekly checks written by this run. */
  written: number;
  /** Seeded weekly checks an earlier run wrote; left as they are. */
  alreadySeeded: number;
  /** The team's other checks: made by hand in the simulator (or by tests); left as they are. */
  otherChecks: number;
}

/** The id of a seeded check: the same for a team and week on every run, so a run finds what an earlier one wrote. */
const seededCheckId = (team: DemoTeam, week: number) => deterministicId(`${team.id}/${week}`);

async function seedTeam(team: DemoTeam, tables: ReturnType<typeof tablesFor>, now: Date): Promise<TeamSeeded> {
  const tenantId = SIMULATED_TENANT.id;
  const repos = {
    sessions: sessionsTable(tables),
    votes: votesTable(tables),
    answers: answersTable(tables),
    participants: participantsTable(tables),
    summaries: summariesTable(tables),
    actions: actionsTable(tables),
    settings: teamSettingsTable(tables),
  };
  const seededIds = new Set(Array.from({ length: weeks }, (_, week) => seededCheckId(team, week)));
  const summaries = await repos.summaries.listForTeam(tenantId, team.id);
  // A summary of a seeded check whose check row is missing is what an interrupted run left:
  // its week is written again at the same time, so the summary is replaced and not doubled.
  const summarizedAt = new Map(summaries.map(({ summary }) => [summary.sessionId, summary.createdAt]));
  const result: TeamSeeded = {
    written: 0,
    alreadySeeded: 0,
    otherChecks: summaries.filter(({ summary }) => !seededIds.has(summary.sessionId)).length,
  };
  const firstWeek = lastMonday(now);
  firstWeek.setUTCDate(firstWeek.getUTCDate() - 7 * weeks);

  for (let week = 0; week < weeks; week += 1) {
    const sessionId = seededCheckId(team, week);
    if (await repos.sessions.find(tenantId, sessionId)) {
      result.alreadySeeded += 1;
      continue;
    }
    // One generator per week: a week's data does not depend on which other weeks this run writes.
    const next = random(`${team.id}/${week}`);
    const earlier = summarizedAt.get(sessionId);
    const createdAt = earlier ? new Date(earlier) : new Date(firstWeek.getTime() + week * 7 * 24 * 3600 * 1000);
    const closedAt = new Date(createdAt.getTime() + 25 * 60 * 1000);
    const session: Session = {
      id: sessionId,
      tenantId,
      teamId: team.id,
      teamName: team.name,
      title: `${customerObsession.name}, ${createdAt.toISOString().slice(0, 10)}`,
      templateId: customerObsession.id,
      templateVersion: customerObsession.version,
      state: 'closed',
      facilitatorKey: deterministicId(`${team.id}/facilitator`),
      facilitatorName: 'Demo facilitator',
      createdAt: createdAt.toISOString(),
      revealedAt: closedAt.toISOString(),
      closedAt: closedAt.toISOString(),
    };

    const present = team.size - Math.floor(next() * 3);
    const votes: CastVote[] = [];
    for (let person = 0; person < present; person += 1) {
      const voterKey = createHash('sha256').update(`${session.id}/${person}`).digest('hex');
      await repos.participants.join(tenantId, session.id, {
        participantKey: createHash('sha256').update(`participant/${session.id}/${person}`).digest('hex'),
        name: `Team member ${person + 1}`,
        joinedAt: createdAt.toISOString(),
      });
      for (const [index, statement] of customerObsession.statements.entries()) {
        if (person === present - 1 && index === 2 && next() < 0.5) continue; // someone skips one now and then
        const mean = team.start + team.drift * week + (index - 1) * 0.3;
        votes.push({ voterKey, statementId: statement.id, rating: ratingNear(mean, next) });
      }
    }
    await Promise.all(votes.map((vote) => repos.votes.upsert(tenantId, session.id, vote, closedAt)));

    for (const question of customerObsession.questions) {
      const bank = answerBank[question.id] ?? [];
      const count = Math.floor(next() * 3);
      for (let index = 0; index < count; index += 1) {
        const text = bank[Math.floor(next() * bank.length)] ?? 'More customer visits';
        const answerId = deterministicId(`${session.id}/${question.id}/${index}`);
        await repos.answers.insertOnce(tenantId, session.id, {
          id: answerId,
          questionId: question.id,
          text,
          createdAt: new Date(createdAt.getTime() + (index + 5) * 60 * 1000).toISOString(),
        });
        if (week >= weeks - 4 && question.id === 'trust-risks' && index === 0) {
          const due = new Date(closedAt.getTime() + 14 * 24 * 3600 * 1000).toISOString().slice(0, 10);
          await insertOnce(() =>
            repos.actions.insert(tenantId, {
              id: deterministicId(`${answerId}/action`),
              teamId: team.id,
              text,
              questionId: question.id,
              owner: `Team member ${1 + Math.floor(next() * team.size)}`,
              dueDate: due,
              status: week < weeks - 2 ? 'done' : 'open',
              sourceSessionId: session.id,
              sourceAnswerId: answerId,
              createdAt: closedAt.toISOString(),
              updatedAt: closedAt.toISOString(),
            }),
          );
        }
      }
    }
    const summary = summarizeCheck(session, customerObsession, votes, present, anonymityPolicy());
    await repos.summaries.upsert(tenantId, team.id, summary, closedAt);
    // Last: the check row marks the week as seeded for the next run.
    await insertOnce(() => repos.sessions.insert(session));
    result.written += 1;
  }
  if (!(await repos.settings.find(tenantId, team.id))) {
    await repos.settings.upsert(tenantId, { teamId: team.id, teamName: team.name, shared: team.shared, updatedAt: now.toISOString() });
  }
  // The leadership view's row, as the API writes it when a check closes.
  await refreshRollup({ summaries: repos.summaries, teamSettings: repos.settings, leadershipRollup: leadershipRollupTable(tables), now: () => now }, tenantId, team.id);
  return result;
}

/** `--teams N --weeks W [--tenant ID]`, also as `--teams=N`. */
function companyArguments(args: string[]): { tenantId: string; teams: number; weeks: number } {
  const value = (name: string) => {
    const index = args.findIndex((arg) => arg === `--${name}` || arg.startsWith(`--${name}=`));
    if (index < 0) return undefined;
    return args[index]!.includes('=') ? args[index]!.split('=')[1] : args[index + 1];
  };
  const count = (name: string, fallback: number, max: number) => {
    const text = value(name);
    const number = text === undefined ? fallback : Number(text);
    if (!Number.isInteger(number) || number < 0 || number > max) throw new Error(`--${name} must be a whole number from 0 to ${max}`);
    return number;
  };
  return { tenantId: value('tenant') ?? SIMULATED_TENANT.id, teams: count('teams', 0, 20_000), weeks: count('weeks', 52, 520) };
}

/** A row that may be there from an interrupted run (or a run beside this one) is there: fine. */
async function insertOnce(insert: () => Promise<void>): Promise<void> {
  try {
    await insert();
  } catch (error) {
    if (!isStatus(error, 409)) throw error;
  }
}

function report(team: DemoTeam, seeded: TeamSeeded): string {
  const checks = (count: number) => `${count} weekly check${count === 1 ? '' : 's'}`;
  const others =
    seeded.otherChecks > 0
      ? `; its ${seeded.otherChecks} other check${seeded.otherChecks === 1 ? '' : 's'} (made by hand) left as ${seeded.otherChecks === 1 ? 'it is' : 'they are'}`
      : '';
  if (seeded.written === 0) return `${team.name} already seeded: ${checks(seeded.alreadySeeded)} from an earlier run, nothing added${others}`;
  const before = seeded.alreadySeeded > 0 ? ` (${seeded.alreadySeeded} more were seeded before)` : '';
  return `Seeded ${team.name}: ${checks(seeded.written)}${before}${others}`;
}

const port = Number(process.env.AZURITE_PORT ?? 10002);
const connectionString = process.env.STORAGE_CONNECTION_STRING ?? azuriteConnectionString(`http://127.0.0.1:${port}`);
const ownAzurite =
  process.env.STORAGE_CONNECTION_STRING || (await portAnswers(port))
    ? undefined
    : await startAzurite({ port, location: join(repoRoot, '.data', 'azurite') });
try {
  const tables = tablesFor(connectionString);
  const now = new Date();
  const company = companyArguments(process.argv.slice(2));
  if (company.tenantId === SIMULATED_TENANT.id) for (const team of teams) console.log(report(team, await seedTeam(team, tables, now)));
  if (company.teams > 0) {
    const started = performance.now();
    const progress = setInterval(() => console.log(`  company: ${seeded} of ${company.teams} teams`), 5_000);
    let seeded = 0;
    try {
      const result = await seedCompany(tables, { ...company, now, onTeam: (count) => (seeded = count) });
      console.log(`Seeded a company: ${result.teams} teams with ${company.weeks} weekly checks each (${result.summaries} summaries) in ${Math.round((performance.now() - started) / 1000)} s`);
    } finally {
      clearInterval(progress);
    }
  }
  console.log(`Tenant ${company.tenantId} is ready. Open the simulator's channel tab or leadership view.`);
  console.log('Running `npm run seed` again adds nothing twice.');
  console.log(
    process.env.STORAGE_CONNECTION_STRING
      ? 'To start over, erase these teams (an admin\'s DELETE /api/teams/{teamId}/data) or use a fresh storage account, then seed again.'
      : 'To start over: stop `npm start`, delete .data/azurite (rm -rf .data/azurite), then run `npm start` and `npm run seed` again.',
  );
} finally {
  await ownAzurite?.stop();
}
