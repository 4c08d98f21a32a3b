/**
 * The one place where handler outcomes become HTTP: JSON bodies, contract errors, and the
 * authentication every API call but health needs.
 */
import type { HttpHandler, HttpRequest, HttpResponseInit, InvocationContext } from '@azure/functions';
import { AuthError, type Caller } from '../auth/caller.ts';
import type { ErrorBody } from '../contract/index.ts';
import { services, type Services } from '../services.ts';
import { HttpError } from './errors.ts';

export function json(status: number, body: unknown, headers: Record<string, string> = {}): HttpResponseInit {
  return { status, jsonBody: body, headers: { 'Cache-Control': 'no-store', ...headers } };
}

function errorResponse(status: number, error: ErrorBody['error'], headers?: Record<string, string>): HttpResponseInit {
  return json(status, { error } satisfies ErrorBody, headers);
}

/** `Server-Timing` lets a browser's dev tools and the benchmark see the time spent in the API. */
function withServerTiming(response: HttpResponseInit, started: number): HttpResponseInit {
  const headers = { ...(response.headers as Record<string, string> | undefined) };
  headers['Server-Timing'] = `app;dur=${(performance.now() - started).toFixed(1)}`;
  return { ...response, headers };
}

export type AuthenticatedHandler = (
  request: HttpRequest,
  context: InvocationContext,
  caller: Caller,
  services: Services,
) => Promise<HttpResponseInit>;

/** Validates the bearer token, then runs the handler; every failure becomes a contract error. */
export function authenticated(handler: AuthenticatedHandler): HttpHandler {
  return withErrorMapping(async (request, context) => {
    const deps = services();
    const caller = await deps.verifyToken(request.headers.get('authorization'));
    return handler(request, context, caller, deps);
  });
}

export function withErrorMapping(handler: HttpHandler): HttpHandler {
  return async (request, context) => {
    const started = performance.now();
    try {
      return withServerTiming((await handler(request, context)) as HttpResponseInit, started);
    } catch (error) {
      if (error instanceof HttpError) {
        return errorResponse(error.status, { code: error.code, message: error.message, field: error.field }, error.headers);
      }
      if (error instanceof AuthError) {
        context.warn('Rejected token', { reason: error.message });
        return errorResponse(401, { code: 'unauthorized', message: error.message }, { 'WWW-Authenticate': 'Bearer' });
      }
      // Only the error's name and message: never the request body, which may hold answers.
      context.error('Unhandled error', { name: (error as Error)?.name, message: (error as Error)?.message });
      return errorResponse(500, { code: 'internal', message: 'Something went wrong on our side; nothing was saved' });
    }
  };
}
