// Types for build-api.mjs (used by the TypeScript tests).
export declare const REPO_ROOT: string;
export declare const DEFAULT_OUT_DIR: string;
export declare function buildApi(options?: { outDir?: string; zip?: boolean }): Promise<{ folder: string; zipPath?: string; bundle: string; warnings: string[] }>;
