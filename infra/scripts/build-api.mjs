#!/usr/bin/env node
/**
 * Builds the API's deployment package for Azure Functions (Flex Consumption, Node.js, v4
 * programming model): one esbuild bundle of api/src/index.ts and its dependencies, so the
 * package needs no node_modules and no `npm install` on the server.
 *
 *   npm run build:api [-- --out-dir <dir>]      (default: infra/build)
 *
 * writes
 *   <out>/api/host.json        from infra/functions/host.json
 *   <out>/api/package.json     "main": "dist/index.js", ESM
 *   <out>/api/dist/index.js    the bundle (+ .map and the bundled packages' licence notices)
 *   <out>/api.zip              the same folder zipped, for `az functionapp deployment source config-zip`
 *
 * Only `@azure/functions-core` stays external: the Functions worker provides it at run time.
 */
import { mkdirSync, readFileSync, readdirSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { build } from 'esbuild';
import { writeZip } from '../../appPackage/scripts/lib/zip.mjs';

export const REPO_ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..', '..');
export const DEFAULT_OUT_DIR = join(REPO_ROOT, 'infra', 'build');

/** Lets the bundled CommonJS packages (e.g. @azure/functions) call require() inside an ES module. */
const REQUIRE_SHIM = "import { createRequire as __cpCreateRequire } from 'node:module';\nconst require = __cpCreateRequire(import.meta.url);";

function filesUnder(dir) {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? filesUnder(path) : [path];
  });
}

/**
 * @param {{ outDir?: string, zip?: boolean }} [options]
 * @returns {Promise<{ folder: string, zipPath?: string, bundle: string, warnings: string[] }>}
 */
export async function buildApi({ outDir = DEFAULT_OUT_DIR, zip = true } = {}) {
  const folder = join(outDir, 'api');
  rmSync(folder, { recursive: true, force: true });
  mkdirSync(join(folder, 'dist'), { recursive: true });

  const apiPackage = JSON.parse(readFileSync(join(REPO_ROOT, 'api', 'package.json'), 'utf8'));
  const bundle = join(folder, 'dist', 'index.js');
  const result = await build({
    absWorkingDir: REPO_ROOT,
    entryPoints: [join(REPO_ROOT, 'api', 'src', 'index.ts')],
    outfile: bundle,
    bundle: true,
    platform: 'node',
    target: 'node20',
    format: 'esm',
    external: ['@azure/functions-core'],
    banner: { js: REQUIRE_SHIM },
    sourcemap: 'linked',
    sourcesContent: false,
    legalComments: 'linked',
    logLevel: 'silent',
  });

  writeFileSync(
    join(folder, 'package.json'),
    `${JSON.stringify(
      {
        name: 'customer-pulse-api',
        version: apiPackage.version ?? '0.0.0',
        private: true,
        description: 'Customer Pulse API, bundled for Azure Functions (built by infra/scripts/build-api.mjs)',
        type: 'module',
        main: 'dist/index.js',
        engines: { node: '>=20' },
      },
      null,
      2,
    )}\n`,
  );
  writeFileSync(join(folder, 'host.json'), readFileSync(join(REPO_ROOT, 'infra', 'functions', 'host.json')));

  let zipPath;
  if (zip) {
    zipPath = join(outDir, 'api.zip');
    const entries = filesUnder(folder).map((path) => ({
      name: relative(folder, path).split('\\').join('/'),
      data: readFileSync(path),
    }));
    await writeZip(entries, zipPath);
  }
  return { folder, zipPath, bundle, warnings: result.warnings.map((warning) => warning.text) };
}

async function main() {
  const { values } = parseArgs({ options: { 'out-dir': { type: 'string' }, 'no-zip': { type: 'boolean', default: false } } });
  const outDir = values['out-dir'] ? resolve(values['out-dir']) : DEFAULT_OUT_DIR;
  const { folder, zipPath, bundle, warnings } = await buildApi({ outDir, zip: !values['no-zip'] });
  for (const warning of warnings) console.warn(`warning: ${warning}`);
  const show = (path) => relative(process.cwd(), path) || path;
  console.log(`API package: ${show(folder)} (bundle ${Math.round(statSync(bundle).size / 1024)} KiB)`);
  if (zipPath) console.log(`             ${show(zipPath)}`);
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  main().catch((error) => {
    console.error(error instanceof Error ? error.message : error);
    process.exit(1);
  });
}
