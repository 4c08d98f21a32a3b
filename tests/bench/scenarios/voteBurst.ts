/**
 * Scenario 2, the vote burst of a big meeting. Every simulated voter has their own token and
 * has opened the panel (joined) before the burst. Then, as in a meeting where the facilitator
 * says "rate now": each voter's first click falls somewhere in the first `windowMs`, and the
 * next two follow after a few seconds of reading each statement. Requests are sent at those
 * times whatever the server's speed (an open loop, as people do not wait for each other).
 *
 * Afterwards a capacity run: every voter changes all three ratings with exactly
 * `capacityConcurrency` requests in flight — the same concurrency as the raw storage baseline,
 * so the two throughputs form a fair ratio. Finally the check: every acknowledged vote must be
 * in the results exactly once, with its last acknowledged value.
 */
import { TableClient } from '@azure/data-tables';
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { pseudonymOf } from '../../../api/src/auth/pseudonyms.ts';
import { benchTeams, statementIds, type Person, type PulseApi, type Rating, type StatementId } from '../api.ts';
import { forEachLimited, seededRandom, type ApiDriver } from '../driver.ts';
import type { Progress } from '../progress.ts';
import { cpuWindow, round, summarize, type CpuReading, type LatencySummary } from '../stats.ts';

export interface VoteBurstOptions {
  api: ApiDriver;
  pulse: PulseApi;
  facilitator: Person;
  voters: readonly Person[];
  /** First clicks are spread over this window. */
  windowMs: number;
  /** Time between one voter's clicks: reading the next statement. */
  thinkMs: readonly [min: number, max: number];
  capacityConcurrency: number;
  /**
   * Panels that join at once before the burst. Set to the driver's connection count, every
   * connection is open and warm when the burst starts, as every browser's is in a meeting.
   */
  joinConcurrency: number;
  progress: Progress;
  pids?: Record<string, number | undefined>;
  /** Where the host keeps its voter-key secret: enables the row-by-row check in storage. */
  storage?: { connectionString: string; dataDir: string };
  seed?: number;
  /** Paired rounds of raw storage (this callback, entities per second) and API capacity. */
  rawRound?: () => Promise<number>;
  ratioRounds?: number;
}

export interface RatioRound {
  rawPerSecond: number;
  apiPerSecond: number;
  ratio: number;
}

interface VoteEvent {
  at: number;
  voter: Person;
  statementId: StatementId;
  value: Rating;
}

export interface PhaseResult {
  requests: number;
  acknowledged: number;
  errors: number;
  errorStatuses: Record<string, number>;
  seconds: number;
  votesPerSecond: number;
  latencyMs: LatencySummary;
  cpu?: CpuReading;
}

export interface VoteBurstResult {
  sessionId: string;
  voters: number;
  statements: number;
  setup: { joinSeconds: number; joinErrors: number };
  burst: PhaseResult & {
    windowMs: number;
    offeredVotesPerSecond: number;
    maxInFlight: number;
    /** How late the driver sent a vote compared with its schedule (driver saturation check). */
    sendLagMs: LatencySummary;
    /** Per 500 ms of send time: votes sent and their p99 / max latency (shows stalls). */
    timeline: { atSecond: number; sent: number; p99: number; max: number }[];
  };
  capacity: PhaseResult & { concurrency: number };
  ratioRounds: RatioRound[];
  verification: VoteVerification;
}

export interface VoteVerification {
  /** Distinct (voter, statement) pairs with an acknowledged vote. */
  acknowledgedPairs: number;
  /** Sum over statements of the voters the results count. */
  countedInResults: number;
  /** Acknowledged pairs the results do not count. */
  lost: number;
  /** Votes the results count more than once or without an acknowledgement. */
  extra: number;
  /** Statements whose distribution differs from the acknowledged final ratings. */
  distributionMismatches: number;
  /** Row-by-row check of the votes partition (only where the voter-key secret is readable). */
  storage?: { rows: number; missing: number; wrongValue: number; unexpected: number };
  exactlyOnce: boolean;
}

