/** Field rules every part of the contract shares: ids, key-safe ids, dates. */
import { z } from 'zod';

export const id = (field: string, max = 128) =>
  z
    .string({ error: `${field} must be a string` })
    .trim()
    .min(1, `${field} must not be empty`)
    .max(max, `${field} must be at most ${max} characters`);

/** Ids end up in table keys, so characters that Table Storage forbids in keys are refused. */
export const keySafeId = (field: string, max = 128) =>
  id(field, max).regex(/^[^/\\#?\u0000-\u001f\u007f-\u009f]+$/, `${field} contains characters that are not allowed`);

export const isoDate = (field: string) =>
  z
    .string({ error: `${field} must be a date (YYYY-MM-DD)` })
    .regex(/^\d{4}-\d{2}-\d{2}$/, `${field} must be a date (YYYY-MM-DD)`)
    .refine((value) => !Number.isNaN(Date.parse(`${value}T00:00:00Z`)), `${field} must be a real date`);

/** A point in time with its offset, as Teams reports a meeting's scheduled start. */
export const isoDateTime = (field: string) =>
  z.iso.datetime({ offset: true, error: `${field} must be a date and time (ISO 8601)` });
