// Types for env.mjs (used by the TypeScript tests).
export declare const PLACEHOLDER: RegExp;
export declare class EnvError extends Error {}
export declare function parseDotenv(text: string): Record<string, string>;
export declare function loadEnvironment(
  envName: string,
  options: { envDir: string; processEnv?: NodeJS.ProcessEnv },
): { values: Record<string, string>; files: string[] };
export declare function placeholdersIn(text: string): string[];
export declare function fillPlaceholders(
  text: string,
  values: Record<string, string>,
  options?: { source?: string; escape?: (value: string) => string },
): string;
export declare const jsonStringEscape: (value: string) => string;