export async function voteBurst(options: VoteBurstOptions): Promise<VoteBurstResult> {
  const { api, pulse, facilitator, voters, progress } = options;
  const random = seededRandom(options.seed ?? 20_240_601);
  const session = await pulse.createSession(facilitator, {
    teamId: benchTeams.burst,
    meetingId: `bench-meeting-burst-${Date.now().toString(36)}`,
    title: `Vote burst, ${voters.length} voters`,
  });

  // Everyone opens the side panel first (which joins the check), as they would before rating.
  progress.step(`vote burst: ${voters.length} panels join the check`);
  const joinStarted = performance.now();
  let joinErrors = 0;
  await forEachLimited(voters, options.joinConcurrency, async (voter) => {
    if ((await pulse.join(voter, session.id)).status !== 200) joinErrors += 1;
  });
  const joinSeconds = round((performance.now() - joinStarted) / 1000);

  // The schedule: one first click per voter in the window, then a think time per statement.
  const events: VoteEvent[] = [];
  for (const voter of voters) {
    let at = random() * options.windowMs;
    for (const statementId of statementIds) {
      events.push({ at, voter, statementId, value: (1 + Math.floor(random() * 5)) as Rating });
      at += options.thinkMs[0] + random() * (options.thinkMs[1] - options.thinkMs[0]);
    }
  }
  events.sort((a, b) => a.at - b.at);
  const lastAt = events[events.length - 1]?.at ?? 0;

  const acknowledged = new Map<string, Rating>();
  const pairKey = (voter: Person, statementId: string) => `${voter.userId}|${statementId}`;

  progress.step(`vote burst: ${events.length} votes from ${voters.length} voters over ~${(lastAt / 1000).toFixed(1)} s`);
  const burstLatencies: number[] = [];
  const sendLags: number[] = [];
  const bySlot: number[][] = [];
  const burstErrors: Record<string, number> = {};
  let maxInFlight = 0;
  let sent = 0;
  const stopBurstProgress = progress.every(
    () => `burst: ${sent}/${events.length} sent, ${burstLatencies.length} acknowledged, ${count(burstErrors)} errors, ${api.inFlight()} in flight`,
  );
  const burstCpu = cpuWindow(options.pids ?? {});
  const burstStarted = performance.now();
  await Promise.all(
    events.map(
      (event) =>
        new Promise<void>((resolve) => {
          setTimeout(() => {
            const sentAt = performance.now() - burstStarted;
            sendLags.push(sentAt - event.at);
            sent += 1;
            const sending = pulse.vote(event.voter, session.id, event.statementId, event.value);
            maxInFlight = Math.max(maxInFlight, api.inFlight());
            void sending.then((reply) => {
              const slot = Math.floor(sentAt / 500);
              (bySlot[slot] ??= []).push(reply.ms);
              if (reply.status === 200) {
                burstLatencies.push(reply.ms);
                acknowledged.set(pairKey(event.voter, event.statementId), event.value);
              } else {
                const key = String(reply.status || reply.error || 'network');
                burstErrors[key] = (burstErrors[key] ?? 0) + 1;
              }
              resolve();
            });
          }, event.at);
        }),
    ),
  );
  const burstSeconds = (performance.now() - burstStarted) / 1000;
  const burstCpuReading = burstCpu.stop();
  stopBurstProgress();

  // Capacity: everyone changes every rating, with a fixed number of requests in flight.
  let changes = events;
  const capacityPass = async (): Promise<PhaseResult> => {
    changes = changes.map((event) => ({ ...event, value: ((event.value % 5) + 1) as Rating }));
    progress.step(`vote capacity: ${changes.length} changed votes with ${options.capacityConcurrency} in flight`);
    const latencies: number[] = [];
    const errors: Record<string, number> = {};
    const stopProgress = progress.every(() => `capacity: ${latencies.length}/${changes.length} acknowledged, ${count(errors)} errors`);
    const cpu = cpuWindow(options.pids ?? {});
    const started = performance.now();
    await forEachLimited(changes, options.capacityConcurrency, async (change) => {
      const reply = await pulse.vote(change.voter, session.id, change.statementId, change.value);
      if (reply.status === 200) {
        latencies.push(reply.ms);
        acknowledged.set(pairKey(change.voter, change.statementId), change.value);
      } else {
        const key = String(reply.status || reply.error || 'network');
        errors[key] = (errors[key] ?? 0) + 1;
      }
    });
    const seconds = (performance.now() - started) / 1000;
    const reading = cpu.stop();
    stopProgress();
    return {
      requests: changes.length,
      acknowledged: latencies.length,
      errors: count(errors),
      errorStatuses: errors,
      seconds: round(seconds),
      votesPerSecond: round(latencies.length / seconds, 0),
      latencyMs: summarize(latencies),
      cpu: reading,
    };
  };
  const capacity = await capacityPass();

  // The ratio to raw storage, in rounds that alternate a raw pass and an API pass: whatever
  // slows the machine for a while slows both sides of a round alike, so the median holds.
  const ratioRounds: RatioRound[] = [];
  for (let pass = 1; options.rawRound && pass <= (options.ratioRounds ?? 0); pass += 1) {
    progress.step(`capacity ÷ raw storage, round ${pass} of ${options.ratioRounds}`);
    const raw = await options.rawRound();
    const api = (await capacityPass()).votesPerSecond;
    ratioRounds.push({ rawPerSecond: raw, apiPerSecond: api, ratio: raw > 0 ? api / raw : 0 });
  }

  progress.step('vote burst: checking that every acknowledged vote is counted exactly once');
  const verification = await verify(options, session.id, acknowledged);

  return {
    sessionId: session.id,
    voters: voters.length,
    statements: statementIds.length,
    setup: { joinSeconds, joinErrors },
    burst: {
      requests: events.length,
      acknowledged: burstLatencies.length,
      errors: count(burstErrors),
      errorStatuses: burstErrors,
      seconds: round(burstSeconds),
      votesPerSecond: round(burstLatencies.length / burstSeconds, 0),
      latencyMs: summarize(burstLatencies),
      cpu: burstCpuReading,
      windowMs: round(lastAt, 0),
      offeredVotesPerSecond: round(events.length / (lastAt / 1000), 0),
      maxInFlight,
      sendLagMs: summarize(sendLags),
      timeline: Array.from(bySlot, (latencies, slot) => {
        const summary = summarize(latencies ?? []);
        return { atSecond: slot / 2, sent: summary.count, p99: round(summary.p99, 0), max: round(summary.max, 0) };
      }),
    },
    capacity: { ...capacity, concurrency: options.capacityConcurrency },
    ratioRounds,
    verification,
  };
}

