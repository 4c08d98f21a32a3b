/**
 * Runs the local API host on its own, against an Azurite that is already running.
 * Settings: API_PORT (7071; 0 = any free port), DATA_DIR (.data), STORAGE_CONNECTION_STRING
 * (Azurite's default account). Prints `LOCAL_HOST_READY <origin>` once it serves requests,
 * which is what test setups wait for.
 */
import { resolve } from 'node:path';
import { azuriteConnectionString } from '../src/config.ts';
import { startLocalHost } from './host.ts';
import { repoRoot } from './paths.ts';

const host = await startLocalHost({
  port: Number(process.env.API_PORT ?? 7071),
  dataDir: resolve(process.env.DATA_DIR ?? `${repoRoot}/.data`),
  storageConnectionString: process.env.STORAGE_CONNECTION_STRING ?? azuriteConnectionString(),
  logRequests: process.env.LOG_REQUESTS === '1',
});
console.log(`LOCAL_HOST_READY ${host.origin}`);

for (const signal of ['SIGINT', 'SIGTERM'] as const) {
  process.once(signal, () => {
    void host.close().then(() => process.exit(0));
  });
}
