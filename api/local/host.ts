/**
 * A small local host for the API: it serves the `@azure/functions` v4 handlers over HTTP with
 * the library's own HttpRequest / InvocationContext, plus the dev token issuer. It replaces
 * the Functions host, which cannot be installed here; it is never deployed.
 */
import functions, { type HttpResponseInit } from '@azure/functions';
import { randomBytes, randomUUID } from 'node:crypto';
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { join } from 'node:path';
import { devTokenRequestSchema } from '../src/contract/index.ts';
import { configFromEnv } from '../src/config.ts';
import { createServices, useServices } from '../src/services.ts';
import { devConsentReply } from './devConsent.ts';
import { devDirectory, devGraphRoute, type DevGraphOptions } from './devGraph.ts';
import { devIssuer } from './devIssuer.ts';
import { loadHttpFunctions } from './functionsRuntime.ts';
import { routeTable } from './routes.ts';

// The package is CommonJS and Node cannot see these classes as named ESM exports.
const { HttpRequest, HttpResponse, InvocationContext } = functions;
type HttpResponse = InstanceType<typeof HttpResponse>;

export interface LocalHostOptions {
  port: number;
  hostname?: string;
  /** Holds the dev issuer's key and the voter-key secret, so both survive a restart. */
  dataDir: string;
  storageConnectionString: string;
  /** Print one line per request. */
  logRequests?: boolean;
}

export interface LocalHost {
  origin: string;
  close(): Promise<void>;
}

/** The local app registration's client id, for the On-Behalf-Of exchange. */
const devClientId = 'customer-pulse-local';

/** The real Functions host refuses much larger bodies too; this keeps a local host safe from floods. */
const maxRequestBytes = 1024 * 1024;

export async function startLocalHost(options: LocalHostOptions): Promise<LocalHost> {
  const hostname = options.hostname ?? '127.0.0.1';
  let dispatch: (req: IncomingMessage, res: ServerResponse) => Promise<void> = async (_req, res) => {
    res.writeHead(503).end();
  };
  const server = createServer((req, res) => {
    dispatch(req, res).catch((error: unknown) => {
      console.error('local host: request failed', error);
      if (!res.headersSent) res.writeHead(500, { 'Content-Type': 'application/json' });
      res.end(JSON.stringify({ error: { code: 'internal', message: 'Local host failure' } }));
    });
  });
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(options.port, hostname, resolve);
  });
  const { port } = server.address() as AddressInfo;
  const origin = `http://${hostname === '127.0.0.1' ? 'localhost' : hostname}:${port}`;

  await mkdir(options.dataDir, { recursive: true });
  // Server-to-server calls go to 127.0.0.1: `localhost` may resolve to ::1, where nothing listens.
  const loopback = `http://127.0.0.1:${port}`;
  const graphBaseUrl = `${loopback}/dev/graph`;
  const issuer = await devIssuer({ issuer: `${origin}/dev`, keyFile: join(options.dataDir, 'dev-issuer-key.json'), graphBaseUrl });
  const identity: DevGraphOptions = {
    issuer,
    directory: devDirectory(),
    clientId: devClientId,
    clientSecret: await loadOrCreateSecret(join(options.dataDir, 'obo-client-secret')),
    graphAudience: graphBaseUrl,
    outages: new Map(),
  };
  // The same settings Azure reads from app settings, pointed at our Azurite, dev issuer and local Graph.
  const services = createServices(
    configFromEnv({
      ...process.env,
      STORAGE_CONNECTION_STRING: options.storageConnectionString,
      AUTH_JWKS_URL: `${loopback}/dev/jwks.json`,
      AUTH_ISSUER: issuer.issuer,
      AUTH_AUDIENCE: issuer.audience,
      AUTH_AUTHORITY: `${loopback}/dev/login`,
      AUTH_CLIENT_ID: identity.clientId,
      AUTH_CLIENT_SECRET: identity.clientSecret,
      GRAPH_BASE_URL: graphBaseUrl,
      VOTER_KEY_SECRET: await loadOrCreateSecret(join(options.dataDir, 'voter-key-secret')),
    }),
  );
  useServices(services);
  const routes = routeTable(await loadHttpFunctions());

  dispatch = async (req, res) => {
    const started = performance.now();
    const url = new URL(req.url ?? '/', origin);
    const body = await readBody(req);
    const response = body === 'too-large'
      ? jsonResponse(413, { error: { code: 'payload_too_large', message: 'Request body is too large' } })
      : (await devRoute(identity, req.method ?? 'GET', url.pathname, body)) ??
        consentPage(req.method ?? 'GET', url) ??
        (await devGraphReply(req, url, body)) ??
        (url.pathname === '/dev/membership-stats' ? jsonResponse(200, services.membership.stats()) : undefined) ??
        (await functionRoute(req, url, body));
    await writeResponse(res, response);
    if (options.logRequests) {
      console.log(`${req.method} ${requestLineRoute(req.method ?? 'GET', url.pathname)} ${res.statusCode} ${(performance.now() - started).toFixed(0)}ms`);
    }
  };

  /** The route template, never the path: a path holds ids (a user's, in `users/{userId}/votes`). */
  function requestLineRoute(method: string, pathname: string): string {
    if (pathname.startsWith('/dev/')) return pathname;
    const match = routes.match(method, pathname);
    return typeof match === 'object' ? `/api/${match.registration.route}` : '(no matching route)';
  }

  /** The dev issuer's consent prompt (devConsent.ts), for the tab's consent step. */
  function consentPage(method: string, url: URL): HttpResponse | undefined {
    const reply = devConsentReply(method, url, identity.clientId);
    return reply && new HttpResponse({ status: reply.status, headers: reply.headers, body: reply.body });
  }

  async function devGraphReply(req: IncomingMessage, url: URL, body: Buffer): Promise<HttpResponse | undefined> {
    const reply = await devGraphRoute(identity, req.method ?? 'GET', url.pathname, req.headers.authorization, body, url.searchParams);
    if (!reply) return undefined;
    const headers = reply.retryAfterSeconds ? { 'Retry-After': String(reply.retryAfterSeconds) } : undefined;
    return new HttpResponse({ status: reply.status, jsonBody: reply.jsonBody, headers });
  }

  async function functionRoute(req: IncomingMessage, url: URL, body: Buffer): Promise<HttpResponse> {
    const match = routes.match(req.method ?? 'GET', url.pathname);
    if (!match) return jsonResponse(404, { error: { code: 'not_found', message: `No route for ${url.pathname}` } });
    if (match === 'method-not-allowed') {
      return jsonResponse(405, { error: { code: 'invalid_request', message: `${req.method} is not allowed here` } });
    }
    const request = new HttpRequest({
      method: req.method ?? 'GET',
      url: url.toString(),
      headers: headersOf(req),
      params: match.params,
      body: body.length > 0 ? { bytes: body } : undefined,
    });
    const context = new InvocationContext({
      invocationId: randomUUID(),
      functionName: match.registration.name,
      logHandler: (level, ...args) => {
        if (level !== 'trace' && level !== 'debug' && (options.logRequests || level === 'error')) {
          console.log(`[${match.registration.name}] ${level}:`, ...args);
        }
      },
    });
    const result = await match.registration.handler(request, context);
    return result instanceof HttpResponse ? result : new HttpResponse(result as HttpResponseInit);
  }

  return {
    origin,
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}

