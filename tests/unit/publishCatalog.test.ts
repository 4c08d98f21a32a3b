/**
 * `npm run publish:catalog`: the requests it sends to Microsoft Graph, checked against a fake
 * Graph on 127.0.0.1 (request shape only; no network, no real tenant).
 */
import { execFile } from 'node:child_process';
import { createServer, type IncomingHttpHeaders, type Server } from 'node:http';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { buildAppPackage, REPO_ROOT } from '../../appPackage/scripts/package.mjs';
import { checkBaseUrl, publishToCatalog, PublishError } from '../../infra/scripts/publish-catalog.mjs';

const TEAMS_APP_ID = '0b8c1f9e-3d2a-4c57-9e61-2f4a7d9b1c35';
const TOKEN = 'eyJ0eXAiOiJKV1QiLCJhbGciOiJSUzI1NiJ9.fake.token';
const CATALOG_ID = 'e3e29acb-8c79-412b-b746-e6c39ff4cd22';

interface Recorded {
  method: string;
  url: string;
  headers: IncomingHttpHeaders;
  body: Buffer;
}

/** What the fake answers; each test sets it. */
let existingApp = false;
/** A copy of the app with the same manifest id that is not the organisation's (e.g. sideloaded). */
let sideloadedCopy = false;
let failWith: { status: number; code: string; message: string } | undefined;
const requests: Recorded[] = [];

let server: Server;
let baseUrl: string;
let zipPath: string;
let zipBytes: Buffer;
const work = mkdtempSync(join(tmpdir(), 'cp-publish-'));

