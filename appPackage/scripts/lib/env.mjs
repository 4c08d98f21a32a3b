/**
 * Environment files and `${{NAME}}` placeholders, the way Microsoft 365 Agents Toolkit
 * projects use them: `infra/env/.env.<name>` (committed, written by `provision`) and
 * `infra/env/.env.<name>.user` (secrets, git-ignored). A variable the files declare (even
 * empty) takes a non-empty value from the process environment instead, so CI can supply
 * values without editing files; names the files do not declare are never picked up.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

/** `${{NAME}}`: the Agents Toolkit placeholder syntax. */
export const PLACEHOLDER = /\$\{\{\s*([A-Za-z_][A-Za-z0-9_]*)\s*\}\}/g;

const ENV_NAME = /^[A-Za-z0-9][A-Za-z0-9_-]{0,31}$/;

export class EnvError extends Error {}

/**
 * Parses dotenv text: `KEY=value`, blank lines, `#` comments, optional `export `,
 * single or double quotes (double quotes understand \n and \").
 * @param {string} text
 * @returns {Record<string, string>}
 */
export function parseDotenv(text) {
  /** @type {Record<string, string>} */
  const values = {};
  const lines = text.split(/\r?\n/);
  lines.forEach((rawLine, index) => {
    const line = rawLine.trim();
    if (!line || line.startsWith('#')) return;
    const match = /^(?:export\s+)?([A-Za-z_][A-Za-z0-9_]*)\s*=\s*(.*)$/.exec(line);
    if (!match) throw new EnvError(`line ${index + 1}: expected KEY=value, got "${rawLine}"`);
    const [, key, rest] = match;
    let value = rest ?? '';
    if (value.startsWith('"')) {
      const end = value.lastIndexOf('"');
      if (end === 0) throw new EnvError(`line ${index + 1}: unterminated double quote for ${key}`);
      value = value.slice(1, end).replace(/\\n/g, '\n').replace(/\\"/g, '"');
    } else if (value.startsWith("'")) {
      const end = value.lastIndexOf("'");
      if (end === 0) throw new EnvError(`line ${index + 1}: unterminated single quote for ${key}`);
      value = value.slice(1, end);
    } else {
      value = value.replace(/\s+#.*$/, '').trim();
    }
    values[key] = value;
  });
  return values;
}

/**
 * Loads the values of one environment.
 * @param {string} envName e.g. "dev"
 * @param {{ envDir: string, processEnv?: NodeJS.ProcessEnv }} options
 * @returns {{ values: Record<string, string>, files: string[] }}
 */
export function loadEnvironment(envName, { envDir, processEnv = process.env }) {
  if (!ENV_NAME.test(envName)) throw new EnvError(`"${envName}" is not a valid environment name (letters, digits, - and _)`);
  const mainFile = join(envDir, `.env.${envName}`);
  if (!existsSync(mainFile)) {
    throw new EnvError(`No environment "${envName}": ${mainFile} does not exist. Create it (see infra/README.md) or pick another --env.`);
  }
  const files = [mainFile];
  const userFile = join(envDir, `.env.${envName}.user`);
  if (existsSync(userFile)) files.push(userFile);

  /** @type {Record<string, string>} */
  const values = { TEAMSFX_ENV: envName };
  for (const file of files) {
    try {
      Object.assign(values, parseDotenv(readFileSync(file, 'utf8')));
    } catch (error) {
      throw new EnvError(`${file}: ${error instanceof Error ? error.message : String(error)}`);
    }
  }
  for (const [key, value] of Object.entries(processEnv)) {
    if (key in values && value !== undefined && value.trim() !== '') values[key] = value;
  }
  values.TEAMSFX_ENV = envName;
  return { values, files };
}

/** Names of the placeholders used in a text, in order of first use. */
export function placeholdersIn(text) {
  return [...new Set([...text.matchAll(PLACEHOLDER)].map((match) => /** @type {string} */ (match[1])))];
}

/**
 * Replaces every `${{NAME}}`. Names with no value, or an empty one, are collected and reported
 * together, so one run names everything that is missing.
 * @param {string} text
 * @param {Record<string, string>} values
 * @param {{ source?: string, escape?: (value: string) => string }} [options]
 * @returns {string}
 */
export function fillPlaceholders(text, values, { source = 'template', escape = (value) => value } = {}) {
  const missing = placeholdersIn(text).filter((name) => !values[name]?.trim());
  if (missing.length) {
    throw new EnvError(
      `${source} uses ${missing.map((name) => `\${{${name}}}`).join(', ')} but ` +
        `${missing.length === 1 ? 'it has' : 'they have'} no value in the environment files`,
    );
  }
  return text.replace(PLACEHOLDER, (_, name) => escape(/** @type {string} */ (values[name]).trim()));
}

/** Escapes a value for use inside a JSON string literal (the placeholder sits between quotes). */
export const jsonStringEscape = (value) => JSON.stringify(value).slice(1, -1);