async function devRoute(identity: DevGraphOptions, method: string, pathname: string, body: Buffer): Promise<HttpResponse | undefined> {
  if (pathname === '/dev/jwks.json' && method === 'GET') return jsonResponse(200, identity.issuer.jwks());
  if (pathname !== '/dev/token') return undefined;
  if (method !== 'POST') return jsonResponse(405, { error: { code: 'invalid_request', message: 'Use POST' } });
  let json: unknown;
  try {
    json = JSON.parse(body.toString('utf8'));
  } catch {
    return jsonResponse(400, { error: { code: 'invalid_request', message: 'Request body must be valid JSON' } });
  }
  const parsed = devTokenRequestSchema.safeParse(json);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    return jsonResponse(400, { error: { code: 'invalid_request', message: issue?.message ?? 'Invalid request', field: issue?.path.join('.') } });
  }
  identity.directory.record(parsed.data);
  return jsonResponse(200, { token: await identity.issuer.issueToken(parsed.data) });
}

function jsonResponse(status: number, body: unknown): HttpResponse {
  return new HttpResponse({ status, jsonBody: body });
}

function headersOf(req: IncomingMessage): Record<string, string> {
  const headers: Record<string, string> = {};
  for (const [name, value] of Object.entries(req.headers)) {
    if (value !== undefined) headers[name] = Array.isArray(value) ? value.join(', ') : value;
  }
  return headers;
}

async function readBody(req: IncomingMessage): Promise<Buffer | 'too-large'> {
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of req) {
    size += (chunk as Buffer).length;
    if (size > maxRequestBytes) return 'too-large';
    chunks.push(chunk as Buffer);
  }
  return Buffer.concat(chunks);
}

async function writeResponse(res: ServerResponse, response: HttpResponse): Promise<void> {
  const headers: Record<string, string> = {};
  response.headers.forEach((value, name) => {
    headers[name] = value;
  });
  const body = Buffer.from(await response.arrayBuffer());
  res.writeHead(response.status, headers);
  res.end(body);
}

async function loadOrCreateSecret(file: string): Promise<string> {
  try {
    return (await readFile(file, 'utf8')).trim();
  } catch {
    const secret = randomBytes(32).toString('base64url');
    await writeFile(file, secret, { mode: 0o600 });
    return secret;
  }
}
