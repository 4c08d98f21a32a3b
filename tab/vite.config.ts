/**
 * Vite for the Customer Pulse tab.
 *
 * Dev: serves the tab (`/index.html`) and the local Teams meeting simulator
 * (`/simulator/index.html`) from this folder, and proxies the API (`/api`) and the local
 * dev-token endpoint (`/dev`) to the local API host, so the tab calls its API same-origin
 * exactly as it does in production.
 *
 * Build: only the tab; the simulator is a development tool and never ships.
 */
import react from '@vitejs/plugin-react';
import { createHash } from 'node:crypto';
import { fileURLToPath } from 'node:url';
import { defineConfig, type ProxyOptions } from 'vite';
import { tabSecurityHeaders } from './securityHeaders.mjs';

const tabRoot = fileURLToPath(new URL('.', import.meta.url));
const contractEntry = fileURLToPath(new URL('../api/src/contract/index.ts', import.meta.url));
/** The contract's plain constants (limits, enumerations, error codes): no zod, for run-time use. */
const contractLimits = fileURLToPath(new URL('../api/src/contract/limits.ts', import.meta.url));
/** The contract's CSV writing, also without zod: the tab writes the CSV of figures it shows. */
const contractCsv = fileURLToPath(new URL('../api/src/contract/csv.ts', import.meta.url));

/** Where the local API host listens; override with API_ORIGIN=http://host:port. */
const apiOrigin = process.env.API_ORIGIN?.trim() || 'http://localhost:7071';

const DEV_PORT = 53000;

// Anchored patterns: a plain '/dev' prefix would also swallow paths such as '/devtools.html'.
const apiProxy: Record<string, ProxyOptions> = {
  '^/api/': { target: apiOrigin, changeOrigin: true },
  '^/dev/': { target: apiOrigin, changeOrigin: true },
};

/**
 * Vendor groups that change at different paces, so one upgrade does not bust every cached chunk.
 *
 * The groups take only modules of the first load (`$initial`: statically imported from the
 * entry). Without that, a group would also swallow library code that only the lazily loaded
 * views use (the team history's charts, the leadership view's DataGrid) and every side panel
 * would download it up front. That code goes to the lazy chunks instead; the chart library
 * and d3 to one chunk of their own, after the first-load groups took what they share, and the
 * Fluent plumbing that lazy views share (dialogs, dropdowns, charts) to another, so that a dialog
 * does not bring the charts along.
 */
const vendorChunks = [
  // No group for Tabster's parts that only lazy views use (Mover, Modalizer, Restorer): taken
  // apart from the rest of Tabster, their chunk and vendor-fluent each needed the other first,
  // and the leadership view failed in the production build ("Class extends value undefined";
  // the dev server, which the e2e tests use, does not split chunks). The bench's heat map load
  // now catches that. They go with vendor-fluent, a little more on the first load.
  {
    // Fluent's plumbing that only lazy views use (portals, positioning, motion, focus traps,
    // arrow-key groups, trigger helpers). The first load's part of these packages is in
    // vendor-fluent (higher priority); the rest would otherwise be swept into vendor-charts (which
    // takes its dependencies along), and opening a dialog or a dropdown in the side panel would
    // download the whole chart library.
    name: 'vendor-fluent-lazy',
    test: /[\\/]node_modules[\\/](@floating-ui|@fluentui[\\/](react-utilities|react-tabster|react-shared-contexts|react-aria|keyboard-keys|react-portal|react-positioning|react-motion|react-motion-components-preview|react-context-selector))[\\/]/,
    priority: 15,
  },
  {
    name: 'vendor-charts',
    test: /[\\/]node_modules[\\/](@fluentui[\\/](react-charts|chart-utilities)|d3-[^\\/]+|internmap)[\\/]/,
    // Last: the first-load groups take what they share with it (React, Fluent's core) first.
    priority: 5,
  },
  {
    name: 'vendor-react',
    test: /[\\/]node_modules[\\/](react|react-dom|scheduler)[\\/]/,
    priority: 40,
    tags: ['$initial' as const],
  },
  {
    name: 'vendor-teams',
    test: /[\\/]node_modules[\\/](@microsoft[\\/]teams-js|debug|ms|base64-js)[\\/]/,
    priority: 30,
    tags: ['$initial' as const],
  },
  // Never on the first load: the tab takes only types from the contract's schemas (its run-time
  // constants come from `@contract/limits`); zod runs in the lazy template editor only. Should an
  // import bring it back to the first load, this group names it in the bench's list.
  { name: 'vendor-zod', test: /[\\/]node_modules[\\/]zod[\\/]/, priority: 30, tags: ['$initial' as const] },
  {
    name: 'vendor-fluent',
    test: /[\\/]node_modules[\\/](@fluentui|@griffel|@floating-ui|tabster|keyborg|@swc[\\/]helpers|@ctrl|use-sync-external-store|embla-carousel)/,
    priority: 20,
    tags: ['$initial' as const],
  },
  { name: 'vendor', test: /[\\/]node_modules[\\/]/, priority: 10, tags: ['$initial' as const] },
  // The translator and the English texts the first screen shows in (other languages: own chunks).
  { name: 'i18n', test: /[\\/]tab[\\/]src[\\/]i18n[\\/]/, priority: 10, tags: ['$initial' as const] },
];

/**
 * The same security headers the tab gets in Azure (securityHeaders.mjs), so the CSP —
 * frame-ancestors included — is exercised by every local run and e2e test. In dev, React's
 * fast-refresh preamble is an inline script: allowed by its hash, nothing else inline.
 */
const reactRefreshPreamble = react.preambleCode.replace('__BASE__', '/');
const previewHeaders = tabSecurityHeaders({ production: false });
const devHeaders = withScriptHash(previewHeaders, reactRefreshPreamble);

function withScriptHash(headers: Record<string, string>, inlineScript: string): Record<string, string> {
  const hash = `'sha256-${createHash('sha256').update(inlineScript).digest('base64')}'`;
  const csp = headers['Content-Security-Policy'] ?? '';
  return { ...headers, 'Content-Security-Policy': csp.replace("script-src 'self'", `script-src 'self' ${hash}`) };
}

export default defineConfig({
  root: tabRoot,
  plugins: [react()],
  resolve: {
    // Exact matches: `@contract` alone would also rewrite `@contract/limits` to `index.ts/limits`.
    alias: [
      { find: /^@contract$/, replacement: contractEntry },
      { find: /^@contract\/limits$/, replacement: contractLimits },
      { find: /^@contract\/csv$/, replacement: contractCsv },
    ],
  },
  server: {
    // 127.0.0.1 keeps the dev server off the network; localhost resolves to it as well.
    host: '127.0.0.1',
    port: DEV_PORT,
    strictPort: true,
    proxy: apiProxy,
    headers: devHeaders,
  },
  preview: {
    host: '127.0.0.1',
    port: DEV_PORT,
    strictPort: true,
    proxy: apiProxy,
    headers: previewHeaders,
  },
  build: {
    outDir: 'dist',
    emptyOutDir: true,
    rolldownOptions: {
      input: {
        index: fileURLToPath(new URL('index.html', import.meta.url)),
        // The consent window Teams opens for the tab (src/teams/consent.ts); no React, a few kB.
        auth: fileURLToPath(new URL('auth.html', import.meta.url)),
      },
      output: {
        codeSplitting: { groups: vendorChunks },
      },
    },
  },
});
