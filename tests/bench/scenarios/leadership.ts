/**
 * Scenario 8, the leadership view at company scale (issue #17): two tenants of `teams` teams
 * each, one after `fewChecks` weekly checks per team and one after `manyChecks` (five years),
 * and a leader of each who opens the view's first page. The read model makes the page one
 * partition read of O(teams), so the two should cost the same; the history behind them differs
 * a fifty-fold.
 *
 * Seeded through the storage layer (api/local/companySeed.ts, as `npm run seed -- --teams`
 * does): 520,000 checks through the API would take an hour and test the close, not the view.
 * The two tenants' reads alternate, round by round, so a disturbance of the machine falls on
 * both alike and their ratio stays the ratio of the code.
 */
import { seedCompany } from '../../../api/local/companySeed.ts';
import { tablesFor } from '../../../api/src/storage/tables.ts';
import type { LeadershipResponse } from '../../../api/src/contract/index.ts';
import { people, type Person } from '../api.ts';
import type { ApiDriver } from '../driver.ts';
import type { Progress } from '../progress.ts';
import { cpuWindow, ratio, round, summarize, type LatencySummary } from '../stats.ts';

export interface LeadershipOptions {
  api: ApiDriver;
  connectionString: string;
  teams: number;
  fewChecks: number;
  manyChecks: number;
  /** First-page reads per tenant. */
  reads: number;
  progress: Progress;
  pids?: Record<string, number | undefined>;
}

export interface LeadershipTenantResult {
  checksPerTeam: number;
  seedSeconds: number;
  summaries: number;
  sharedTeams: number;
  latencyMs: LatencySummary;
  responseBytes: number;
  errors: number;
}

export interface LeadershipResult {
  teams: number;
  few: LeadershipTenantResult;
  many: LeadershipTenantResult;
  /** p95 with `manyChecks` ÷ p95 with `fewChecks`. */
  manyOverFewP95: number | null;
  /** The same for the grouped first page (`groupBy=unit`, every unit's figures). */
  groupedP95: { few: number; many: number };
  otherPercentOfCore: number | null;
}

const firstPage = '/api/scores?pageSize=25';
const groupedPage = '/api/scores?pageSize=25&groupBy=unit&sort=overall&direction=desc';

export async function leadership(options: LeadershipOptions): Promise<LeadershipResult> {
  const stamp = Date.now().toString(36);
  const tables = tablesFor(options.connectionString);
  const tenants = { few: `bench-lead-few-${stamp}`, many: `bench-lead-many-${stamp}` };
  const seeded: Record<'few' | 'many', { seconds: number; summaries: number }> = { few: { seconds: 0, summaries: 0 }, many: { seconds: 0, summaries: 0 } };
  for (const kind of ['few', 'many'] as const) {
    const weeks = kind === 'few' ? options.fewChecks : options.manyChecks;
    let done = 0;
    options.progress.step(`leadership: seeding ${options.teams} teams × ${weeks} checks through the storage layer`);
    const stop = options.progress.every(() => `leadership (${weeks} checks): ${done}/${options.teams} teams seeded`);
    const started = performance.now();
    try {
      const result = await seedCompany(tables, { tenantId: tenants[kind], teams: options.teams, weeks, now: new Date(), onTeam: (count) => (done = count) });
      seeded[kind] = { seconds: round((performance.now() - started) / 1000), summaries: result.summaries };
    } finally {
      stop();
    }
  }

  const [fewReader] = await people(options.api, 1, { prefix: `bench-leader-few-${stamp}`, tenantId: tenants.few });
  const [manyReader] = await people(options.api, 1, { prefix: `bench-leader-many-${stamp}`, tenantId: tenants.many });
  const readers: Record<'few' | 'many', Person> = { few: fewReader!, many: manyReader! };
  const read = (kind: 'few' | 'many', path = firstPage) => options.api.call<LeadershipResponse>('GET', path, { token: readers[kind].token });

  options.progress.step(`leadership: ${options.reads} first-page reads per tenant, alternating`);
  const first = { few: await read('few'), many: await read('many') };
  for (const kind of ['few', 'many'] as const) {
    if (first[kind].status !== 200 || !first[kind].body) throw new Error(`leadership (${kind}): ${first[kind].status} ${first[kind].error ?? ''}`);
  }
  await Promise.all([read('few', groupedPage), read('many', groupedPage)]); // warm-up of the grouped page
  const latencies = { few: [] as number[], many: [] as number[] };
  const grouped = { few: [] as number[], many: [] as number[] };
  const errors = { few: 0, many: 0 };
  const cpu = cpuWindow(options.pids ?? {});
  for (let round = 0; round < options.reads; round += 1) {
    // Alternate which goes first, so neither always follows the other's garbage.
    for (const kind of round % 2 === 0 ? (['few', 'many'] as const) : (['many', 'few'] as const)) {
      const reply = await read(kind);
      if (reply.status === 200) latencies[kind].push(reply.ms);
      else errors[kind] += 1;
      if (round % 4 === 0) {
        const groupedReply = await read(kind, groupedPage);
        if (groupedReply.status === 200) grouped[kind].push(groupedReply.ms);
        else errors[kind] += 1;
      }
    }
  }
  const reading = cpu.stop();
  const tenantResult = (kind: 'few' | 'many'): LeadershipTenantResult => ({
    checksPerTeam: kind === 'few' ? options.fewChecks : options.manyChecks,
    seedSeconds: seeded[kind].seconds,
    summaries: seeded[kind].summaries,
    sharedTeams: first[kind].body!.total,
    latencyMs: summarize(latencies[kind]),
    responseBytes: Buffer.byteLength(JSON.stringify(first[kind].body)),
    errors: errors[kind],
  });
  const few = tenantResult('few');
  const many = tenantResult('many');
  return {
    teams: options.teams,
    few,
    many,
    manyOverFewP95: ratio(many.latencyMs.p95, few.latencyMs.p95),
    groupedP95: { few: summarize(grouped.few).p95, many: summarize(grouped.many).p95 },
    otherPercentOfCore: reading.otherPercentOfCore,
  };
}
