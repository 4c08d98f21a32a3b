/**
 * Scenario 4, the cost of live updates: a meeting of `participants` people with the side
 * panel open for `durationMs`. Each simulated panel does what the tab does: find the open
 * check, join it, then poll the results with If-None-Match every RESULTS_POLL_MS after the
 * previous poll finished, and re-read the session after a poll that found a change. During
 * the first `votingMs` everyone rates the three statements at random times; after that the
 * meeting is idle (talking, no clicks) and every poll should be a 304.
 *
 * Reported per minute: requests per participant, the mix of 200/304, poll latency and the CPU
 * share of the host and of Azurite. The tab's own poll interval is imported, so the bench
 * follows the tab when the interval changes.
 */
import { RESULTS_POLL_MS } from '../../../tab/src/sidePanel/polling.ts';
import { benchTeams, statementIds, type Person, type PulseApi, type Rating } from '../api.ts';
import { seededRandom, sleep, type ApiDriver } from '../driver.ts';
import type { Progress } from '../progress.ts';
import { cpuWindow, round, summarize, type CpuReading, type LatencySummary } from '../stats.ts';

export interface LiveUpdatesOptions {
  api: ApiDriver;
  pulse: PulseApi;
  facilitator: Person;
  participants: readonly Person[];
  durationMs: number;
  /** Panels open within this time from the start. */
  openWithinMs: number;
  /** Ratings fall between the opening of the panels and this time. */
  votingMs: number;
  /** Length of one reporting window (60 s: "per minute"). */
  windowMs: number;
  /** Finer slices for the timeline in the JSON (default 10 s). */
  sliceMs?: number;
  pollIntervalMs?: number;
  progress: Progress;
  pids?: Record<string, number | undefined>;
  seed?: number;
}

type Kind = 'open' | 'join' | 'poll200' | 'poll304' | 'session' | 'vote' | 'error';

export interface LiveWindow {
  fromSecond: number;
  toSecond: number;
  requests: Record<Kind, number>;
  requestsPerParticipantPerMinute: number;
  pollLatencyMs: LatencySummary;
  /** Azurite CPU per results poll: near 0 when polls are answered from the cache. */
  storageCpuMsPerPoll: number | null;
  cpu: CpuReading;
}

export interface LiveUpdatesResult {
  participants: number;
  durationSeconds: number;
  pollIntervalMs: number;
  /** Ratings fall in the first votingMs; after that the meeting is idle. */
  votingMs: number;
  totals: Record<Kind, number>;
  errorStatuses: Record<string, number>;
  requestsPerParticipantPerMinute: number;
  pollsPerParticipantPerMinute: number;
  notModifiedShare: number;
  windows: LiveWindow[];
  timeline: LiveWindow[];
}

const kinds: Kind[] = ['open', 'join', 'poll200', 'poll304', 'session', 'vote', 'error'];
const zero = () => Object.fromEntries(kinds.map((kind) => [kind, 0])) as Record<Kind, number>;

