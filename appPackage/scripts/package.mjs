#!/usr/bin/env node
/**
 * Builds and validates the Teams app package for one environment, offline.
 *
 *   npm run package -- --env dev
 *     reads   appPackage/manifest.json (+ icons, language files) and infra/env/.env.dev[.user]
 *     writes  appPackage/build/appPackage.dev.zip and appPackage/build/manifest.dev.json
 *
 * Options: --env <name> (default dev), --env-dir <dir> (default infra/env),
 *          --out-dir <dir> (default appPackage/build).
 * Exits 1, writing nothing, if a placeholder has no value or the package breaks the official
 * schema of its manifest version or one of our rules (see lib/validate.mjs).
 */
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { EnvError, fillPlaceholders, jsonStringEscape, loadEnvironment } from './lib/env.mjs';
import { customerPulsePolicy, formatProblems, validateAppPackage } from './lib/validate.mjs';
import { writeZip } from './lib/zip.mjs';

export const APP_PACKAGE_DIR = resolve(dirname(fileURLToPath(import.meta.url)), '..');
export const REPO_ROOT = resolve(APP_PACKAGE_DIR, '..');
export const DEFAULT_ENV_DIR = join(REPO_ROOT, 'infra', 'env');

/**
 * @typedef {import('./lib/validate.mjs').Problem} Problem
 * @typedef {{
 *   envName: string,
 *   envDir?: string,
 *   appPackageDir?: string,
 *   outDir?: string,
 *   processEnv?: NodeJS.ProcessEnv,
 *   policy?: import('./lib/validate.mjs').PackagePolicy,
 *   write?: boolean,
 * }} BuildOptions
 * @typedef {{ ok: boolean, problems: Problem[], manifest?: Record<string, any>, files: Map<string, Buffer>, zipPath?: string, manifestPath?: string }} BuildResult
 */

/**
 * @param {BuildOptions} options
 * @returns {Promise<BuildResult>}
 */
export async function buildAppPackage({
  envName,
  envDir = DEFAULT_ENV_DIR,
  appPackageDir = APP_PACKAGE_DIR,
  outDir = join(appPackageDir, 'build'),
  processEnv = process.env,
  policy = customerPulsePolicy,
  write = true,
}) {
  /** @type {Map<string, Buffer>} */
  const files = new Map();
  /** @type {Problem[]} */
  const problems = [];

  let values;
  try {
    ({ values } = loadEnvironment(envName, { envDir, processEnv }));
  } catch (error) {
    if (!(error instanceof EnvError)) throw error;
    return { ok: false, problems: [{ rule: 'environment', where: envDir, message: error.message }], files };
  }

  /** Reads a package file, filling placeholders in JSON files. */
  const load = (name, where) => {
    const path = join(appPackageDir, name);
    if (!existsSync(path)) return undefined;
    const bytes = readFileSync(path);
    if (!name.endsWith('.json')) return bytes;
    try {
      return Buffer.from(fillPlaceholders(bytes.toString('utf8'), values, { source: where, escape: jsonStringEscape }));
    } catch (error) {
      if (!(error instanceof EnvError)) throw error;
      problems.push({
        rule: 'environment',
        where,
        message: `${error.message} (${join(envDir, `.env.${envName}`)}): provision the environment first (infra/README.md, "Deploy") or fill them in`,
      });
      return undefined;
    }
  };

  const manifestBytes = load('manifest.json', 'manifest.json');
  if (!manifestBytes) {
    if (!problems.length) problems.push({ rule: 'files', where: 'manifest.json', message: `not found in ${appPackageDir}` });
    return { ok: false, problems, files };
  }
  /** @type {Record<string, any>} */
  let manifest;
  try {
    manifest = JSON.parse(manifestBytes.toString('utf8'));
  } catch (error) {
    problems.push({ rule: 'json', where: 'manifest.json', message: `is not valid JSON: ${error instanceof Error ? error.message : String(error)}` });
    return { ok: false, problems, files };
  }

  const referenced = [
    ...Object.values(manifest.icons ?? {}),
    manifest.localizationInfo?.defaultLanguageFile,
    ...(manifest.localizationInfo?.additionalLanguages ?? []).map((language) => language?.file),
  ].filter((name) => typeof name === 'string');
  for (const name of new Set(referenced)) {
    if (name.includes('..') || name.startsWith('/')) {
      problems.push({ rule: 'files', where: name, message: 'package files must be plain relative paths inside appPackage/' });
      continue;
    }
    const bytes = load(name, name);
    if (bytes) files.set(name, bytes);
  }

  problems.push(...validateAppPackage({ manifest, files, policy }));
  if (problems.length) return { ok: false, problems, manifest, files };

  const result = { ok: true, problems, manifest, files };
  if (!write) return result;
  mkdirSync(outDir, { recursive: true });
  const zipPath = join(outDir, `appPackage.${envName}.zip`);
  const manifestPath = join(outDir, `manifest.${envName}.json`);
  const manifestText = `${JSON.stringify(manifest, null, 2)}\n`;
  await writeZip([{ name: 'manifest.json', data: Buffer.from(manifestText) }, ...[...files].map(([name, data]) => ({ name, data }))], zipPath);
  writeFileSync(manifestPath, manifestText);
  return { ...result, zipPath, manifestPath };
}

async function main() {
  const { values: args } = parseArgs({
    options: {
      env: { type: 'string', default: 'dev' },
      'env-dir': { type: 'string' },
      'out-dir': { type: 'string' },
    },
    allowPositionals: false,
  });
  const envName = /** @type {string} */ (args.env);
  const result = await buildAppPackage({
    envName,
    envDir: args['env-dir'] ? resolve(args['env-dir']) : DEFAULT_ENV_DIR,
    outDir: args['out-dir'] ? resolve(args['out-dir']) : undefined,
  });
  if (!result.ok) {
    console.error(`App package for "${envName}" is not valid (${result.problems.length} problem${result.problems.length === 1 ? '' : 's'}), nothing written:`);
    console.error(formatProblems(result.problems));
    process.exit(1);
  }
  const show = (path) => relative(process.cwd(), /** @type {string} */ (path)) || path;
  console.log(`App package for "${envName}" passed the official v${result.manifest?.manifestVersion} schema and the package rules.`);
  console.log(`  ${show(result.zipPath)}  (${result.files.size + 1} files)`);
  console.log(`  ${show(result.manifestPath)}`);
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  main().catch((error) => {
    console.error(error instanceof Error ? error.message : error);
    process.exit(1);
  });
}
