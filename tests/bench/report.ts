/**
 * Turns the scenario results into the figures the issue asks for: one row per figure with its
 * target, whether it is met and by how much it is missed, as a Markdown table (printed, and
 * put into the README's Performance section on request) and as machine-readable JSON.
 */
import { cpus, totalmem, platform, release } from 'node:os';
import type { LiveUpdatesResult } from './scenarios/liveUpdates.ts';
import type { RawBaselineResult } from './scenarios/rawBaseline.ts';
import type { ReadMode } from './scenarios/resultsRead.ts';
import type { TabLoadResult } from './scenarios/tabLoad.ts';
import type { HostileUserResult } from './scenarios/hostileUser.ts';
import type { TeamHistoryResult } from './scenarios/teamHistory.ts';
import type { LeadershipResult } from './scenarios/leadership.ts';
import type { VoteBurstResult } from './scenarios/voteBurst.ts';
import type { MembershipStats } from '../../api/src/auth/membership.ts';
import { median, ratio, round, type CpuReading } from './stats.ts';

export interface ScenarioResults {
  idle?: CpuReading;
  rawBaseline?: RawBaselineResult;
  voteBurst?: VoteBurstResult;
  /** Membership checks during the vote burst (joins, votes, polls), by where the answer came from. */
  voteBurstMembership?: MembershipStats;
  resultsRead?: { cached?: ReadMode; uncached?: ReadMode; sessions: { small: number; large: number } };
  liveUpdates?: LiveUpdatesResult;
  teamHistory?: TeamHistoryResult;
  leadership?: LeadershipResult;
  hostileUser?: HostileUserResult;
  tab?: TabLoadResult;
  /** Scenarios that failed, with the error: the rest of the run still reports. */
  failures: Record<string, string>;
  /** Time spent waiting for other processes to calm down (--wait-quiet), not part of the run. */
  quietWaitSeconds?: number;
  /** Per repeatable scenario: the share of a core other processes used in each attempt. */
  attempts?: Record<string, number[]>;
}

export interface Figure {
  scenario: string;
  figure: string;
  value: number | string | null;
  unit: string;
  target?: { op: '<' | '<=' | '>=' | '='; value: number };
  met?: boolean;
  /** For a missed target: how far off, in the figure's unit and in %. */
  missedBy?: string;
  note?: string;
}

export interface BenchReport {
  command: string;
  date: string;
  durationSeconds: number;
  machine: {
    node: string;
    cpu: string;
    cores: number;
    memoryGiB: number;
    os: string;
    chromium?: string;
    /** Share of a core other processes used just before the run. */
    backgroundLoadPercentOfCore?: { before: number | null };
  };
  settings: Record<string, number | string>;
  figures: Figure[];
  targets: { total: number; met: number; missed: string[] };
  results: ScenarioResults;
}

function judged(figure: Omit<Figure, 'met' | 'missedBy'>): Figure {
  const { target, value } = figure;
  if (!target || typeof value !== 'number') return figure;
  const ok =
    target.op === '<' ? value < target.value
    : target.op === '<=' ? value <= target.value
    : target.op === '>=' ? value >= target.value
    : value === target.value;
  if (ok) return { ...figure, met: true };
  const off = Math.abs(value - target.value);
  const percent = target.value !== 0 ? ` (${round((off / target.value) * 100, 0)} %)` : '';
  const direction = target.op === '>=' ? 'short' : 'over';
  return { ...figure, met: false, missedBy: `${round(off, 2)} ${figure.unit}${percent} ${direction}`.trim() };
}

const kb = (bytes: number) => round(bytes / 1024, 1);
/** How much of a core other processes on the machine used meanwhile: high values mean noisy figures. */
const others = (percent: number | null | undefined) => (percent === null || percent === undefined ? '' : `others on the machine ${percent} % of a core`);
const joinNotes = (...notes: string[]) => notes.filter(Boolean).join('; ') || undefined;

