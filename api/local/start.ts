/**
 * `npm start`: the whole app on this machine with no Azure account and no Teams tenant —
 * Azurite (data kept in .data/), the local API host, and the tab with the meeting simulator.
 */
import { join } from 'node:path';
import { createServer } from 'vite';
import { startAzurite } from './azurite.ts';
import { startLocalHost } from './host.ts';
import { repoRoot } from './paths.ts';

const dataDir = join(repoRoot, '.data');
const ports = {
  azurite: Number(process.env.AZURITE_PORT ?? 10002),
  api: Number(process.env.API_PORT ?? 7071),
  tab: Number(process.env.TAB_PORT ?? 53000),
};

// AZURITE_IN_MEMORY=1: nothing saved, for a company-sized seed (see startAzurite's `inMemory`).
const inMemory = process.env.AZURITE_IN_MEMORY === '1';
const azurite = await startAzurite({
  port: ports.azurite,
  location: join(dataDir, 'azurite'),
  ...(inMemory ? { inMemory, heapMegabytes: 8_192 } : {}),
});
const api = await startLocalHost({
  port: ports.api,
  dataDir,
  storageConnectionString: azurite.connectionString,
  logRequests: process.env.LOG_REQUESTS !== '0',
});
process.env.API_ORIGIN = api.origin;
const tab = await createServer({
  configFile: join(repoRoot, 'tab/vite.config.ts'),
  server: { port: ports.tab, strictPort: true },
});
await tab.listen();

console.log(`
Customer Pulse is running locally.
  Meeting simulator  http://localhost:${ports.tab}/simulator/
  Tab                http://localhost:${ports.tab}/index.html (needs a Teams host: use the simulator)
  API                ${api.origin}/api/health
  Azurite tables     127.0.0.1:${ports.azurite} (data in .data/azurite)
Press Ctrl+C to stop.
`);

// Every stop signal stops Azurite the way it saves; `on`, not `once`: a second signal while
// stopping (npm, tsx and a service manager each relay one) must not end us before Azurite is down.
let stopping = false;
for (const signal of ['SIGINT', 'SIGTERM', 'SIGHUP'] as const) {
  process.on(signal, () => {
    if (stopping) return;
    stopping = true;
    void Promise.allSettled([tab.close(), api.close()])
      .then(() => azurite.stop())
      .then(() => process.exit(0));
  });
}
