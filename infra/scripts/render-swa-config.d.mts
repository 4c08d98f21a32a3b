// Types for render-swa-config.mjs (used by the TypeScript tests).
export declare const REPO_ROOT: string;
export declare const SWA_CONFIG_FILE: string;
export declare const COMMITTED_CONFIG_PATH: string;
export declare const TAB_DIST_DIR: string;
export declare class SwaConfigError extends Error {}
export declare function renderSwaConfig(options?: { apiOrigin?: string }): { globalHeaders: Record<string, string> };
export declare function swaConfigText(options?: { apiOrigin?: string }): string;
export declare function writeDeployedSwaConfig(options: { apiOrigin: string; out?: string; distDir?: string }): string;
export declare function apiOriginOfEnvironment(
  envName: string,
  options?: { envDir?: string; processEnv?: NodeJS.ProcessEnv },
): string;
