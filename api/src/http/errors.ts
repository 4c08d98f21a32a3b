/** Errors that map to an HTTP status with the contract's `{ error: { code, message } }` body. */
import type { ErrorBody } from '../contract/index.ts';

type ErrorCode = ErrorBody['error']['code'];

export class HttpError extends Error {
  constructor(
    readonly status: number,
    readonly code: ErrorCode,
    message: string,
    readonly field?: string,
    readonly headers: Record<string, string> = {},
  ) {
    super(message);
  }
}

export const badRequest = (message: string, field?: string) => new HttpError(400, 'invalid_request', message, field);
export const notFound = (message: string) => new HttpError(404, 'not_found', message);
export const forbidden = (message: string) => new HttpError(403, 'forbidden', message);
export const conflict = (message: string) => new HttpError(409, 'conflict', message);
/** A conflict with the resource that is in the way, named in `Location`. */
export const conflictAt = (message: string, location: string) => new HttpError(409, 'conflict', message, undefined, { Location: location });
/** Whole seconds, at least one: a client told to retry after 0 s would hammer at once. */
const retryAfter = (seconds: number) => ({ 'Retry-After': String(Math.max(1, Math.ceil(seconds))) });
export const tooManyRequests = (message: string, retryAfterSeconds: number) =>
  new HttpError(429, 'rate_limited', message, undefined, retryAfter(retryAfterSeconds));
/** A service we depend on (Microsoft Graph) cannot answer now; nothing was decided or saved. */
export const unavailable = (message: string, retryAfterSeconds: number) =>
  new HttpError(503, 'unavailable', message, undefined, retryAfter(retryAfterSeconds));
