/**
 * The stack the bench measures: Azurite's Table service on a free port with a temporary data
 * folder, and local API hosts as their own processes (as `npm start` runs them), so that the
 * driver, the host and storage are three processes whose CPU time can be read apart. A second
 * host can be started on the same storage with other settings (e.g. RESULTS_CACHE_MS=0).
 */
import { spawn } from 'node:child_process';
import { createWriteStream } from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { startAzurite, type RunningAzurite } from '../../api/local/azurite.ts';
import { repoRoot } from '../../api/local/paths.ts';
import { freePort } from '../support/freePort.ts';

export interface HostProcess {
  origin: string;
  pid: number | undefined;
  stop(): Promise<void>;
}

export interface BenchStack {
  dataDir: string;
  azurite: RunningAzurite;
  /** Starts an API host on this stack's storage; `env` adds or overrides its settings. */
  startHost(env?: Record<string, string>): Promise<HostProcess>;
  stop(): Promise<void>;
}

/** `storage: 'memory'` for company-sized data (see startAzurite's `inMemory`). */
export async function startBenchStack(options: { storage?: 'disk' | 'memory' } = {}): Promise<BenchStack> {
  const dataDir = await mkdtemp(join(tmpdir(), 'customer-pulse-bench-'));
  const inMemory = options.storage === 'memory';
  const azurite = await startAzurite({
    port: await freePort(),
    location: join(dataDir, 'azurite'),
    ...(inMemory ? { inMemory, heapMegabytes: 8_192 } : {}),
  });
  // Every host process from the moment it is spawned, so that stopping the stack while a host
  // is still starting stops that host too.
  const hosts = new Set<HostProcess>();
  return {
    dataDir,
    azurite,
    startHost(env = {}) {
      return startHostProcess(
        { API_PORT: '0', DATA_DIR: dataDir, STORAGE_CONNECTION_STRING: azurite.connectionString, LOG_REQUESTS: '0', ...env },
        (host) => hosts.add(host),
        (host) => hosts.delete(host),
      );
    },
    async stop() {
      await Promise.allSettled([...hosts].map((host) => host.stop()));
      await azurite.stop();
      await rm(dataDir, { recursive: true, force: true });
    },
  };
}

async function startHostProcess(
  env: Record<string, string>,
  spawned: (host: HostProcess) => void,
  exited: (host: HostProcess) => void,
): Promise<HostProcess> {
  const child = spawn(process.execPath, ['--import', 'tsx', join(repoRoot, 'api/local/main.ts')], {
    cwd: repoRoot,
    env: { ...process.env, ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  const gone = new Promise<void>((resolve) => child.once('exit', () => resolve()));
  const host: HostProcess = {
    origin: '',
    pid: child.pid,
    async stop() {
      if (child.exitCode === null && child.signalCode === null) child.kill('SIGTERM');
      await gone;
    },
  };
  spawned(host);
  void gone.then(() => exited(host));
  // Keep reading both pipes for the host's whole life, or a chatty host would block on a full pipe.
  let output = '';
  // BENCH_HOST_LOG=<file>: also write everything the host prints to that file, for digging.
  const log = process.env.BENCH_HOST_LOG ? createWriteStream(process.env.BENCH_HOST_LOG, { flags: 'a' }) : undefined;
  const keep = (chunk: Buffer) => {
    output = (output + chunk.toString()).slice(-8_000);
    log?.write(chunk);
  };
  child.stderr?.on('data', keep);
  child.stdout?.on('data', keep);
  const origin = await new Promise<string>((resolve, reject) => {
    const timer = setTimeout(() => {
      child.kill();
      reject(new Error(`Local API host did not start within 30 s:\n${output}`));
    }, 30_000);
    const onData = () => {
      const ready = /LOCAL_HOST_READY (\S+)/.exec(output);
      if (ready?.[1]) {
        clearTimeout(timer);
        child.stdout?.off('data', onData);
        resolve(ready[1]);
      }
    };
    child.stdout?.on('data', onData);
    child.once('exit', (code) => {
      clearTimeout(timer);
      reject(new Error(`Local API host exited with code ${code}:\n${output}`));
    });
  });
  host.origin = origin;
  return host;
}
