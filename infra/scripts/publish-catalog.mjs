#!/usr/bin/env node
/**
 * Uploads the app package to the organisation's Teams app catalog through Microsoft Graph.
 *
 *   GRAPH_TOKEN=<token> npm run publish:catalog -- --env prod
 *   GRAPH_TOKEN=<token> npm run publish:catalog -- --package path/to/appPackage.zip [--requires-review]
 *
 * GRAPH_TOKEN   a delegated Microsoft Graph access token of a Teams administrator with
 *               AppCatalog.ReadWrite.All (or AppCatalog.Submit together with --requires-review);
 *               Graph offers no application permission for this. Never printed.
 * GRAPH_BASE_URL  default https://graph.microsoft.com/v1.0 (national clouds, or a local fake in tests)
 *
 * If the catalog already has an app with the manifest's id (its externalId), the package is
 * uploaded as a new version of it; otherwise it is published as a new app:
 *   GET  {base}/appCatalogs/teamsApps?$filter=externalId eq '<manifest id>' and distributionMethod eq 'organization'
 *   POST {base}/appCatalogs/teamsApps[?requiresReview=true]                      (new app)
 *   POST {base}/appCatalogs/teamsApps/{catalog id}/appDefinitions[?requiresReview=true]  (update)
 * both POSTs with Content-Type: application/zip and the zip as the body.
 */
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { readZip } from '../../appPackage/scripts/lib/zip.mjs';

const REPO_ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..', '..');
export const DEFAULT_GRAPH_BASE_URL = 'https://graph.microsoft.com/v1.0';
const LOOPBACK = new Set(['127.0.0.1', 'localhost', '[::1]', '::1']);
const TIMEOUT_MS = 120_000;

export class PublishError extends Error {}

/** A token may only travel over https, except to a fake Graph on this machine. */
export function checkBaseUrl(baseUrl) {
  let url;
  try {
    url = new URL(baseUrl);
  } catch {
    throw new PublishError(`GRAPH_BASE_URL is not a URL: "${baseUrl}"`);
  }
  if (url.protocol === 'https:') return url.href.replace(/\/+$/, '');
  if (url.protocol === 'http:' && LOOPBACK.has(url.hostname)) return url.href.replace(/\/+$/, '');
  throw new PublishError(`GRAPH_BASE_URL must be https:// (http:// only for 127.0.0.1 or localhost), got "${baseUrl}"`);
}

async function graphError(response, action) {
  let code = '';
  let message = '';
  try {
    const body = await response.json();
    code = body?.error?.code ?? '';
    message = body?.error?.message ?? '';
  } catch {
    // not JSON
  }
  const hints = {
    401: 'The token is missing, expired or not for Microsoft Graph: get a new one.',
    403: 'The signed-in user needs the Teams Administrator role and the token AppCatalog.ReadWrite.All (or AppCatalog.Submit with --requires-review).',
    409: 'The catalog already has an app with this manifest id.',
  };
  const hint = hints[response.status] ? ` ${hints[response.status]}` : '';
  return new PublishError(`${action} failed: Graph answered ${response.status}${code ? ` ${code}` : ''}${message ? `: ${message}` : ''}.${hint}`);
}

/**
 * @param {{ zipPath: string, token: string, baseUrl?: string, requiresReview?: boolean, fetchImpl?: typeof fetch }} options
 * @returns {Promise<{ action: 'created' | 'updated', catalogAppId: string, externalId: string, version: string, response: any }>}
 */
export async function publishToCatalog({ zipPath, token, baseUrl = DEFAULT_GRAPH_BASE_URL, requiresReview = false, fetchImpl = fetch }) {
  if (!token?.trim()) throw new PublishError('GRAPH_TOKEN is not set: export a delegated Microsoft Graph token first (see infra/README.md, "Admin install").');
  const base = checkBaseUrl(baseUrl);
  if (!existsSync(zipPath)) throw new PublishError(`No app package at ${zipPath}: run "npm run package -- --env <name>" first.`);

  const zip = readFileSync(zipPath);
  const files = await readZip(zip);
  const manifestBytes = files.get('manifest.json');
  if (!manifestBytes) throw new PublishError(`${zipPath} has no manifest.json at its root`);
  const manifest = JSON.parse(manifestBytes.toString('utf8'));
  const externalId = String(manifest.id ?? '');
  if (!/^[0-9a-fA-F-]{36}$/.test(externalId)) throw new PublishError(`manifest.json id "${externalId}" is not a GUID`);

  const headers = { Authorization: `Bearer ${token.trim()}` };
  const review = requiresReview ? '?requiresReview=true' : '';

  // Only the organisation's own catalog: the list also holds store apps, and a store or
  // sideloaded copy with the same id is not what a new version goes to. Graph filters on any
  // teamsApp field, joined with `and` (learn.microsoft.com/graph/api/appcatalogs-list-teamsapps).
  const filter = encodeURIComponent(`externalId eq '${externalId}' and distributionMethod eq 'organization'`);
  const lookup = await fetchImpl(`${base}/appCatalogs/teamsApps?$filter=${filter}`, {
    headers: { ...headers, Accept: 'application/json' },
    signal: AbortSignal.timeout(TIMEOUT_MS),
  });
  if (!lookup.ok) throw await graphError(lookup, 'Looking up the app in the catalog');
  const existing = ((await lookup.json())?.value ?? []).find((app) => app?.distributionMethod === 'organization' && app?.externalId === externalId);

  const target = existing ? `${base}/appCatalogs/teamsApps/${encodeURIComponent(existing.id)}/appDefinitions${review}` : `${base}/appCatalogs/teamsApps${review}`;
  const upload = await fetchImpl(target, {
    method: 'POST',
    headers: { ...headers, 'Content-Type': 'application/zip', Accept: 'application/json' },
    body: zip,
    signal: AbortSignal.timeout(TIMEOUT_MS),
  });
  if (!upload.ok) throw await graphError(upload, existing ? 'Uploading the new version' : 'Publishing the app');
  const text = await upload.text();
  const response = text ? JSON.parse(text) : {};
  const catalogAppId = existing ? existing.id : response.id ?? '';
  return { action: existing ? 'updated' : 'created', catalogAppId, externalId, version: String(manifest.version ?? ''), response };
}

async function main() {
  const { values: args } = parseArgs({
    options: {
      env: { type: 'string' },
      package: { type: 'string' },
      'requires-review': { type: 'boolean', default: false },
    },
  });
  if (args.env && args.package) throw new PublishError('Give either --env or --package, not both.');
  const zipPath = args.package
    ? resolve(args.package)
    : join(REPO_ROOT, 'appPackage', 'build', `appPackage.${args.env ?? 'dev'}.zip`);
  const result = await publishToCatalog({
    zipPath,
    token: process.env.GRAPH_TOKEN ?? '',
    baseUrl: process.env.GRAPH_BASE_URL?.trim() || DEFAULT_GRAPH_BASE_URL,
    requiresReview: args['requires-review'],
  });
  const what = result.action === 'created' ? 'Published a new app' : 'Uploaded a new version';
  console.log(`${what} to the Teams app catalog: manifest id ${result.externalId}, version ${result.version}, catalog id ${result.catalogAppId || '(not returned)'}.`);
  if (args['requires-review']) console.log('It waits for an administrator to approve it in the Teams admin center (Manage apps).');
  else console.log('Next: Teams admin center > Teams apps > Manage apps > Customer Pulse: check who can use it (infra/README.md, "Admin install").');
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  main().catch((error) => {
    console.error(error instanceof PublishError ? error.message : error);
    process.exit(1);
  });
}
