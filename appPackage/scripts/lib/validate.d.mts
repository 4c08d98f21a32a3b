// Types for validate.mjs (used by the TypeScript tests).
export interface Problem {
  rule: string;
  where: string;
  message: string;
}
export interface PackagePolicy {
  defaultLanguage: string;
  languages: readonly string[];
  resourceSpecificPermissions: readonly string[];
}
export declare const SCHEMA_DIR: string;
export declare const SUPPORTED_MANIFEST_VERSIONS: readonly string[];
export declare const customerPulsePolicy: PackagePolicy;
export declare function localizableStrings(manifest: unknown): Record<string, string>;
export declare function validateAppPackage(input: {
  manifest: unknown;
  files: Map<string, Uint8Array>;
  policy?: PackagePolicy;
  schemaDir?: string;
}): Problem[];
export declare function formatProblems(problems: Problem[]): string;