async function verify(
  options: VoteBurstOptions,
  sessionId: string,
  acknowledged: ReadonlyMap<string, Rating>,
): Promise<VoteVerification> {
  // Revealing makes distributions visible (and drops the host's cached results).
  await options.pulse.reveal(options.facilitator, sessionId);
  const reply = await options.pulse.results(options.facilitator, sessionId);
  if (reply.status !== 200 || !reply.body) throw new Error(`results after the burst: ${reply.status} ${reply.error ?? ''}`);
  const results = reply.body;

  let lost = 0;
  let extra = 0;
  let distributionMismatches = 0;
  let countedInResults = 0;
  for (const statementId of statementIds) {
    const expected = [0, 0, 0, 0, 0];
    let expectedVoters = 0;
    for (const [key, value] of acknowledged) {
      if (!key.endsWith(`|${statementId}`)) continue;
      expectedVoters += 1;
      expected[value - 1] = (expected[value - 1] ?? 0) + 1;
    }
    const shown = results.statements.find((statement) => statement.id === statementId);
    const counted = shown?.voters ?? 0;
    countedInResults += counted;
    lost += Math.max(0, expectedVoters - counted);
    extra += Math.max(0, counted - expectedVoters);
    if (JSON.stringify(shown?.distribution ?? null) !== JSON.stringify(expected)) distributionMismatches += 1;
  }

  const storage = options.storage ? await verifyRows(options, sessionId, acknowledged) : undefined;
  const storageClean = !storage || (storage.missing === 0 && storage.wrongValue === 0 && storage.unexpected === 0);
  return {
    acknowledgedPairs: acknowledged.size,
    countedInResults,
    lost,
    extra,
    distributionMismatches,
    storage,
    exactlyOnce: lost === 0 && extra === 0 && distributionMismatches === 0 && storageClean,
  };
}

/** Reads the session's vote rows straight from storage and matches them to the acknowledged votes. */
async function verifyRows(options: VoteBurstOptions, sessionId: string, acknowledged: ReadonlyMap<string, Rating>) {
  const { connectionString, dataDir } = options.storage!;
  const secret = (await readFile(join(dataDir, 'voter-key-secret'), 'utf8')).trim();
  const tenantId = options.facilitator.tenantId;
  const expected = new Map<string, Rating>();
  for (const voter of options.voters) {
    const voterKey = pseudonymOf(secret, 'voter', tenantId, voter.userId);
    for (const statementId of statementIds) {
      const value = acknowledged.get(`${voter.userId}|${statementId}`);
      if (value !== undefined) expected.set(`${voterKey}|${statementId}`, value);
    }
  }
  const client = TableClient.fromConnectionString(connectionString, 'votes', { allowInsecureConnection: true });
  let rows = 0;
  let wrongValue = 0;
  let unexpected = 0;
  const seen = new Set<string>();
  const entities = client.listEntities<{ rating: number }>({
    // `~version` is the check's results version row (api/src/storage/votesTable.ts), not a vote.
    queryOptions: { filter: `PartitionKey eq '${tenantId}|${sessionId}' and RowKey lt '~'`, select: ['RowKey', 'rating'] },
  });
  for await (const entity of entities) {
    rows += 1;
    const rowKey = entity.rowKey ?? '';
    seen.add(rowKey);
    const value = expected.get(rowKey);
    if (value === undefined) unexpected += 1;
    else if (value !== entity.rating) wrongValue += 1;
  }
  const missing = [...expected.keys()].filter((key) => !seen.has(key)).length;
  return { rows, missing, wrongValue, unexpected };
}

function count(errors: Record<string, number>): number {
  return Object.values(errors).reduce((sum, n) => sum + n, 0);
}
