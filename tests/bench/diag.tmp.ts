import { request } from 'undici';
import { TableClient } from '@azure/data-tables';
import { fullConfig, runBench } from './bench.ts';
import { consoleProgress } from './progress.ts';
import { startBenchStack } from './stack.ts';

const stack = await startBenchStack();
const host = await stack.startHost();
const probes: string[] = [];
let stop = false;
const azClient = TableClient.fromConnectionString(stack.azurite.connectionString, 'probe', { allowInsecureConnection: true });
await azClient.createTable();
const t0 = performance.now();
(async () => {
  while (!stop) {
    const a = performance.now();
    const r = await request(`${host.origin}/api/health`); await r.body.dump();
    const b = performance.now();
    await azClient.getEntity('x', 'y').catch(() => undefined);
    const c = performance.now();
    if (b - a > 100 || c - b > 100) probes.push(`${((a - t0) / 1000).toFixed(1)}s host ${(b - a).toFixed(0)} azurite ${(c - b).toFixed(0)}`);
    await new Promise((r) => setTimeout(r, 50));
  }
})();
const results = await runBench({ ...fullConfig, scenarios: ['raw', 'burst'] }, {
  apiOrigin: host.origin, storageConnectionString: stack.azurite.connectionString, dataDir: stack.dataDir,
  pids: { host: host.pid, azurite: stack.azurite.process.pid },
}, consoleProgress());
stop = true;
console.log(probes.join('\n'));
const b = results.voteBurst!.burst;
console.log('p99', b.latencyMs.p99, b.timeline.map((t) => `${t.atSecond}:${t.max}`).join(' '));
await stack.stop();
process.exit(0);