export function figuresOf(results: ScenarioResults): Figure[] {
  const figures: Figure[] = [];
  const add = (figure: Omit<Figure, 'met' | 'missedBy'>) => figures.push(judged(figure));
  const { rawBaseline, voteBurst, resultsRead, liveUpdates, teamHistory, leadership, hostileUser, tab, idle } = results;

  if (rawBaseline) {
    add({
      scenario: '1 Raw storage',
      figure: `bare upserts, ${rawBaseline.concurrency} in flight`,
      value: rawBaseline.entitiesPerSecond,
      unit: 'entities/s',
      note: joinNotes(others(rawBaseline.cpu.otherPercentOfCore)),
    });
    add({ scenario: '1 Raw storage', figure: 'upsert latency p50 / p99', value: `${rawBaseline.latencyMs.p50} / ${rawBaseline.latencyMs.p99}`, unit: 'ms' });
  }
  if (voteBurst) {
    const { burst, capacity, verification } = voteBurst;
    const scenario = '2 Vote burst';
    add({
      scenario,
      figure: `${voteBurst.voters} voters × ${voteBurst.statements} in ${round(burst.windowMs / 1000, 1)} s (offered ${burst.offeredVotesPerSecond}/s)`,
      value: burst.votesPerSecond,
      unit: 'votes/s',
      note: joinNotes(`max ${burst.maxInFlight} in flight`, others(burst.cpu?.otherPercentOfCore)),
    });
    add({ scenario, figure: 'burst latency p50 / p95', value: `${burst.latencyMs.p50} / ${burst.latencyMs.p95}`, unit: 'ms' });
    add({ scenario, figure: 'burst latency p99', value: burst.latencyMs.p99, unit: 'ms', target: { op: '<', value: 250 } });
    const membership = results.voteBurstMembership;
    if (membership) {
      add({
        scenario,
        figure: 'membership checks answered by the cache (people past the token’s group limit)',
        value: round((100 * membership.fromCache) / Math.max(1, membership.fromCache + membership.fromGraph), 1),
        unit: '%',
        note: `${membership.checks} checks: ${membership.fromGraph} asked Graph, ${membership.fromCache} from the cache, ${membership.fromToken} from the token`,
      });
    }
    add({ scenario, figure: 'errors (burst + capacity run)', value: burst.errors + capacity.errors, unit: '', target: { op: '=', value: 0 } });
    add({
      scenario,
      figure: 'acknowledged votes lost or counted twice',
      value: verification.lost + verification.extra + verification.distributionMismatches + (verification.storage ? verification.storage.missing + verification.storage.wrongValue + verification.storage.unexpected : 0),
      unit: '',
      target: { op: '=', value: 0 },
      note: `${verification.acknowledgedPairs} acknowledged, ${verification.countedInResults} counted${verification.storage ? `, ${verification.storage.rows} rows in storage` : ''}`,
    });
    add({
      scenario,
      figure: `capacity: changed votes, ${capacity.concurrency} in flight`,
      value: capacity.votesPerSecond,
      unit: 'votes/s',
      note: joinNotes(`p50 ${capacity.latencyMs.p50} ms, p99 ${capacity.latencyMs.p99} ms`, others(capacity.cpu?.otherPercentOfCore)),
    });
    const ratios = (voteBurst.ratioRounds ?? []).map((pair) => pair.ratio);
    if (ratios.length > 0) {
      add({
        scenario,
        figure: `API capacity ÷ raw storage, median of ${ratios.length} interleaved rounds (same concurrency)`,
        value: round(median(ratios), 2),
        unit: '×',
        target: { op: '>=', value: 0.5 },
        note: `spread ${round(Math.min(...ratios), 2)}–${round(Math.max(...ratios), 2)}; rounds ${ratios.map((r) => round(r, 2)).join(', ')}`,
      });
    } else if (rawBaseline) {
      add({
        scenario,
        figure: 'API capacity ÷ raw storage (same concurrency)',
        value: ratio(capacity.votesPerSecond, rawBaseline.entitiesPerSecond),
        unit: '×',
        target: { op: '>=', value: 0.5 },
      });
    }
  }
  if (resultsRead) {
    const scenario = '3 Results read';
    const { small, large } = resultsRead.sessions;
    // As deployed (with the cache) an unchanged check is answered from memory, so the read's
    // growth with the voters is judged there; without the cache every full read rescans the
    // votes, which is shown for information. The 304 path is judged where a full read really
    // computes (no cache): a 304 is one point read of the check's version; with the cache,
    // full read and 304 are both answered from memory and differ only by the body.
    const modes = [
      ['cached', 'as deployed (results cache)', { growth: true, notModified: false }],
      ['uncached', 'RESULTS_CACHE_MS=0', { growth: false, notModified: true }],
    ] as const;
    for (const [mode, label, judges] of modes) {
      const read = resultsRead[mode];
      if (!read) continue;
      const timing = (m: typeof read.large.full) => m.serverTimingMs?.p50 ?? '?';
      add({
        scenario,
        figure: `${label}: full read p50, ${small} vs ${large} voters`,
        value: `${read.small.full.latencyMs.p50} vs ${read.large.full.latencyMs.p50}`,
        unit: 'ms',
        note: joinNotes(others(read.large.full.otherPercentOfCore)),
      });
      add({
        scenario,
        figure: `${label}: ${large} ÷ ${small} voters, p50 latency`,
        value: read.growth.latencyP50,
        unit: '×',
        target: judges.growth ? { op: '<=', value: 2 } : undefined,
        note: judges.growth ? undefined : 'information: every read rescans the votes',
      });
      add({
        scenario,
        figure: `${label}: server time per read, full vs 304 (${large} voters): handler p50 (Server-Timing) · host + Azurite CPU`,
        value: `${timing(read.large.full)} vs ${timing(read.large.notModified)} · ${read.large.full.serverCpuMsPerRequest ?? '?'} vs ${read.large.notModified.serverCpuMsPerRequest ?? '?'}`,
        unit: 'ms',
      });
      add({
        scenario,
        figure: `${label}: 304 cheaper than full, server CPU`,
        value: read.notModifiedAdvantage.serverCpu,
        unit: '×',
        target: judges.notModified ? { op: '>=', value: 5 } : undefined,
        note: joinNotes(
          read.notModifiedAdvantage.serverTimingP50 === null ? '' : `handler time ${read.notModifiedAdvantage.serverTimingP50}×`,
          judges.notModified ? '' : 'information: both answered from memory',
        ),
      });
      add({ scenario, figure: `${label}: 304 cheaper than full, p50 latency`, value: read.notModifiedAdvantage.latencyP50, unit: '×' });
    }
  }
  if (liveUpdates) {
    const scenario = '4 Live updates';
    add({
      scenario,
      figure: `requests per participant per minute (${liveUpdates.participants} people, ${round(liveUpdates.durationSeconds / 60, 1)} min)`,
      value: liveUpdates.requestsPerParticipantPerMinute,
      unit: 'req/min',
      note: `poll every ${liveUpdates.pollIntervalMs} ms; ${round(liveUpdates.notModifiedShare * 100, 1)} % of polls 304`,
    });
    for (const window of liveUpdates.windows) {
      const busy = window.fromSecond * 1000 < liveUpdates.votingMs ? 'people rating' : 'idle meeting';
      add({
        scenario,
        figure: `${window.fromSecond}–${window.toSecond} s (${busy}): req/participant/min · host CPU · Azurite CPU`,
        value: `${window.requestsPerParticipantPerMinute} · ${window.cpu.percentOfCore.host ?? '?'} % · ${window.cpu.percentOfCore.azurite ?? '?'} %`,
        unit: '',
        note: joinNotes(
          `poll p50 ${window.pollLatencyMs.p50} ms, p99 ${window.pollLatencyMs.p99} ms`,
          window.storageCpuMsPerPoll === null ? '' : `Azurite ${window.storageCpuMsPerPoll} ms CPU per poll`,
          others(window.cpu.otherPercentOfCore),
        ),
      });
    }
  }
  if (idle) {
    add({
      scenario: '4 Live updates',
      figure: 'server CPU with no requests (host · Azurite)',
      value: `${idle.percentOfCore.host ?? '?'} % · ${idle.percentOfCore.azurite ?? '?'} %`,
      unit: 'of a core',
    });
  }
  if (teamHistory) {
    const scenario = '5 Team history';
    add({
      scenario,
      figure: `history read p95, ${teamHistory.checks} closed checks`,
      value: teamHistory.latencyMs.p95,
      unit: 'ms',
      target: { op: '<', value: 100 },
      note: joinNotes(`${teamHistory.votersPerCheck} voters each`, others(teamHistory.otherPercentOfCore)),
    });
    add({ scenario, figure: 'history read p50 · server CPU per read', value: `${teamHistory.latencyMs.p50} · ${teamHistory.serverCpuMsPerRead ?? '?'}`, unit: 'ms' });
  }
  if (leadership) {
    const scenario = '8 Leadership view';
    const { few, many } = leadership;
    add({
      scenario,
      figure: `first page p95, ${few.sharedTeams} shared teams × ${many.checksPerTeam} checks`,
      value: many.latencyMs.p95,
      unit: 'ms',
      target: { op: '<', value: 300 },
      note: joinNotes(`p50 ${many.latencyMs.p50} ms, ${many.responseBytes} bytes`, others(leadership.otherPercentOfCore)),
    });
    add({
      scenario,
      figure: `first page p95, ${many.checksPerTeam} ÷ ${few.checksPerTeam} checks per team`,
      value: leadership.manyOverFewP95,
      unit: '×',
      target: { op: '<=', value: 1.5 },
      note: `${many.latencyMs.p95} vs ${few.latencyMs.p95} ms, reads alternating`,
    });
    add({
      scenario,
      figure: 'grouped by unit, p95 (few · many checks)',
      value: `${leadership.groupedP95.few} · ${leadership.groupedP95.many}`,
      unit: 'ms',
    });
    add({
      scenario,
      figure: 'seeding through the storage layer (few · many checks)',
      value: `${few.seedSeconds} · ${many.seedSeconds}`,
      unit: 's',
      note: `${few.summaries + many.summaries} summaries; errors ${few.errors + many.errors}`,
    });
  }
  if (hostileUser) {
    const scenario = '7 One hostile user';
    const { flood, before, after, growth } = hostileUser;
    add({
      scenario,
      figure: 'what the flood got through (accepted / tried)',
      value: (['answers', 'registerEntries', 'actions', 'templates', 'checks'] as const).map((kind) => `${kind} ${flood[kind].accepted}/${flood[kind].tried}`).join(' · '),
      unit: '',
      note: `the rest refused with 429 (${Object.values(flood).reduce((sum, kind) => sum + kind.refused429, 0)}) or 409/other (${Object.values(flood).reduce((sum, kind) => sum + kind.other, 0)})`,
    });
    const labels = { session: "the team's check (GET session)", results: 'its results poll', templates: "the team's template list (first page)", eraseOwnVotes: 'erasing one’s own ratings' } as const;
    for (const kind of ['session', 'results', 'templates', 'eraseOwnVotes'] as const) {
      add({
        scenario,
        figure: `${labels[kind]}: body after ÷ before`,
        value: growth[kind].bytes,
        unit: '×',
        target: { op: '<=', value: 2 },
        note:
          kind === 'templates'
            ? `${before[kind].bytes} → ${after[kind].bytes} bytes; the team already had a page of its own (with only the built-ins: ${hostileUser.builtInsOnlyTemplateBytes} bytes)`
            : `${before[kind].bytes} → ${after[kind].bytes} bytes`,
      });
      add({
        scenario,
        figure: `${labels[kind]}: p50 latency after ÷ before`,
        value: growth[kind].latencyP50,
        unit: '×',
        target: { op: '<=', value: 2 },
        note: `${before[kind].latencyMs.p50} → ${after[kind].latencyMs.p50} ms`,
      });
    }
    // Paged reads hold what the flood wrote, as much as one page takes: bounded, not compared.
    const paged = { answersPage: 'one page of the flooded question’s answers (10)', review: 'the check’s opening review (5 + 5)' } as const;
    for (const kind of ['answersPage', 'review'] as const) {
      add({
        scenario,
        figure: `${paged[kind]}: body before · after, p50 after`,
        value: `${kb(before[kind].bytes)} · ${kb(after[kind].bytes)}, ${after[kind].latencyMs.p50}`,
        unit: 'KB, ms',
      });
    }
    add({ scenario, figure: "the team's facilitator can still start a check", value: hostileUser.facilitatorCanStart ? 'yes' : 'no', unit: '' });
  }
  if (tab) {
    const scenario = '6 Tab';
    const { initial, deferred } = tab.sizes;
    add({ scenario, figure: `first-load JS (${initial.js.length} files), raw / gzip`, value: `${kb(initial.js.reduce((s, a) => s + a.rawBytes, 0))} / ${kb(initial.jsGzipBytes)}`, unit: 'KB' });
    add({ scenario, figure: `first-load CSS (${initial.css.length} files), raw / gzip`, value: `${kb(initial.css.reduce((s, a) => s + a.rawBytes, 0))} / ${kb(initial.cssGzipBytes)}`, unit: 'KB' });
    add({ scenario, figure: 'side panel first load, gzip', value: kb(initial.gzipBytes), unit: 'KB', target: { op: '<=', value: 150 } });
    add({ scenario, figure: 'split out, loaded on demand (gzip)', value: kb(deferred.reduce((s, a) => s + a.gzipBytes, 0)), unit: 'KB', note: `${deferred.length} chunks` });
    if (tab.timing) {
      add({ scenario, figure: `navigation → app.notifySuccess, median of ${tab.timing.runs}`, value: tab.timing.median.notifySuccessMs, unit: 'ms', target: { op: '<', value: 1000 } });
      add({ scenario, figure: `navigation → first rating control, median of ${tab.timing.runs}`, value: tab.timing.median.firstRatingMs, unit: 'ms', target: { op: '<', value: 1000 } });
      const b = tab.timing.breakdown;
      if (b) {
        const message = (func: string) => b.hostMessages.find((m) => m.func === func)?.ms ?? '?';
        add({
          scenario,
          figure: 'where the time goes (median run)',
          value: `scripts ${b.scriptsLoadedMs} · DOMContentLoaded ${b.domContentLoadedMs} · initialize ${message('initialize')} · token ${message('authentication.getAuthToken')} · API ${b.apiCalls.map((c) => `${c.startMs}–${c.endMs}`).join(', ')} · rating ${b.firstRatingMs}`,
          unit: 'ms',
        });
      }
      if (tab.timing.heatMap) {
        add({
          scenario,
          figure: `leadership view: navigation → heat map of a full first page painted (${tab.timing.heatMap.cells} cells), median of ${tab.timing.heatMap.runs}`,
          value: tab.timing.heatMap.median,
          unit: 'ms',
          target: { op: '<', value: 1000 },
        });
      }
      if (tab.timing.sideBySide.runs > 0) {
        add({
          scenario,
          figure: `three panels loading side by side: notifySuccess · first rating, median of ${tab.timing.sideBySide.runs}`,
          value: `${tab.timing.sideBySide.median.notifySuccessMs} · ${tab.timing.sideBySide.median.firstRatingMs}`,
          unit: 'ms',
        });
      }
    }
  }
  for (const [scenario, error] of Object.entries(results.failures)) {
    figures.push({ scenario, figure: 'scenario failed', value: firstLines(error), unit: '', met: false });
  }
  return figures;
}

