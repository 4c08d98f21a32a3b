// Types for securityHeaders.mjs (used by tab/vite.config.ts and the TypeScript tests).

/** Origins allowed to frame the tab: Teams, Outlook and the Microsoft 365 app, and 'self'. */
export declare const TAB_FRAME_ANCESTORS: readonly string[];

/** Where TeamsJS fetches its list of valid host origins from (part of connect-src). */
export declare const TEAMS_JS_CDN_ORIGIN: string;

/**
 * The tab's response headers: Content-Security-Policy, X-Content-Type-Options, Referrer-Policy
 * and, in production only, Strict-Transport-Security.
 * @param options.apiOrigin the API's origin for connect-src (a path is ignored); empty or
 *   missing when the API is on the tab's own origin. Must be https in production.
 * @param options.production served over HTTPS from Azure (adds Strict-Transport-Security).
 */
export declare function tabSecurityHeaders(options: { apiOrigin?: string; production: boolean }): Record<string, string>;
