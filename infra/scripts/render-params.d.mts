// Types for render-params.mjs (used by the TypeScript tests).
export declare const INFRA_DIR: string;
export declare function renderParameters(options: {
  envName: string;
  envDir?: string;
  parametersDir?: string;
  processEnv?: NodeJS.ProcessEnv;
}): { parameters: Record<string, any>; source: string };