/** The gist of an error for a table cell: no colours, no stack, at most two lines. */
function firstLines(error: string): string {
  // eslint-disable-next-line no-control-regex
  const plain = error.replace(/\u001b\[[0-9;]*m/g, '');
  const lines = plain.split('\n').map((line) => line.trim()).filter((line) => line && !line.startsWith('at '));
  return lines.slice(0, 2).join(' ').slice(0, 300);
}

export function buildReport(
  results: ScenarioResults,
  meta: {
    durationSeconds: number;
    settings: Record<string, number | string>;
    backgroundLoadPercentOfCore?: { before: number | null };
  },
): BenchReport {
  const figures = figuresOf(results);
  const judgedFigures = figures.filter((figure) => figure.met !== undefined);
  return {
    command: 'npm run bench',
    date: new Date().toISOString(),
    durationSeconds: round(meta.durationSeconds, 1),
    machine: {
      node: process.version,
      cpu: cpus()[0]?.model ?? 'unknown',
      cores: cpus().length,
      memoryGiB: round(totalmem() / 1024 ** 3, 1),
      os: `${platform()} ${release()}`,
      chromium: results.tab?.timing?.chromium,
      backgroundLoadPercentOfCore: meta.backgroundLoadPercentOfCore,
    },
    settings: meta.settings,
    figures,
    targets: {
      total: judgedFigures.length,
      met: judgedFigures.filter((figure) => figure.met).length,
      missed: judgedFigures.filter((figure) => !figure.met).map((figure) => `${figure.scenario}: ${figure.figure}`),
    },
    results,
  };
}

const cell = (text: string) => text.replace(/\|/g, '\\|');

export function markdownTable(report: BenchReport): string {
  const lines = [
    '| scenario | figure | value | target | |',
    '| --- | --- | --- | --- | --- |',
  ];
  for (const figure of report.figures) {
    const value = figure.value === null ? 'n/a' : `${figure.value}${figure.unit && figure.unit !== '×' ? ` ${figure.unit}` : figure.unit}`;
    const target = figure.target ? `${figure.target.op} ${figure.target.value}${figure.unit === '×' ? '×' : figure.unit ? ` ${figure.unit}` : ''}` : '';
    const verdict = figure.met === undefined ? '' : figure.met ? 'met' : `**missed**${figure.missedBy ? `: ${figure.missedBy}` : ''}`;
    const note = figure.note ? ` (${figure.note})` : '';
    lines.push(`| ${cell(figure.scenario)} | ${cell(figure.figure + note)} | ${cell(value)} | ${cell(target)} | ${cell(verdict)} |`);
  }
  const { machine } = report;
  lines.push(
    '',
    `${report.date.slice(0, 10)} · \`${report.command}\` · ${report.durationSeconds} s · Node ${machine.node} · ${machine.cores} × ${machine.cpu} · ${machine.memoryGiB} GiB` +
      (machine.chromium ? ` · Chromium ${machine.chromium}` : '') +
      (machine.backgroundLoadPercentOfCore?.before != null
        ? ` · other processes used ${machine.backgroundLoadPercentOfCore.before} % of a core before the run`
        : '') +
      (Number(report.settings.quietWaitSeconds) > 0 ? ` · waited ${report.settings.quietWaitSeconds} s for a quiet machine` : '') +
      Object.entries(report.results.attempts ?? {})
        .filter(([, attempts]) => attempts.length > 1)
        .map(([label, attempts]) => ` · ${label} run ${attempts.length} times (others ${attempts.join(', ')} % of a core; the quietest reported)`)
        .join('') +
      ` · targets met: ${report.targets.met} of ${report.targets.total}`,
  );
  return lines.join('\n');
}

export const readmeStart = '<!-- bench:start -->';
export const readmeEnd = '<!-- bench:end -->';

/** Replaces the table between the README's bench markers; false when the markers are missing. */
export function withTableInReadme(readme: string, table: string): string | undefined {
  const start = readme.indexOf(readmeStart);
  const end = readme.indexOf(readmeEnd);
  if (start < 0 || end < start) return undefined;
  return `${readme.slice(0, start + readmeStart.length)}\n${table}\n${readme.slice(end)}`;
}
