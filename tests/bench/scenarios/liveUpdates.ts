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
import { statementIds, type Person, type PulseApi, type Rating } from '../api.ts';
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
  cpu: CpuReading;
}

export interface LiveUpdatesResult {
  participants: number;
  durationSeconds: number;
  pollIntervalMs: number;
  totals: Record<Kind, number>;
  requestsPerParticipantPerMinute: number;
  pollsPerParticipantPerMinute: number;
  notModifiedShare: number;
  windows: LiveWindow[];
}

const kinds: Kind[] = ['open', 'join', 'poll200', 'poll304', 'session', 'vote', 'error'];
const zero = () => Object.fromEntries(kinds.map((kind) => [kind, 0])) as Record<Kind, number>;

export async function liveUpdates(options: LiveUpdatesOptions): Promise<LiveUpdatesResult> {
  const { api, pulse, progress } = options;
  const pollIntervalMs = options.pollIntervalMs ?? RESULTS_POLL_MS;
  const random = seededRandom(options.seed ?? 300);
  const meetingId = `bench-meeting-live-${Date.now().toString(36)}`;
  const session = await pulse.createSession(options.facilitator, { teamId: `bench-team-live-${Date.now().toString(36)}`, meetingId });

  const windowCount = Math.ceil(options.durationMs / options.windowMs);
  const windows = Array.from({ length: windowCount }, () => ({ requests: zero(), pollLatencies: [] as number[] }));
  const totals = zero();
  const started = performance.now();
  const elapsed = () => performance.now() - started;
  const record = (kind: Kind, at: number, pollMs?: number) => {
    totals[kind] += 1;
    const window = windows[Math.min(windowCount - 1, Math.floor(at / options.windowMs))];
    if (!window) return;
    window.requests[kind] += 1;
    if (pollMs !== undefined) window.pollLatencies.push(pollMs);
  };

  const panel = async (person: Person) => {
    await sleep(random() * options.openWithinMs);
    const opened = await pulse.openSessions(person, meetingId);
    record(opened.status === 200 ? 'open' : 'error', elapsed());
    const joined = await pulse.join(person, session.id);
    record(joined.status === 200 ? 'join' : 'error', elapsed());
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
          record(reread.status === 200 ? 'session' : 'error', elapsed());
        }
        loaded = true;
      } else record('error', at);
      await sleep(pollIntervalMs);
    }
  };

  const voter = async (person: Person) => {
    const times = statementIds.map(() => options.openWithinMs + random() * (options.votingMs - options.openWithinMs)).sort((a, b) => a - b);
    for (const [index, statementId] of statementIds.entries()) {
      await sleep(Math.max(0, (times[index] ?? 0) - elapsed()));
      const reply = await pulse.vote(person, session.id, statementId, (1 + Math.floor(random() * 5)) as Rating);
      record(reply.status === 200 ? 'vote' : 'error', elapsed());
    }
  };

  // One CPU window per reporting window, cut on the window boundaries.
  const cpuReadings: CpuReading[] = [];
  let cpu = cpuWindow(options.pids ?? {});
  const cutter = setInterval(() => {
    if (cpuReadings.length < windowCount - 1) {
      cpuReadings.push(cpu.stop());
      cpu = cpuWindow(options.pids ?? {});
    }
  }, options.windowMs);
  const stopProgress = progress.every(
    () =>
      `live: ${(elapsed() / 1000).toFixed(0)}/${options.durationMs / 1000} s, ${totals.poll304} polls 304, ` +
      `${totals.poll200} polls 200, ${totals.session} session re-reads, ${totals.vote} votes, ${totals.error} errors`,
  );
  progress.step(`live updates: ${options.participants.length} panels polling every ${pollIntervalMs} ms for ${options.durationMs / 1000} s`);
  await Promise.all([...options.participants.map(panel), ...options.participants.map(voter)]);
  clearInterval(cutter);
  cpuReadings.push(cpu.stop());
  stopProgress();

  const seconds = elapsed() / 1000;
  const all = Object.values(totals).reduce((sum, n) => sum + n, 0);
  const polls = totals.poll200 + totals.poll304;
  const n = options.participants.length;
  return {
    participants: n,
    durationSeconds: round(seconds, 1),
    pollIntervalMs,
    totals,
    requestsPerParticipantPerMinute: round(all / n / (seconds / 60), 1),
    pollsPerParticipantPerMinute: round(polls / n / (seconds / 60), 1),
    notModifiedShare: polls ? round(totals.poll304 / polls, 3) : 0,
    windows: windows.map((window, index) => {
      const fromSecond = (index * options.windowMs) / 1000;
      const toSecond = Math.min(seconds, ((index + 1) * options.windowMs) / 1000);
      const count = Object.values(window.requests).reduce((sum, c) => sum + c, 0);
      const cpuReading = cpuReadings[index] ?? { wallMs: 0, cpuMs: {}, percentOfCore: {}, otherPercentOfCore: null };
      return {
        fromSecond,
        toSecond: round(toSecond, 1),
        requests: window.requests,
        requestsPerParticipantPerMinute: round(count / n / ((toSecond - fromSecond) / 60), 1),
        pollLatencyMs: summarize(window.pollLatencies),
        cpu: cpuReading,
      };
    }),
  };
}

/** CPU of the stack with no requests at all: what an idle instance costs. */
export async function idleCpu(pids: Record<string, number | undefined>, ms: number): Promise<CpuReading> {
  const window = cpuWindow(pids);
  await sleep(ms);
  return window.stop();
}
