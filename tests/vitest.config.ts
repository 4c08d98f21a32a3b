import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vitest/config';

const root = fileURLToPath(new URL('..', import.meta.url));
// Exact matches: `@contract` alone would also rewrite `@contract/limits` to `index.ts/limits`.
const alias = [
  { find: /^@contract$/, replacement: fileURLToPath(new URL('../api/src/contract/index.ts', import.meta.url)) },
  { find: /^@contract\/limits$/, replacement: fileURLToPath(new URL('../api/src/contract/limits.ts', import.meta.url)) },
  { find: /^@contract\/csv$/, replacement: fileURLToPath(new URL('../api/src/contract/csv.ts', import.meta.url)) },
];

/**
 * Three kinds of tests, one command (`npm test`):
 * - unit: domain and pure tab logic, beside the code they test;
 * - api: the HTTP API on the local host against a real Azurite started by the setup;
 * - e2e: the simulator and tab in Debian's Chromium, on the same real stack.
 */
export default defineConfig({
  root,
  resolve: { alias },
  test: {
    projects: [
      {
        resolve: { alias },
        test: {
          name: 'unit',
          root,
          include: ['api/src/**/*.test.ts', 'tab/src/**/*.test.{ts,tsx}', 'tests/unit/**/*.test.ts'],
          environment: 'node',
        },
      },
      {
        resolve: { alias },
        test: {
          name: 'api',
          root,
          include: ['tests/api/**/*.test.ts'],
          globalSetup: ['tests/support/apiStackSetup.ts'],
          testTimeout: 30_000,
          hookTimeout: 60_000,
        },
      },
      {
        resolve: { alias },
        test: {
          name: 'e2e',
          root,
          include: ['tests/e2e/**/*.test.ts'],
          globalSetup: ['tests/support/e2eStackSetup.ts'],
          testTimeout: 120_000,
          hookTimeout: 120_000,
          // One browser at a time: the machine has two cores and the stack needs one.
          fileParallelism: false,
        },
      },
    ],
  },
});
