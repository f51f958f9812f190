/** Figma color value: channels 0..1. */
export interface Rgba {
  r: number;
  g: number;
  b: number;
  a: number;
}

const byte = (v: number) => Math.max(0, Math.min(255, Math.round(v * 255)));
const hex2 = (v: number) => byte(v).toString(16).padStart(2, "0");

/** `#rrggbb` (+ alpha 0..1) → Figma RGBA; each channel is exactly n/255 so it round-trips. */
export function hexToRgba(hex: string, alpha = 1): Rgba {
  const n = parseInt(hex.slice(1), 16);
  return { r: ((n >> 16) & 255) / 255, g: ((n >> 8) & 255) / 255, b: (n & 255) / 255, a: alpha };
}

/** Figma RGB(A) → lowercase `#rrggbb` and alpha rounded to 3 decimals. */
export function rgbaToHex(color: { r: number; g: number; b: number; a?: number }): { hex: string; alpha: number } {
  const alpha = color.a === undefined ? 1 : Math.round(color.a * 1000) / 1000;
  return { hex: `#${hex2(color.r)}${hex2(color.g)}${hex2(color.b)}`, alpha };
}

/** How a color reads in the preview: `#rrggbb`, or `#rrggbbaa` when translucent. */
export function formatColor(hex: string, alpha = 1): string {
  return alpha >= 1 ? hex : `${hex}${hex2(alpha)}`;
}

/** True for a Figma RGB/RGBA value object. */
export function isRgb(value: unknown): value is { r: number; g: number; b: number; a?: number } {
  return typeof value === "object" && value !== null && "r" in value && "g" in value && "b" in value;
}

/** True for a variable alias value. */
export function isAlias(value: unknown): value is VariableAlias {
  return typeof value === "object" && value !== null && (value as { type?: unknown }).type === "VARIABLE_ALIAS";
}
