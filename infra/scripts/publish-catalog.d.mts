// Types for publish-catalog.mjs (used by the TypeScript tests).
export declare const DEFAULT_GRAPH_BASE_URL: string;
export declare class PublishError extends Error {}
export declare function checkBaseUrl(baseUrl: string): string;
export declare function publishToCatalog(options: {
  zipPath: string;
  token: string;
  baseUrl?: string;
  requiresReview?: boolean;
  fetchImpl?: typeof fetch;
}): Promise<{ action: 'created' | 'updated'; catalogAppId: string; externalId: string; version: string; response: any }>;
