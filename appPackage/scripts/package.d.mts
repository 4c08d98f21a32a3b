// Types for package.mjs (used by the TypeScript tests).
import type { PackagePolicy, Problem } from './lib/validate.mjs';
export declare const APP_PACKAGE_DIR: string;
export declare const REPO_ROOT: string;
export declare const DEFAULT_ENV_DIR: string;
export interface BuildOptions {
  envName: string;
  envDir?: string;
  appPackageDir?: string;
  outDir?: string;
  processEnv?: NodeJS.ProcessEnv;
  policy?: PackagePolicy;
  write?: boolean;
}
export interface BuildResult {
  ok: boolean;
  problems: Problem[];
  manifest?: Record<string, any>;
  files: Map<string, Buffer>;
  zipPath?: string;
  manifestPath?: string;
}
export declare function buildAppPackage(options: BuildOptions): Promise<BuildResult>;
