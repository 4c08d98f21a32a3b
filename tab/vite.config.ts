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
import { fileURLToPath } from 'node:url';
import { defineConfig, type ProxyOptions } from 'vite';

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

/** Vendor groups that change at different paces, so one upgrade does not bust every cached chunk. */
const vendorChunks = [
  { name: 'vendor-react', test: /[\\/]node_modules[\\/](react|react-dom|scheduler)[\\/]/, priority: 40 },
  { name: 'vendor-teams', test: /[\\/]node_modules[\\/](@microsoft[\\/]teams-js|debug|ms|base64-js)[\\/]/, priority: 30 },
  { name: 'vendor-zod', test: /[\\/]node_modules[\\/]zod[\\/]/, priority: 30 },
  {
    name: 'vendor-fluent',
    test: /[\\/]node_modules[\\/](@fluentui|@griffel|@floating-ui|tabster|keyborg|@swc[\\/]helpers|@ctrl|use-sync-external-store|embla-carousel)/,
    priority: 20,
  },
  { name: 'vendor', test: /[\\/]node_modules[\\/]/, priority: 10 },
];

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
  },
  preview: {
    host: '127.0.0.1',
    port: DEV_PORT,
    strictPort: true,
    proxy: apiProxy,
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