export async function liveUpdates(options: LiveUpdatesOptions): Promise<LiveUpdatesResult> {
  const { pulse, progress } = options;
  const pollIntervalMs = options.pollIntervalMs ?? RESULTS_POLL_MS;
  const random = seededRandom(options.seed ?? 300);
  const meetingId = `bench-meeting-live-${Date.now().toString(36)}`;
  const session = await pulse.createSession(options.facilitator, { teamId: benchTeams.live, meetingId });

  // Everything is recorded per slice (e.g. 10 s) and added up per window (e.g. a minute).
  const sliceMs = Math.min(options.sliceMs ?? 10_000, options.windowMs);
  const sliceCount = Math.ceil(options.durationMs / sliceMs);
  const slices = Array.from({ length: sliceCount }, () => ({ requests: zero(), pollLatencies: [] as number[] }));
  const totals = zero();
  const errorStatuses: Record<string, number> = {};
  const started = performance.now();
  const elapsed = () => performance.now() - started;
  const record = (kind: Kind, at: number, pollMs?: number, status?: number) => {
    totals[kind] += 1;
    if (kind === 'error') errorStatuses[String(status || 'network')] = (errorStatuses[String(status || 'network')] ?? 0) + 1;
    const slice = slices[Math.min(sliceCount - 1, Math.floor(at / sliceMs))];
    if (!slice) return;
    slice.requests[kind] += 1;
    if (pollMs !== undefined) slice.pollLatencies.push(pollMs);
  };

  const panel = async (person: Person) => {
    await sleep(random() * options.openWithinMs);
    const opened = await pulse.openSessions(person, meetingId);
    record(opened.status === 200 ? 'open' : 'error', elapsed(), undefined, opened.status);
    const joined = await pulse.join(person, session.id);
    record(joined.status === 200 ? 'join' : 'error', elapsed(), undefined, joined.status);
    let etag: string | undefined;
    let loaded = false;
    while (elapsed() < options.durationMs) {
      const at = elapsed();
      const reply = await pulse.results(person, session.id, etag, 'discard');
      if (reply.status === 304) record('poll304', at, reply.ms);
      else if (reply.status === 200) {
        record('poll200', at, reply.ms);
        etag = reply.etag;
        if (loaded) {
          const reread = await pulse.session(person, session.id);
          record(reread.status === 200 ? 'session' : 'error', elapsed(), undefined, reread.status);
        }
        loaded = true;
      } else record('error', at, undefined, reply.status);
      await sleep(pollIntervalMs);
    }
  };

  const voter = async (person: Person) => {
    const times = statementIds.map(() => options.openWithinMs + random() * (options.votingMs - options.openWithinMs)).sort((a, b) => a - b);
    for (const [index, statementId] of statementIds.entries()) {
      await sleep(Math.max(0, (times[index] ?? 0) - elapsed()));
      const reply = await pulse.vote(person, session.id, statementId, (1 + Math.floor(random() * 5)) as Rating);
      record(reply.status === 200 ? 'vote' : 'error', elapsed(), undefined, reply.status);
    }
  };

  // One CPU reading per slice, cut on the slice boundaries.
  const cpuReadings: CpuReading[] = [];
  let cpu = cpuWindow(options.pids ?? {});
  const cutter = setInterval(() => {
    if (cpuReadings.length < sliceCount - 1) {
      cpuReadings.push(cpu.stop());
      cpu = cpuWindow(options.pids ?? {});
    }
  }, sliceMs);
  const stopProgress = progress.every(
    () =>
      `live: ${(elapsed() / 1000).toFixed(0)}/${options.durationMs / 1000} s, ${totals.poll304} polls 304, ` +
      `${totals.poll200} polls 200, ${totals.session} session re-reads, ${totals.vote} votes, ${totals.error} errors`,
  );
  progress.step(`live updates: ${options.participants.length} panels polling every ${pollIntervalMs} ms for ${options.durationMs / 1000} s`);
  try {
    await Promise.all([...options.participants.map(panel), ...options.participants.map(voter)]);
  } finally {
    clearInterval(cutter);
    stopProgress();
  }
  cpuReadings.push(cpu.stop());

  const seconds = elapsed() / 1000;
  const n = options.participants.length;
  const summaryOf = (indexes: number[], fromSecond: number, toSecond: number): LiveWindow => {
    const requests = zero();
    const latencies: number[] = [];
    for (const index of indexes) {
      const slice = slices[index];
      if (!slice) continue;
      for (const kind of kinds) requests[kind] += slice.requests[kind];
      latencies.push(...slice.pollLatencies);
    }
    const count = Object.values(requests).reduce((sum, c) => sum + c, 0);
    const cpuReading = mergeCpu(indexes.map((index) => cpuReadings[index]).filter((r): r is CpuReading => r !== undefined));
    const polls = requests.poll200 + requests.poll304;
    const storageMs = cpuReading.cpuMs.azurite;
    return {
      fromSecond,
      toSecond: round(toSecond, 1),
      requests,
      requestsPerParticipantPerMinute: round(count / n / Math.max(0.001, (toSecond - fromSecond) / 60), 1),
      pollLatencyMs: summarize(latencies),
      storageCpuMsPerPoll: storageMs === null || storageMs === undefined || polls === 0 ? null : round(storageMs / polls, 2),
      cpu: cpuReading,
    };
  };
  const slicesPerWindow = Math.max(1, Math.round(options.windowMs / sliceMs));
  const windows: LiveWindow[] = [];
  for (let first = 0; first < sliceCount; first += slicesPerWindow) {
    const indexes = Array.from({ length: Math.min(slicesPerWindow, sliceCount - first) }, (_, i) => first + i);
    windows.push(summaryOf(indexes, (first * sliceMs) / 1000, Math.min(seconds, ((first + indexes.length) * sliceMs) / 1000)));
  }
  const all = Object.values(totals).reduce((sum, c) => sum + c, 0);
  const polls = totals.poll200 + totals.poll304;
  return {
    participants: n,
    durationSeconds: round(seconds, 1),
    pollIntervalMs,
    votingMs: options.votingMs,
    totals,
    errorStatuses,
    requestsPerParticipantPerMinute: round(all / n / (seconds / 60), 1),
    pollsPerParticipantPerMinute: round(polls / n / (seconds / 60), 1),
    notModifiedShare: polls ? round(totals.poll304 / polls, 3) : 0,
    windows,
    timeline: slices.map((_, index) =>
      summaryOf([index], (index * sliceMs) / 1000, Math.min(seconds, ((index + 1) * sliceMs) / 1000)),
    ),
  };
}

function mergeCpu(readings: readonly CpuReading[]): CpuReading {
  const wallMs = readings.reduce((sum, r) => sum + r.wallMs, 0);
  const names = new Set(readings.flatMap((r) => Object.keys(r.cpuMs)));
  const cpuMs: Record<string, number | null> = {};
  const percentOfCore: Record<string, number | null> = {};
  for (const name of names) {
    const values = readings.map((r) => r.cpuMs[name]);
    const known = values.every((v) => v !== null && v !== undefined);
    cpuMs[name] = known ? round(values.reduce<number>((sum, v) => sum + (v ?? 0), 0), 1) : null;
    percentOfCore[name] = known && wallMs > 0 ? round(((cpuMs[name] ?? 0) / wallMs) * 100, 1) : null;
  }
  const others = readings.map((r) => r.otherPercentOfCore);
  const otherPercentOfCore =
    wallMs > 0 && others.every((v) => v !== null)
      ? round(readings.reduce((sum, r) => sum + (r.otherPercentOfCore ?? 0) * r.wallMs, 0) / wallMs, 1)
      : null;
  return { wallMs, cpuMs, percentOfCore, otherPercentOfCore };
}

/** CPU of the stack with no requests at all: what an idle instance costs. */
export async function idleCpu(pids: Record<string, number | undefined>, ms: number): Promise<CpuReading> {
  const window = cpuWindow(pids);
  await sleep(ms);
  return window.stop();
}
