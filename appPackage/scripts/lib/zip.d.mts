// Types for zip.mjs (used by the TypeScript tests).
export declare function writeZip(entries: Array<{ name: string; data: Uint8Array }>, outPath: string): Promise<void>;
export declare function readZip(source: string | Uint8Array): Promise<Map<string, Buffer>>;
