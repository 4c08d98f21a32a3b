/**
 * `npm run bench`: the performance benchmark of Customer Pulse on this machine.
 *
 * Starts its own stack (Azurite on a temporary data folder and the local API host, each a
 * process of its own), runs the scenarios of bench.ts, prints a table and writes every figure
 * to tests/bench/results.json (the repository's top level stays as it is). Progress goes to
 * stderr, the table to stdout.
 *
 *   npm run bench                          everything (about 3½ minutes)
 *   npm run bench -- --update-readme       also put the table into README.md's Performance section
 *   npm run bench -- --only=burst,results  some scenarios (idle, raw, burst, results, history, leadership, live, hostile, tab)
 *   npm run bench -- --live-seconds=30     a shorter live-update scenario, for trying things out
 *   npm run bench -- --out=/tmp/r.json     write the results elsewhere
 *   npm run bench -- --wait-quiet=60       before each scenario, wait up to 60 s for other processes to calm
 *                                          down, and repeat a short scenario (up to twice) that they disturbed
 *
 * The machine has two cores: other people's builds, tests or browsers running at the same time
 * change every figure. The bench measures how much CPU other processes use before and during
 * each scenario and shows it next to the figures.
 */
import { readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { repoRoot } from '../../api/local/paths.ts';
import { fullConfig, runBench, scenarioNames, type BenchConfig, type ScenarioName } from './bench.ts';
import { consoleProgress } from './progress.ts';
import { buildReport, markdownTable, withTableInReadme } from './report.ts';
import { startBenchStack } from './stack.ts';
import { sleep } from './driver.ts';
import { cpuWindow } from './stats.ts';

const args = new Map(
  process.argv.slice(2).map((arg) => {
    const [name, value] = arg.replace(/^--/, '').split('=');
    return [name ?? '', value ?? 'true'] as const;
  }),
);
const config: BenchConfig = { ...fullConfig, live: { ...fullConfig.live } };
const only = args.get('only');
if (only) {
  const names = only.split(',').map((name) => name.trim());
  const unknown = names.filter((name) => !(scenarioNames as readonly string[]).includes(name));
  if (unknown.length) throw new Error(`Unknown scenario ${unknown.join(', ')}; known: ${scenarioNames.join(', ')}`);
  config.scenarios = names as ScenarioName[];
}
const liveSeconds = args.get('live-seconds');
if (liveSeconds) {
  config.live.durationMs = Number(liveSeconds) * 1000;
  config.live.windowMs = Math.min(config.live.windowMs, config.live.durationMs / 2);
  config.live.votingMs = Math.min(config.live.votingMs, config.live.windowMs);
}
const outFile = args.get('out') ?? join(repoRoot, 'tests/bench/results.json');

const started = performance.now();
const progress = consoleProgress(started);

/** Share of a core that processes other than this one use, over two seconds. */
async function backgroundLoad(): Promise<number | null> {
  const window = cpuWindow({});
  await sleep(2_000);
  return window.stop().otherPercentOfCore;
}
let before = await backgroundLoad();
const waitQuietSeconds = Number(args.get('wait-quiet') ?? 0);
while (before !== null && before > 25 && performance.now() - started < waitQuietSeconds * 1000) {
  progress.step(`waiting for a quieter machine: other processes use ${before} % of a core`);
  before = await backgroundLoad();
}
if (before !== null && before > 25) {
  progress.step(`warning: other processes use ${before} % of a core; figures will be noisy (try --wait-quiet=120)`);
}
const benchStarted = performance.now();
progress.step(`starting Azurite and the local API host (scenarios: ${config.scenarios.join(', ')})`);
const starting = startBenchStack();
// Interrupted (Ctrl+C, a timeout): stop Azurite and the hosts rather than leave them running.
for (const signal of ['SIGINT', 'SIGTERM'] as const) {
  process.once(signal, () => {
    progress.step(`${signal}: stopping the bench stack`);
    void starting
      .then((stack) => stack.stop())
      .catch(() => undefined)
      .finally(() => process.exit(130));
  });
}
const stack = await starting;
let exitCode = 0;
try {
  const host = await stack.startHost();
  const results = await runBench(
    config,
    {
      apiOrigin: host.origin,
      storageConnectionString: stack.azurite.connectionString,
      dataDir: stack.dataDir,
      pids: { host: host.pid, azurite: stack.azurite.process.pid },
      startUncachedHost: () => stack.startHost({ RESULTS_CACHE_MS: '0' }),
      quiet: waitQuietSeconds > 0 ? { maxWaitMs: waitQuietSeconds * 1000, belowPercentOfCore: 20, retries: 2 } : undefined,
      startSeedingHost: () => stack.startHost({ SESSIONS_PER_TEAM_PER_DAY: '100000', CHECKS_PER_PERSON_PER_DAY: '100000', VOTES_PER_MINUTE: '100000' }),
      startCompanyStack: async () => {
        const company = await startBenchStack({ storage: 'memory' });
        try {
          const companyHost = await company.startHost();
          return {
            apiOrigin: companyHost.origin,
            storageConnectionString: company.azurite.connectionString,
            pids: { host: companyHost.pid, azurite: company.azurite.process.pid },
            stop: () => company.stop(),
          };
        } catch (error) {
          await company.stop();
          throw error;
        }
      },
    },
    progress,
  );
  await host.stop();
  const report = buildReport(results, {
    durationSeconds: (performance.now() - benchStarted) / 1000 - (results.quietWaitSeconds ?? 0),
    backgroundLoadPercentOfCore: { before },
    settings: {
      voters: config.voters,
      statements: 3,
      burstWindowMs: config.burstWindowMs,
      thinkMs: config.thinkMs.join('–'),
      concurrency: config.concurrency,
      burstConnections: config.burstConnections,
      historyChecks: config.history.checks,
      historyMembers: config.history.members,
      leadershipTeams: config.leadership.teams,
      liveParticipants: config.live.participants,
      liveDurationMs: config.live.durationMs,
      tabRuns: config.tabRuns,
      scenarios: config.scenarios.join(','),
      quietWaitSeconds: results.quietWaitSeconds ?? 0,
    },
  });
  await writeFile(outFile, `${JSON.stringify(report, null, 2)}\n`);
  const table = markdownTable(report);
  process.stdout.write(`\n${table}\n\n`);
  progress.step(`results written to ${outFile}`);
  if (args.has('update-readme')) {
    const readmePath = join(repoRoot, 'README.md');
    const updated = withTableInReadme(await readFile(readmePath, 'utf8'), table);
    if (updated) {
      await writeFile(readmePath, updated);
      progress.step('README.md Performance table updated');
    } else {
      progress.step('README.md has no <!-- bench:start --> / <!-- bench:end --> markers; not updated');
    }
  }
  if (Object.keys(results.failures).length > 0) exitCode = 1;
} catch (error) {
  progress.step(`bench failed: ${(error as Error).stack ?? String(error)}`);
  exitCode = 1;
} finally {
  await stack.stop();
}
process.exit(exitCode);
