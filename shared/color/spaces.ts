import { modeLrgb, modeOklab, modeOklch, modeRgb, useMode, wcagContrast, type Oklch } from "culori/fn";

// Only the color spaces we use (sRGB ↔ OKLCH, WCAG luminance): ~17 KB minified instead of ~43 KB
// for all of culori, so the engine and exporters fit the plugin UI bundle.
useMode(modeRgb);
useMode(modeLrgb);
useMode(modeOklab);
const oklch = useMode(modeOklch);

/** `#rrggbb` (or any sRGB color culori parses) → OKLCH; undefined when it does not parse. */
export function toOklch(color: string): Oklch | undefined {
  return oklch(color);
}

/** WCAG 2.x contrast ratio of two colors (1..21). */
export { wcagContrast };
