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
 * and d3 to one chunk of their own, after the first-load groups took what they share.
 */
const vendorChunks = [
  {
    // Tabster's arrow-key mover: only the lazy views use it (charts, DataGrid), but its package
    // is on the first load, which would otherwise tag it initial.
    name: 'vendor-tabster-mover',
    test: /[\\/]node_modules[\\/]tabster[\\/]dist[\\/]esm[\\/](Mover|get[\\/]getMover)\.js$/,
    priority: 25,
    // Only these two modules: what they import is tabster's core, which the first load has.
    includeDependenciesRecursively: false,
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
  { name: 'vendor-zod', test: /[\\/]node_modules[\\/]zod[\\/]/, priority: 30, tags: ['$initial' as const] },
  {
    name: 'vendor-fluent',
    test: /[\\/]node_modules[\\/](@fluentui|@griffel|@floating-ui|tabster|keyborg|@swc[\\/]helpers|@ctrl|use-sync-external-store|embla-carousel)/,
    priority: 20,
    tags: ['$initial' as const],
  },
  { name: 'vendor', test: /[\\/]node_modules[\\/]/, priority: 10, tags: ['$initial' as const] },
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
    alias: { '@contract': contractEntry },
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
      input: { index: fileURLToPath(new URL('index.html', import.meta.url)) },
      output: {
        codeSplitting: { groups: vendorChunks },
      },
    },
  },
});
