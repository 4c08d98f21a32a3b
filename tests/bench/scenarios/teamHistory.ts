/**
 * Scenario 5, team history: a team that ran a check every week for five years (260 closed
 * checks, each rated by a handful of people) and a leader who opens its history. Everything
 * is seeded through the API, as the team would have made it, so that whatever the API stores
 * when a check starts or closes (the per-check summaries) is there when history is read. Five
 * years in a few seconds would break the API's rate limits (checks per team per day, ratings
 * per person per minute), so `npm run bench` seeds through a second host with those limits
 * raised and reads through the measured host, which keeps the production settings.
 */
import { benchTeams, statementIds, type Person, type PulseApi, type Rating } from '../api.ts';
import { forEachLimited } from '../driver.ts';
import type { Progress } from '../progress.ts';
import { cpuWindow, round, summarize, type LatencySummary } from '../stats.ts';

export interface TeamHistoryOptions {
  /** Where the history is made: the measured host, or one with the API's rate limits raised. */
  seed: { pulse: PulseApi; facilitator: Person; voterPool: readonly Person[] };
  /** Where it is read: the measured host. */
  read: { pulse: PulseApi; reader: Person };
  /** People who rate each check, taken in rotation from the seed's voter pool. */
  votersPerCheck: number;
  checks: number;
  reads: number;
  concurrency: number;
  progress: Progress;
  pids?: Record<string, number | undefined>;
}

export interface TeamHistoryResult {
  checks: number;
  votersPerCheck: number;
  seedSeconds: number;
  reads: number;
  latencyMs: LatencySummary;
  serverCpuMsPerRead: number | null;
  responseBytes: number;
  checksReturned: number;
  errors: number;
  /** Share of a core other processes on the machine used meanwhile (noise indicator). */
  otherPercentOfCore: number | null;
}

export async function teamHistory(options: TeamHistoryOptions): Promise<TeamHistoryResult> {
  const { votersPerCheck, progress } = options;
  const { pulse, facilitator, voterPool } = options.seed;
  if (voterPool.length < votersPerCheck) throw new Error('team history: the voter pool is smaller than one check');
  const teamId = benchTeams.history;
  const indexes = Array.from({ length: options.checks }, (_, index) => index);
  let seeded = 0;
  progress.step(`team history: seeding ${options.checks} closed checks rated by ${votersPerCheck} people each`);
  const stopProgress = progress.every(() => `history: ${seeded}/${options.checks} checks seeded`);
  const seedStarted = performance.now();
  try {
    await forEachLimited(indexes, options.concurrency, async (week) => {
      const session = await pulse.createSession(facilitator, { teamId, title: `Week ${week + 1}` });
      const members = Array.from({ length: votersPerCheck }, (_, k) => voterPool[(week * votersPerCheck + k) % voterPool.length]!);
      await Promise.all(
        members.map(async (member, memberIndex) => {
          for (const statementId of statementIds) {
            const value = (1 + ((week + memberIndex + statementId.length) % 5)) as Rating;
            const reply = await pulse.vote(member, session.id, statementId, value);
            if (reply.status !== 200) throw new Error(`seeding history: vote ${reply.status} ${reply.error ?? ''}`);
          }
        }),
      );
      await pulse.close(facilitator, session.id);
      seeded += 1;
    });
  } finally {
    stopProgress();
  }
  const seedSeconds = round((performance.now() - seedStarted) / 1000);

  progress.step(`team history: ${options.reads} reads of ${options.checks} checks`);
  const { reader } = options.read;
  const first = await options.read.pulse.teamScores(reader, teamId);
  if (first.status !== 200 || !first.body) throw new Error(`team scores: ${first.status} ${first.error ?? ''}`);
  await options.read.pulse.teamScores(reader, teamId); // one more warm-up read
  const latencies: number[] = [];
  let errors = 0;
  const cpu = cpuWindow(options.pids ?? {});
  for (let i = 0; i < options.reads; i += 1) {
    const reply = await options.read.pulse.teamScores(reader, teamId);
    if (reply.status === 200) latencies.push(reply.ms);
    else errors += 1;
  }
  const reading = cpu.stop();
  const host = reading.cpuMs.host;
  const storage = reading.cpuMs.azurite;
  return {
    checks: options.checks,
    votersPerCheck,
    seedSeconds,
    reads: options.reads,
    latencyMs: summarize(latencies),
    serverCpuMsPerRead:
      host === null || host === undefined || storage === null || storage === undefined ? null : round((host + storage) / options.reads, 1),
    responseBytes: Buffer.byteLength(JSON.stringify(first.body)),
    checksReturned: first.body.sessions.length,
    errors,
    otherPercentOfCore: reading.otherPercentOfCore,
  };
}
