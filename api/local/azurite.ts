/**
 * Starts Azurite's Table service as a child process, as our scripts and tests need it:
 * on a given port and data folder, ready when its port answers.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { mkdir } from 'node:fs/promises';
import { connect } from 'node:net';
import { fileURLToPath } from 'node:url';
import { azuriteConnectionString } from '../src/config.ts';

export interface RunningAzurite {
  port: number;
  connectionString: string;
  process: ChildProcess;
  stop(): Promise<void>;
}

/**
 * `inMemory`: keep the data in memory only, with no save to disk. For company-sized data sets
 * (the bench's 520,000 summaries): Azurite saves its whole database as one JSON string every few
 * seconds, which past a few hundred megabytes blocks it for seconds and then fails (a string's
 * length has a limit in V8). `heapMegabytes` gives its process room for such a set.
 */
export async function startAzurite(options: {
  port: number;
  location: string;
  silent?: boolean;
  inMemory?: boolean;
  heapMegabytes?: number;
}): Promise<RunningAzurite> {
  await mkdir(options.location, { recursive: true });
  if (await portAnswers(options.port)) {
    throw new Error(`Port ${options.port} is already in use; stop what runs there or set AZURITE_PORT`);
  }
  const main = fileURLToPath(new URL('./azuriteProcess.cjs', import.meta.url));
  const child = spawn(
    process.execPath,
    [
      ...(options.heapMegabytes ? [`--max-old-space-size=${options.heapMegabytes}`] : []),
      main,
      '--tableHost', '127.0.0.1',
      '--tablePort', String(options.port),
      ...(options.inMemory ? ['--inMemoryPersistence'] : ['--location', options.location]),
      '--skipApiVersionCheck',
      '--disableTelemetry',
      ...(options.silent === false ? [] : ['--silent']),
    ],
    { stdio: ['ignore', 'pipe', 'pipe'] },
  );
  let output = '';
  child.stdout?.on('data', (chunk: Buffer) => (output += chunk.toString()));
  child.stderr?.on('data', (chunk: Buffer) => (output += chunk.toString()));
  const exited = new Promise<number | null>((resolve) => child.once('exit', resolve));

  const deadline = Date.now() + 20_000;
  while (!(await portAnswers(options.port))) {
    if (child.exitCode !== null) throw new Error(`Azurite exited with code ${child.exitCode}: ${output}`);
    if (Date.now() > deadline) {
      child.kill();
      throw new Error(`Azurite did not start on port ${options.port} within 20 s: ${output}`);
    }
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  return {
    port: options.port,
    connectionString: azuriteConnectionString(`http://127.0.0.1:${options.port}`),
    process: child,
    /** SIGINT is Azurite's graceful shutdown: it saves its database (azuriteProcess.cjs makes SIGTERM and SIGHUP do the same). */
    async stop() {
      if (child.exitCode === null && child.signalCode === null) {
        child.kill('SIGINT');
        const forced = setTimeout(() => child.kill('SIGKILL'), 10_000);
        await exited;
        clearTimeout(forced);
      }
    },
  };
}

/** Whether something accepts connections on this loopback port. */
export function portAnswers(port: number): Promise<boolean> {
  return new Promise((resolve) => {
    const socket = connect({ port, host: '127.0.0.1' });
    socket.once('connect', () => {
      socket.destroy();
      resolve(true);
    });
    socket.once('error', () => resolve(false));
  });
}
