/**
 * Scenario 3, results reads. `GET results` of a check with few voters and of one with many,
 * one request at a time over one keep-alive connection, on a host as it is configured: with
 * the per-instance results cache (what polling panels see) or with RESULTS_CACHE_MS=0 (what
 * every read would cost without it, e.g. the first read on each instance after every change).
 *
 * Each read path is measured three ways: as client-side latency on loopback, as the time the
 * handler reports in its `Server-Timing: app;dur=…` header (token check, storage calls and
 * computation, without the HTTP layer), and as the CPU time the host and Azurite processes
 * spent per request (read from /proc), which includes what Azurite does for the host.
 *
 * A 304 costs one point read of the check's results version (or nothing, within the cache's
 * TTL); a full read on a host without the cache also reads every vote, answer and participant.
 * With the cache, both are answered from memory while the check is unchanged.
 */
import { benchTeams, statementIds, type Person, type PulseApi, type Rating } from '../api.ts';
import { forEachLimited, type ApiDriver } from '../driver.ts';
import type { Progress } from '../progress.ts';
import { cpuWindow, round, summarize, type LatencySummary } from '../stats.ts';

export interface ReadTarget {
  api: ApiDriver;
  pulse: PulseApi;
  reader: Person;
  pids?: Record<string, number | undefined>;
}

export interface ReadMeasurement {
  requests: number;
  /** Status of every measured reply: 200 for full reads, 304 for conditional ones. */
  statuses: Record<string, number>;
  latencyMs: LatencySummary;
  /** The handler's time per request from its Server-Timing header (null if it sent none). */
  serverTimingMs: LatencySummary | null;
  /** Host + Azurite CPU ms per request (null where /proc cannot tell). */
  serverCpuMsPerRequest: number | null;
  hostCpuMsPerRequest: number | null;
  storageCpuMsPerRequest: number | null;
  responseBytes: number;
  /** Share of a core other processes on the machine used meanwhile (noise indicator). */
  otherPercentOfCore: number | null;
}

/** `requests` sequential reads of one check's results: full (no validator) or conditional. */
export async function measureReads(
  target: ReadTarget,
  sessionId: string,
  options: { requests: number; conditional: boolean },
): Promise<ReadMeasurement> {
  const first = await target.pulse.results(target.reader, sessionId);
  if (first.status !== 200 || !first.etag) throw new Error(`results of ${sessionId}: ${first.status} ${first.error ?? ''}`);
  const etag = options.conditional ? first.etag : undefined;
  const responseBytes = Buffer.byteLength(JSON.stringify(first.body));
  // A few unmeasured reads: connection, JIT and cache warm, as they are during a meeting.
  for (let i = 0; i < 5; i += 1) await target.pulse.results(target.reader, sessionId, etag, 'discard');

  const latencies: number[] = [];
  const serverTimes: number[] = [];
  const statuses: Record<string, number> = {};
  const cpu = cpuWindow(target.pids ?? {});
  for (let i = 0; i < options.requests; i += 1) {
    const reply = await target.pulse.results(target.reader, sessionId, etag, 'discard');
    const key = String(reply.status || 'network');
    statuses[key] = (statuses[key] ?? 0) + 1;
    latencies.push(reply.ms);
    if (reply.serverMs !== undefined) serverTimes.push(reply.serverMs);
  }
  const reading = cpu.stop();
  const host = reading.cpuMs.host ?? null;
  const storage = reading.cpuMs.azurite ?? null;
  const perRequest = (ms: number | null) => (ms === null ? null : round(ms / options.requests, 3));
  return {
    requests: options.requests,
    statuses,
    latencyMs: summarize(latencies),
    serverTimingMs: serverTimes.length === latencies.length ? summarize(serverTimes) : null,
    serverCpuMsPerRequest: host === null || storage === null ? null : perRequest(host + storage),
    hostCpuMsPerRequest: perRequest(host),
    storageCpuMsPerRequest: perRequest(storage),
    responseBytes,
    otherPercentOfCore: reading.otherPercentOfCore,
  };
}

export interface ReadMode {
  small: { full: ReadMeasurement; notModified: ReadMeasurement };
  large: { full: ReadMeasurement; notModified: ReadMeasurement };
  /** large / small, full reads: p50 latency, server CPU per request and the handler's p50 (Server-Timing). */
  growth: { latencyP50: number | null; serverCpu: number | null; serverTimingP50: number | null };
  /** full / 304, large check: how much cheaper the 304 path is. */
  notModifiedAdvantage: {
    latencyP50: number | null;
    serverCpu: number | null;
    smallServerCpu: number | null;
    /** Handler time (Server-Timing), p50 and mean. */
    serverTimingP50: number | null;
    serverTimingMean: number | null;
  };
}

export async function measureReadMode(
  target: ReadTarget,
  sessions: { small: string; large: string },
  counts: { small: number; large: number },
  progress: Progress,
  label: string,
): Promise<ReadMode> {
  progress.step(`results read (${label}): ${counts.small} + ${counts.small} reads of the small check`);
  const smallFull = await measureReads(target, sessions.small, { requests: counts.small, conditional: false });
  const smallNotModified = await measureReads(target, sessions.small, { requests: counts.small, conditional: true });
  progress.step(`results read (${label}): ${counts.large} + ${counts.large} reads of the large check`);
  const largeFull = await measureReads(target, sessions.large, { requests: counts.large, conditional: false });
  const largeNotModified = await measureReads(target, sessions.large, { requests: counts.large, conditional: true });
  const safeRatio = (a: number | null, b: number | null) => (a === null || b === null || b <= 0 ? null : round(a / b));
  return {
    small: { full: smallFull, notModified: smallNotModified },
    large: { full: largeFull, notModified: largeNotModified },
    growth: {
      latencyP50: safeRatio(largeFull.latencyMs.p50, smallFull.latencyMs.p50),
      serverCpu: safeRatio(largeFull.serverCpuMsPerRequest, smallFull.serverCpuMsPerRequest),
      serverTimingP50: safeRatio(largeFull.serverTimingMs?.p50 ?? null, smallFull.serverTimingMs?.p50 ?? null),
    },
    notModifiedAdvantage: {
      latencyP50: safeRatio(largeFull.latencyMs.p50, largeNotModified.latencyMs.p50),
      serverCpu: safeRatio(largeFull.serverCpuMsPerRequest, largeNotModified.serverCpuMsPerRequest),
      smallServerCpu: safeRatio(smallFull.serverCpuMsPerRequest, smallNotModified.serverCpuMsPerRequest),
      serverTimingP50: safeRatio(largeFull.serverTimingMs?.p50 ?? null, largeNotModified.serverTimingMs?.p50 ?? null),
      serverTimingMean: safeRatio(largeFull.serverTimingMs?.mean ?? null, largeNotModified.serverTimingMs?.mean ?? null),
    },
  };
}

/** A revealed check in which `voters` people rated all three statements. */
export async function revealedCheck(
  pulse: PulseApi,
  facilitator: Person,
  voters: readonly Person[],
  concurrency: number,
): Promise<string> {
  const session = await pulse.createSession(facilitator, {
    teamId: benchTeams.read,
    title: `Results read, ${voters.length} voters`,
  });
  await forEachLimited(voters, concurrency, async (voter, index) => {
    await pulse.join(voter, session.id);
    for (const statementId of statementIds) {
      const reply = await pulse.vote(voter, session.id, statementId, ((index % 5) + 1) as Rating);
      if (reply.status !== 200) throw new Error(`seeding a vote: ${reply.status} ${reply.error ?? ''}`);
    }
  });
  await pulse.reveal(facilitator, session.id);
  return session.id;
}
