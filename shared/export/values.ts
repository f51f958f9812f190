import { toOklch } from "./oklch.js";
import type { GradientToken } from "../contract/tokens.js";
import { ExportError, type ExportOptions } from "./types.js";

/** Format a number with at most `digits` decimals and no trailing zeros (`0.5`, `16`, `0.1451`). */
export function formatNumber(n: number, digits = 4): string {
  const fixed = Number(n.toFixed(digits));
  return String(Object.is(fixed, -0) ? 0 : fixed);
}

/** `#rrggbb` → sRGB components 0..1, rounded to 6 decimals (the exact value travels in `hex`). */
export function hexToComponents(hex: string): [number, number, number] {
  const v = (i: number): number => Number((parseInt(hex.slice(i, i + 2), 16) / 255).toFixed(6));
  return [v(1), v(3), v(5)];
}

/** sRGB components 0..1 → lowercase `#rrggbb` (components are clamped). */
export function componentsToHex(components: readonly number[]): string {
  return `#${components
    .slice(0, 3)
    .map((c) => Math.round(Math.min(1, Math.max(0, c)) * 255).toString(16).padStart(2, "0"))
    .join("")}`;
}

const isOpaque = (alpha: number | undefined): boolean => alpha === undefined || alpha >= 1;

/**
 * A CSS color for a measured color. Hex (default) keeps the exact value: `#rrggbb`, or `#rrggbbaa`
 * when the alpha is an 8-bit step (as measured from a PNG), else `rgb(r g b / a)`. `oklch` gives `oklch(L C H [/ a])`
 * with enough digits to round-trip to the same 8-bit hex.
 */
export function cssColor(hex: string, alpha: number | undefined, format: ExportOptions["colorFormat"] = "hex"): string {
  if (format === "oklch") {
    const c = toOklch(hex);
    if (!c) throw new ExportError("bad_options", `cannot convert ${hex} to oklch`);
    const hue = c.h === undefined || Number.isNaN(c.h) || c.c < 1e-4 ? 0 : c.h;
    const body = `${formatNumber(c.l, 5)} ${formatNumber(c.c < 1e-4 ? 0 : c.c, 5)} ${formatNumber(hue, 3)}`;
    return isOpaque(alpha) ? `oklch(${body})` : `oklch(${body} / ${formatNumber(alpha as number)})`;
  }
  if (isOpaque(alpha)) return hex;
  const a = alpha as number;
  const byte = a * 255;
  if (Math.abs(byte - Math.round(byte)) < 1e-3) return `${hex}${Math.round(byte).toString(16).padStart(2, "0")}`;
  const [r, g, b] = [1, 3, 5].map((i) => parseInt(hex.slice(i, i + 2), 16));
  return `rgb(${r} ${g} ${b} / ${formatNumber(a)})`;
}

/** Validate and normalise the dimension options. */
export function dimensionOptions(options: ExportOptions): { unit: "px" | "rem"; remBase: number } {
  const unit = options.dimensionUnit ?? "px";
  const remBase = options.remBase ?? 16;
  if (unit !== "px" && unit !== "rem") throw new ExportError("bad_options", `dimensionUnit must be "px" or "rem", got ${String(unit)}`);
  if (!Number.isFinite(remBase) || remBase <= 0) throw new ExportError("bad_options", `remBase must be a positive number, got ${String(remBase)}`);
  return { unit, remBase };
}

/** A spacing value as `{ value, unit }` in the requested unit (px exact; rem to 4 decimals). */
export function dimension(px: number, options: ExportOptions): { value: number; unit: "px" | "rem" } {
  const { unit, remBase } = dimensionOptions(options);
  return unit === "px" ? { value: px, unit } : { value: Number(formatNumber(px / remBase)), unit };
}

/** A spacing value as CSS text: `16px` or `1rem`. */
export function cssDimension(px: number, options: ExportOptions): string {
  const d = dimension(px, options);
  return `${formatNumber(d.value)}${d.unit}`;
}

/** A gradient as a CSS `linear-gradient(…)`, stops in order of position. */
export function cssGradient(g: GradientToken, format: ExportOptions["colorFormat"] = "hex"): string {
  const stops = [...g.stops]
    .sort((a, b) => a.position - b.position)
    .map((s) => `${cssColor(s.hex, undefined, format)} ${formatNumber(s.position * 100, 2)}%`);
  return `linear-gradient(${formatNumber(g.angle, 2)}deg, ${stops.join(", ")})`;
}
