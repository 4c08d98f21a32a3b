/**
 * Small numeric helpers for the benchmark: latency summaries (nearest-rank percentiles),
 * rounding, and CPU time of processes read from /proc (Linux), so the bench can report what
 * a request costs the server without the server having to report it.
 */
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';

export interface LatencySummary {
  count: number;
  p50: number;
  p95: number;
  p99: number;
  mean: number;
  max: number;
}

/** Nearest-rank percentile of already sorted values; 0 for none. */
export function percentile(sorted: readonly number[], p: number): number {
  if (sorted.length === 0) return 0;
  const rank = Math.min(sorted.length, Math.max(1, Math.ceil((p / 100) * sorted.length)));
  return sorted[rank - 1] ?? 0;
}

export function summarize(latenciesMs: readonly number[]): LatencySummary {
  const sorted = [...latenciesMs].sort((a, b) => a - b);
  const sum = sorted.reduce((total, value) => total + value, 0);
  return {
    count: sorted.length,
    p50: round(percentile(sorted, 50)),
    p95: round(percentile(sorted, 95)),
    p99: round(percentile(sorted, 99)),
    mean: round(sorted.length ? sum / sorted.length : 0),
    max: round(sorted[sorted.length - 1] ?? 0),
  };
}

export function median(values: readonly number[]): number {
  return percentile([...values].sort((a, b) => a - b), 50);
}

export function round(value: number, digits = 2): number {
  const factor = 10 ** digits;
  return Math.round(value * factor) / factor;
}

/** a / b, or null when b is 0 (a ratio that cannot be formed is not a number to report). */
export function ratio(a: number, b: number, digits = 2): number | null {
  return b > 0 ? round(a / b, digits) : null;
}

let clockTicks: number | undefined;
function ticksPerSecond(): number {
  if (clockTicks === undefined) {
    try {
      clockTicks = Number(execFileSync('getconf', ['CLK_TCK'], { encoding: 'utf8' }).trim()) || 100;
    } catch {
      clockTicks = 100;
    }
  }
  return clockTicks;
}

/** User + system CPU time of a process in ms, or undefined where /proc cannot tell. */
export function processCpuMs(pid: number | undefined): number | undefined {
  if (pid === undefined) return undefined;
  try {
    const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
    // The command name (field 2) may contain spaces; fields after its closing parenthesis are fixed.
    const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
    const utime = Number(fields[11]);
    const stime = Number(fields[12]);
    if (!Number.isFinite(utime) || !Number.isFinite(stime)) return undefined;
    return ((utime + stime) * 1000) / ticksPerSecond();
  } catch {
    return undefined;
  }
}

/**
 * Busy CPU time of the whole machine in ms, from /proc/stat: user, nice, system and steal
 * (time the hypervisor gave to other machines). Interrupt time is left out: on loopback it is
 * mostly this benchmark's own network traffic, which no process is charged for.
 */
export function machineBusyMs(): number | undefined {
  try {
    const line = readFileSync('/proc/stat', 'utf8').split('\n')[0] ?? '';
    const [, user, nice, system, , , , , steal] = line.trim().split(/\s+/).map(Number);
    const busy = [user, nice, system, steal].reduce<number>((sum, value) => sum + (value ?? 0), 0);
    return (busy * 1000) / ticksPerSecond();
  } catch {
    return undefined;
  }
}

export interface CpuWindow {
  /** CPU ms spent per watched process since the window opened, and wall-clock ms. */
  stop(): CpuReading;
}

export interface CpuReading {
  wallMs: number;
  /** Per process name: CPU ms in the window (null when the process cannot be observed). */
  cpuMs: Record<string, number | null>;
  /** Per process name: share of one core in the window, in % (null when unknown). */
  percentOfCore: Record<string, number | null>;
  /**
   * Share of one core used by everything else on the machine (other people's builds and
   * browsers, the kernel): when it is high, the window's figures are noisy.
   */
  otherPercentOfCore: number | null;
}

/** Opens a measuring window over named processes (`self` = this benchmark process). */
export function cpuWindow(pids: Record<string, number | undefined>): CpuWindow {
  const started = performance.now();
  const before = Object.fromEntries(Object.entries(pids).map(([name, pid]) => [name, processCpuMs(pid)]));
  const selfBefore = process.cpuUsage();
  const machineBefore = machineBusyMs();
  return {
    stop() {
      const wallMs = performance.now() - started;
      const cpuMs: Record<string, number | null> = {};
      for (const [name, pid] of Object.entries(pids)) {
        const start = before[name];
        const end = processCpuMs(pid);
        cpuMs[name] = start === undefined || end === undefined ? null : round(end - start, 1);
      }
      const self = process.cpuUsage(selfBefore);
      cpuMs.driver = round((self.user + self.system) / 1000, 1);
      const percentOfCore = Object.fromEntries(
        Object.entries(cpuMs).map(([name, ms]) => [name, ms === null ? null : round((ms / wallMs) * 100, 1)]),
      );
      const machineAfter = machineBusyMs();
      const ours = Object.values(cpuMs).reduce<number>((sum, ms) => sum + (ms ?? 0), 0);
      const otherPercentOfCore =
        machineBefore === undefined || machineAfter === undefined
          ? null
          : round((Math.max(0, machineAfter - machineBefore - ours) / wallMs) * 100, 1);
      return { wallMs: round(wallMs, 0), cpuMs, percentOfCore, otherPercentOfCore };
    },
  };
}
