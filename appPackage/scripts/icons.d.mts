// Types for icons.mjs (used by the TypeScript tests).
export interface Icon {
  width: number;
  height: number;
  rgba: Uint8Array;
}
export declare const ACCENT: string;
export declare function drawColorIcon(): Icon;
export declare function drawOutlineIcon(): Icon;
export declare const iconFiles: Record<string, () => Icon>;
