#!/usr/bin/env node
/**
 * Fills the `${{NAME}}` placeholders of infra/parameters/main.<env>.json from
 * infra/env/.env.<env> (+ .env.<env>.user), for deploying main.bicep without the Agents
 * Toolkit (which does the same itself in `arm/deploy`).
 *
 *   npm run infra:params -- --env dev     writes infra/build/main.parameters.dev.json
 *
 * The output holds the voter-key secret: it is written under infra/build/ (git-ignored) with
 * owner-only permissions. Exits 1 naming every placeholder that has no value.
 */
import { chmodSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { EnvError, fillPlaceholders, jsonStringEscape, loadEnvironment } from '../../appPackage/scripts/lib/env.mjs';

export const INFRA_DIR = resolve(dirname(fileURLToPath(import.meta.url)), '..');

/**
 * @param {{ envName: string, envDir?: string, parametersDir?: string, processEnv?: NodeJS.ProcessEnv }} options
 * @returns {{ parameters: Record<string, any>, source: string }}
 */
export function renderParameters({ envName, envDir = join(INFRA_DIR, 'env'), parametersDir = join(INFRA_DIR, 'parameters'), processEnv = process.env }) {
  const source = join(parametersDir, `main.${envName}.json`);
  let template;
  try {
    template = readFileSync(source, 'utf8');
  } catch {
    throw new EnvError(`No parameters file for "${envName}": ${source} does not exist`);
  }
  const { values } = loadEnvironment(envName, { envDir, processEnv });
  const filled = fillPlaceholders(template, values, { source: relative(process.cwd(), source) || source, escape: jsonStringEscape });
  return { parameters: JSON.parse(filled), source };
}

function main() {
  const { values: args } = parseArgs({ options: { env: { type: 'string', default: 'dev' }, out: { type: 'string' } } });
  const envName = /** @type {string} */ (args.env);
  try {
    const { parameters } = renderParameters({ envName });
    const out = args.out ? resolve(args.out) : join(INFRA_DIR, 'build', `main.parameters.${envName}.json`);
    mkdirSync(dirname(out), { recursive: true });
    writeFileSync(out, `${JSON.stringify(parameters, null, 2)}\n`, { mode: 0o600 });
    chmodSync(out, 0o600);
    const shown = relative(process.cwd(), out) || out;
    console.log(`wrote ${shown} (contains secrets; do not commit)`);
    console.log(`deploy: az deployment group create -g <resource group> -f infra/main.bicep -p @${shown}`);
  } catch (error) {
    if (!(error instanceof EnvError)) throw error;
    console.error(error.message);
    process.exit(1);
  }
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) main();
