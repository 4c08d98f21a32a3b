/**
 * The contract's plain constants: limits, enumerations and error codes, without zod. The
 * contract's schemas are built from these (and re-export them, so the API imports them as
 * before); the tab imports them from here (`@contract/limits`), so that using a limit at run
 * time does not put zod into the side panel's first load. The tab takes only *types* from the
 * schemas.
 */

/** The languages the product speaks; a template may be written in any of them. */
export const templateLanguages = ['en', 'sv', 'tr', 'da', 'de'] as const;
export type TemplateLanguage = (typeof templateLanguages)[number];

export const minScalePoints = 2;
export const maxScalePoints = 7;
export const maxStatements = 12;
export const maxQuestions = 8;
export const maxPillars = 12;
export const templateTextMaxLength = 300;

export const registerKinds = ['customer-channels', 'decisions-to-revisit', 'unclear-benefit', 'trust-risks'] as const;
export type RegisterKind = (typeof registerKinds)[number];

export const registerStatuses = ['open', 'in-progress', 'done', 'dropped'] as const;
export type RegisterStatus = (typeof registerStatuses)[number];

export const riskSeverities = ['low', 'medium', 'high'] as const;

export const registerTitleMaxLength = 2000;
export const registerNotesMax = 50;

export const answerMaxLength = 2000;

export const timerMinSeconds = 30;
export const timerMaxSeconds = 60 * 60;

export const errorCodes = [
  'invalid_request',
  'unauthorized',
  'forbidden',
  'not_found',
  'conflict',
  'payload_too_large',
  'rate_limited',
  'unavailable',
  'internal',
] as const;
export type ErrorCode = (typeof errorCodes)[number];

/** The most answers one page of `GET /api/sessions/{id}/answers` carries. */
export const answerPageSizeMax = 50;