beforeAll(async () => {
  const built = await buildAppPackage({
    envName: 'dev',
    processEnv: { TEAMS_APP_ID, AAD_APP_CLIENT_ID: '7e21a0c4-58b3-4f0d-a6c2-91d3e5f7b8a0', TAB_DOMAIN: 'pulse.contoso.com' },
    outDir: work,
  });
  expect(built.problems).toEqual([]);
  zipPath = built.zipPath!;
  zipBytes = readFileSync(zipPath);

  server = createServer((request, response) => {
    const chunks: Buffer[] = [];
    request.on('data', (chunk: Buffer) => chunks.push(chunk));
    request.on('end', () => {
      const recorded = { method: request.method ?? '', url: request.url ?? '', headers: request.headers, body: Buffer.concat(chunks) };
      requests.push(recorded);
      const json = (status: number, body: unknown) => {
        response.writeHead(status, { 'Content-Type': 'application/json' });
        response.end(JSON.stringify(body));
      };
      if (failWith && recorded.method === 'POST') return json(failWith.status, { error: { code: failWith.code, message: failWith.message } });
      if (recorded.method === 'GET' && recorded.url.startsWith('/v1.0/appCatalogs/teamsApps?')) {
        const value = [
          ...(sideloadedCopy ? [{ id: 'sideloaded-copy', externalId: TEAMS_APP_ID, displayName: 'Customer Pulse', distributionMethod: 'sideloaded' }] : []),
          ...(existingApp ? [{ id: CATALOG_ID, externalId: TEAMS_APP_ID, displayName: 'Customer Pulse', distributionMethod: 'organization' }] : []),
        ];
        return json(200, { value });
      }
      if (recorded.method === 'POST' && /^\/v1\.0\/appCatalogs\/teamsApps(\?requiresReview=true)?$/.test(recorded.url)) {
        return json(200, { id: CATALOG_ID, externalId: TEAMS_APP_ID, displayName: 'Customer Pulse', distributionMethod: 'organization' });
      }
      if (recorded.method === 'POST' && recorded.url.startsWith(`/v1.0/appCatalogs/teamsApps/${CATALOG_ID}/appDefinitions`)) {
        return json(200, { id: 'definition-2', teamsAppId: CATALOG_ID, version: '1.0.0', publishingState: 'published' });
      }
      json(404, { error: { code: 'NotFound', message: `no route ${recorded.method} ${recorded.url}` } });
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  baseUrl = `http://127.0.0.1:${(server.address() as AddressInfo).port}/v1.0`;
});

afterAll(async () => {
  await new Promise((resolve) => server.close(resolve));
  rmSync(work, { recursive: true, force: true });
});

beforeEach(() => {
  requests.length = 0;
  existingApp = false;
  sideloadedCopy = false;
  failWith = undefined;
});

/** Runs the real command line, as `npm run publish:catalog -- ...` does. */
function cli(args: string[], env: Record<string, string | undefined>): Promise<{ code: number; stdout: string; stderr: string }> {
  return new Promise((resolve) => {
    const childEnv = { ...process.env, ...env };
    for (const [key, value] of Object.entries(env)) if (value === undefined) delete childEnv[key];
    execFile('node', ['infra/scripts/publish-catalog.mjs', ...args], { cwd: REPO_ROOT, env: childEnv }, (error, stdout, stderr) => {
      resolve({ code: error ? Number((error as { code?: number }).code ?? 1) : 0, stdout, stderr });
    });
  });
}

function expectGraphUpload(request: Recorded | undefined, path: string) {
  expect(request?.method).toBe('POST');
  expect(request?.url).toBe(path);
  expect(request?.headers['content-type']).toBe('application/zip');
  expect(request?.headers.authorization).toBe(`Bearer ${TOKEN}`);
  expect(request?.body.equals(zipBytes)).toBe(true);
}

describe('npm run publish:catalog against a fake Graph', () => {
  it('publishes a new app: looks it up by externalId, then POSTs the zip to /appCatalogs/teamsApps', async () => {
    const result = await cli(['--package', zipPath], { GRAPH_TOKEN: TOKEN, GRAPH_BASE_URL: baseUrl });
    expect(result.stderr).toBe('');
    expect(result.code).toBe(0);
    expect(result.stdout).toContain(`Published a new app to the Teams app catalog: manifest id ${TEAMS_APP_ID}, version 1.0.0, catalog id ${CATALOG_ID}`);

    expect(requests).toHaveLength(2);
    const [lookup, upload] = requests;
    expect(lookup?.method).toBe('GET');
    // Graph's documented filter for the organisation's catalog (appcatalogs-list-teamsapps).
    expect(decodeURIComponent(lookup!.url)).toBe(`/v1.0/appCatalogs/teamsApps?$filter=externalId eq '${TEAMS_APP_ID}' and distributionMethod eq 'organization'`);
    expect(lookup?.headers.authorization).toBe(`Bearer ${TOKEN}`);
    expectGraphUpload(upload, '/v1.0/appCatalogs/teamsApps');
    expect(result.stdout).not.toContain(TOKEN);
  });

  it('uploads a new version of an app the catalog already has', async () => {
    existingApp = true;
    const result = await cli(['--package', zipPath], { GRAPH_TOKEN: TOKEN, GRAPH_BASE_URL: baseUrl });
    expect(result.code).toBe(0);
    expect(result.stdout).toContain('Uploaded a new version');
    expectGraphUpload(requests[1], `/v1.0/appCatalogs/teamsApps/${CATALOG_ID}/appDefinitions`);
  });

  it('updates the organisation’s app, never another copy Graph lists with the same manifest id', async () => {
    existingApp = true;
    sideloadedCopy = true;
    const result = await publishToCatalog({ zipPath, token: TOKEN, baseUrl });
    expect(result).toMatchObject({ action: 'updated', catalogAppId: CATALOG_ID });
    expectGraphUpload(requests[1], `/v1.0/appCatalogs/teamsApps/${CATALOG_ID}/appDefinitions`);
  });

  it('publishes a new app where the catalog has only a copy that is not the organisation’s', async () => {
    sideloadedCopy = true;
    const result = await publishToCatalog({ zipPath, token: TOKEN, baseUrl });
    expect(result.action).toBe('created');
    expectGraphUpload(requests[1], '/v1.0/appCatalogs/teamsApps');
  });

  it('can submit for admin review instead', async () => {
    const result = await publishToCatalog({ zipPath, token: TOKEN, baseUrl, requiresReview: true });
    expect(result).toMatchObject({ action: 'created', catalogAppId: CATALOG_ID, externalId: TEAMS_APP_ID, version: '1.0.0' });
    expectGraphUpload(requests[1], '/v1.0/appCatalogs/teamsApps?requiresReview=true');
  });

  it('takes appPackage/build/appPackage.<env>.zip for --env, and says how to make it when missing', async () => {
    const result = await cli(['--env', 'nosuchenv'], { GRAPH_TOKEN: TOKEN, GRAPH_BASE_URL: baseUrl });
    expect(result.code).toBe(1);
    expect(result.stderr).toContain(join('appPackage', 'build', 'appPackage.nosuchenv.zip'));
    expect(result.stderr).toContain('run "npm run package -- --env <name>" first');
    expect(requests).toHaveLength(0);
  });

  it('explains Graph errors and exits 1', async () => {
    failWith = { status: 403, code: 'Forbidden', message: 'Insufficient privileges to complete the operation.' };
    const result = await cli(['--package', zipPath], { GRAPH_TOKEN: TOKEN, GRAPH_BASE_URL: baseUrl });
    expect(result.code).toBe(1);
    expect(result.stderr).toContain('Publishing the app failed: Graph answered 403 Forbidden: Insufficient privileges to complete the operation.');
    expect(result.stderr).toContain('AppCatalog.ReadWrite.All');
    expect(result.stderr).not.toContain(TOKEN);
  });

  it('sends nothing without a token', async () => {
    const result = await cli(['--package', zipPath], { GRAPH_TOKEN: undefined, GRAPH_BASE_URL: baseUrl });
    expect(result.code).toBe(1);
    expect(result.stderr).toContain('GRAPH_TOKEN is not set');
    expect(requests).toHaveLength(0);
  });

  it('never sends a token over plain http to anything but this machine', async () => {
    expect(checkBaseUrl('https://graph.microsoft.com/v1.0/')).toBe('https://graph.microsoft.com/v1.0');
    expect(checkBaseUrl('http://127.0.0.1:1234/v1.0')).toBe('http://127.0.0.1:1234/v1.0');
    expect(() => checkBaseUrl('http://graph.example.com/v1.0')).toThrow(PublishError);
    const result = await cli(['--package', zipPath], { GRAPH_TOKEN: TOKEN, GRAPH_BASE_URL: 'http://graph.example.com/v1.0' });
    expect(result.code).toBe(1);
    expect(result.stderr).toContain('GRAPH_BASE_URL must be https://');
  });
});
