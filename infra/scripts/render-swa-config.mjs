#!/usr/bin/env node
/**
 * Writes the tab's `staticwebapp.config.json` for Azure Static Web Apps: its `globalHeaders` are
 * `tabSecurityHeaders()` of tab/securityHeaders.mjs (the single source of the tab's headers) with
 * the environment's API origin, so Static Web Apps sends a real Content-Security-Policy
 * (frame-ancestors for Teams, Outlook and Microsoft 365) with every response.
 *
 *   node infra/scripts/render-swa-config.mjs --api-origin https://func-….azurewebsites.net
 *   node infra/scripts/render-swa-config.mjs --env dev      (API origin = API_ENDPOINT of infra/env/.env.dev)
 *       write tab/dist/staticwebapp.config.json, after `npm run build`, before the upload
 *       (the deploy step of infra/teamsapp.yml does this); --out <file> writes elsewhere.
 *
 *   node infra/scripts/render-swa-config.mjs --committed [--check]
 *       (re)writes tab/public/staticwebapp.config.json, the committed default that Vite copies
 *       into every build: the same headers with the API on the tab's own origin, so a build
 *       uploaded without this step still sends every header and can reach no foreign origin.
 *       --check only compares and exits 1 when the file is out of date.
 *
 * The API origin differs per environment and is known only after provision, which is why the
 * deployed file is rendered at deploy time and not committed.
 */
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { EnvError, loadEnvironment } from '../../appPackage/scripts/lib/env.mjs';
import { tabSecurityHeaders } from '../../tab/securityHeaders.mjs';

export const REPO_ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..', '..');
export const SWA_CONFIG_FILE = 'staticwebapp.config.json';
/** The committed default, copied into tab/dist by every `vite build`. */
export const COMMITTED_CONFIG_PATH = join(REPO_ROOT, 'tab', 'public', SWA_CONFIG_FILE);
/** The tab's build output, uploaded to Static Web Apps. */
export const TAB_DIST_DIR = join(REPO_ROOT, 'tab', 'dist');

export class SwaConfigError extends Error {}

/**
 * The Static Web Apps configuration: only global headers. No navigationFallback: the tab is one
 * index.html (its views are chosen by query string), so a missing file is a plain 404.
 * @param {{ apiOrigin?: string }} options apiOrigin empty or missing: the API is same-origin.
 * @returns {{ globalHeaders: Record<string, string> }}
 */
export function renderSwaConfig({ apiOrigin } = {}) {
  // Static Web Apps serves only HTTPS, so the deployed headers are always the production set.
  return { globalHeaders: tabSecurityHeaders({ apiOrigin, production: true }) };
}

/** @param {{ apiOrigin?: string }} [options] */
export function swaConfigText(options = {}) {
  return `${JSON.stringify(renderSwaConfig(options), null, 2)}\n`;
}

/**
 * Writes the deployed configuration into the tab's build output (or `out`).
 * @param {{ apiOrigin: string, out?: string, distDir?: string }} options
 * @returns {string} the file written
 */
export function writeDeployedSwaConfig({ apiOrigin, out, distDir = TAB_DIST_DIR }) {
  if (!apiOrigin || apiOrigin.trim() === '') {
    throw new SwaConfigError('No API origin: pass --api-origin <url> or --env <name> with API_ENDPOINT set (it is written by `provision`).');
  }
  let text;
  try {
    text = swaConfigText({ apiOrigin });
  } catch (error) {
    throw new SwaConfigError(error instanceof Error ? error.message : String(error));
  }
  const target = out ?? join(distDir, SWA_CONFIG_FILE);
  if (!out && !existsSync(join(distDir, 'index.html'))) {
    throw new SwaConfigError(`${distDir} holds no built tab (index.html is missing): run \`npm run build\` first.`);
  }
  mkdirSync(dirname(target), { recursive: true });
  writeFileSync(target, text);
  return target;
}

/** The API origin of an environment: API_ENDPOINT of infra/env/.env.<name> (or the process environment). */
export function apiOriginOfEnvironment(envName, { envDir = join(REPO_ROOT, 'infra', 'env'), processEnv = process.env } = {}) {
  const { values } = loadEnvironment(envName, { envDir, processEnv });
  return values.API_ENDPOINT ?? '';
}

function main() {
  const { values: args } = parseArgs({
    options: {
      'api-origin': { type: 'string' },
      env: { type: 'string' },
      out: { type: 'string' },
      committed: { type: 'boolean', default: false },
      check: { type: 'boolean', default: false },
    },
  });
  const show = (path) => relative(process.cwd(), path) || path;
  try {
    if (args.committed) {
      const text = swaConfigText({});
      const current = existsSync(COMMITTED_CONFIG_PATH) ? readFileSync(COMMITTED_CONFIG_PATH, 'utf8') : undefined;
      if (args.check) {
        if (current !== text) {
          console.error(`${show(COMMITTED_CONFIG_PATH)} is out of date with tab/securityHeaders.mjs: run node infra/scripts/render-swa-config.mjs --committed`);
          process.exit(1);
        }
        console.log(`${show(COMMITTED_CONFIG_PATH)} is up to date`);
        return;
      }
      mkdirSync(dirname(COMMITTED_CONFIG_PATH), { recursive: true });
      writeFileSync(COMMITTED_CONFIG_PATH, text);
      console.log(`wrote ${show(COMMITTED_CONFIG_PATH)} (API on the tab's own origin)`);
      return;
    }
    const apiOrigin = args['api-origin'] ?? (args.env ? apiOriginOfEnvironment(args.env) : '');
    const written = writeDeployedSwaConfig({ apiOrigin, out: args.out ? resolve(args.out) : undefined });
    console.log(`wrote ${show(written)} (connect-src allows ${new URL(apiOrigin.trim()).origin})`);
  } catch (error) {
    if (!(error instanceof SwaConfigError || error instanceof EnvError)) throw error;
    console.error(error.message);
    process.exit(1);
  }
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) main();
