/** Turns raw request parts into contract types, or a 400/413 that names the field. */
import type { HttpRequest } from '@azure/functions';
import type { z } from 'zod';
import { badRequest, HttpError } from './errors.ts';

export const maxBodyBytes = 16 * 1024;

/** `maxBytes` raises the limit for the few bodies that are larger by nature (template definitions). */
export async function parseJsonBody<S extends z.ZodType>(
  request: HttpRequest,
  schema: S,
  { maxBytes = maxBodyBytes }: { maxBytes?: number } = {},
): Promise<z.infer<S>> {
  const declaredLength = Number(request.headers.get('content-length') ?? 0);
  if (declaredLength > maxBytes) throw tooLarge(maxBytes);
  const text = await request.text();
  if (Buffer.byteLength(text) > maxBytes) throw tooLarge(maxBytes);
  let json: unknown;
  try {
    json = text === '' ? undefined : JSON.parse(text);
  } catch {
    throw badRequest('Request body must be valid JSON');
  }
  if (json === undefined) throw badRequest('Request body is required');
  return validate(schema, json);
}

export function parseParams<S extends z.ZodType>(request: HttpRequest, schema: S): z.infer<S> {
  return validate(schema, request.params);
}

export function validate<S extends z.ZodType>(schema: S, value: unknown): z.infer<S> {
  const malformed = malformedTextPath(value, []);
  if (malformed) {
    const field = malformed.join('.') || undefined;
    throw badRequest(`${field ? `${field}: ` : ''}must be well-formed Unicode text`, field);
  }
  const result = schema.safeParse(value);
  if (result.success) return result.data;
  const issue = result.error.issues[0];
  const field = issue?.path.join('.') || undefined;
  const message = issue ? (field && !issue.message.startsWith(field) ? `${field}: ${issue.message}` : issue.message) : 'Invalid request';
  throw badRequest(message, field);
}

function tooLarge(maxBytes: number) {
  return new HttpError(413, 'payload_too_large', `Request body must be at most ${maxBytes} bytes`);
}

/** A lone UTF-16 surrogate cannot become a table key or a URL: it is refused before any use. */
const loneSurrogate = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;

/** The path of the first string (or object key) that is not well-formed Unicode, if any. */
function malformedTextPath(value: unknown, path: string[]): string[] | undefined {
  if (typeof value === 'string') return loneSurrogate.test(value) ? path : undefined;
  if (Array.isArray(value)) {
    for (const [index, item] of value.entries()) {
      const found = malformedTextPath(item, [...path, String(index)]);
      if (found) return found;
    }
    return undefined;
  }
  if (value && typeof value === 'object') {
    for (const [key, item] of Object.entries(value)) {
      if (loneSurrogate.test(key)) return [...path, '(a key)'];
      const found = malformedTextPath(item, [...path, key]);
      if (found) return found;
    }
  }
  return undefined;
}
