import type { TestProject } from 'vitest/node';
import { createServer } from 'vite';
import { join } from 'node:path';
import { repoRoot } from '../../api/local/paths.ts';
import { freePort } from './freePort.ts';
import { startTestStack } from './stack.ts';

/** The real stack plus the tab's dev server (which also serves the meeting simulator). */
export default async function setup(project: TestProject) {
  // Every e2e file starts its checks as the same few simulated people in the same simulated
  // team, on one day: the daily check quotas are for people, not for a test suite.
  const stack = await startTestStack({ hostEnv: { CHECKS_PER_PERSON_PER_DAY: '500', SESSIONS_PER_TEAM_PER_DAY: '1000' } });
  process.env.API_ORIGIN = stack.apiOrigin;
  const tab = await createServer({
    configFile: join(repoRoot, 'tab/vite.config.ts'),
    logLevel: 'warn',
    // Vitest runs with NODE_ENV=test, which makes Fluent skip its page-wide styles; people run
    // the tab in development mode, so the tests do too. The pre-bundled dependencies (Griffel's
    // makeStaticStyles among them) take their own define, else `body { margin: 0 }` never lands.
    define: { 'process.env.NODE_ENV': JSON.stringify('development') },
    optimizeDeps: { esbuildOptions: { define: { 'process.env.NODE_ENV': JSON.stringify('development') } } },
    server: { port: await freePort(), strictPort: true },
  });
  await tab.listen();
  const tabOrigin = `http://localhost:${tab.config.server.port}`;
  project.provide('apiOrigin', stack.apiOrigin);
  project.provide('storageConnectionString', stack.azurite.connectionString);
  project.provide('tabOrigin', tabOrigin);
  return async () => {
    await tab.close();
    await stack.stop();
  };
}
