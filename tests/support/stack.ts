/**
 * The real local stack for tests: Azurite on a free port with a fresh data folder, and the
 * local API host as its own process (as `npm start` runs it), optionally the tab's dev server.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { startAzurite, type RunningAzurite } from '../../api/local/azurite.ts';
import { repoRoot } from '../../api/local/paths.ts';
import { freePort } from './freePort.ts';

export interface TestStack {
  apiOrigin: string;
  azurite: RunningAzurite;
  dataDir: string;
  /** Everything the host process printed so far (logs included when logRequests is on). */
  hostOutput(): string;
  stop(): Promise<void>;
}

/**
 * `hostEnv` adds app settings, e.g. a higher per-person check limit for the e2e world, where
 * the simulator's one organizer runs every test's checks of the one team on the same day.
 */
export async function startTestStack(options: { logRequests?: boolean; hostEnv?: Record<string, string> } = {}): Promise<TestStack> {
  const dataDir = await mkdtemp(join(tmpdir(), 'customer-pulse-test-'));
  const azurite = await startAzurite({ port: await freePort(), location: join(dataDir, 'azurite') });
  let host: { origin: string; process: ChildProcess; output: () => string } | undefined;
  try {
    host = await startHostProcess({
      API_PORT: '0',
      DATA_DIR: dataDir,
      STORAGE_CONNECTION_STRING: azurite.connectionString,
      LOG_REQUESTS: options.logRequests ? '1' : '0',
      ...options.hostEnv,
    });
  } catch (error) {
    await azurite.stop();
    throw error;
  }
  const hostProcess = host.process;
  return {
    apiOrigin: host.origin,
    azurite,
    dataDir,
    hostOutput: host.output,
    async stop() {
      hostProcess.kill('SIGTERM');
      await azurite.stop();
      await rm(dataDir, { recursive: true, force: true });
    },
  };
}

async function startHostProcess(env: Record<string, string>): Promise<{ origin: string; process: ChildProcess; output: () => string }> {
  const child = spawn(process.execPath, ['--import', 'tsx', join(repoRoot, 'api/local/main.ts')], {
    cwd: repoRoot,
    env: { ...process.env, ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => {
      child.kill();
      reject(new Error(`Local API host did not start within 30 s:\n${output}`));
    }, 30_000);
    child.stderr?.on('data', (chunk: Buffer) => (output += chunk.toString()));
    child.stdout?.on('data', (chunk: Buffer) => {
      output += chunk.toString();
      const ready = /LOCAL_HOST_READY (\S+)/.exec(output);
      if (ready?.[1]) {
        clearTimeout(timer);
        resolve({ origin: ready[1], process: child, output: () => output });
      }
    });
    child.once('exit', (code) => {
      clearTimeout(timer);
      reject(new Error(`Local API host exited with code ${code}:\n${output}`));
    });
  });
}
