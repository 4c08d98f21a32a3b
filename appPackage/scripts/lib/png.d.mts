// Types for png.mjs (used by the TypeScript tests).
export declare function encodePng(width: number, height: number, rgba: Uint8Array): Buffer;
export declare function readPngHeader(bytes: Uint8Array): { width: number; height: number; bitDepth: number; colorType: number; interlace: number };
export declare function decodePng(bytes: Uint8Array): { width: number; height: number; rgba: Uint8Array };
