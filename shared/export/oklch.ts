import { modeLrgb, modeOklab, modeOklch, modeRgb, useMode, type Oklch } from "culori/fn";

// Only the color spaces the exporters need (hex → OKLCH): ~17 KB minified instead of ~43 KB for all of culori.
useMode(modeRgb);
useMode(modeLrgb);
useMode(modeOklab);

const oklch = useMode(modeOklch);

/** Convert a `#rrggbb` color to OKLCH; undefined when it does not parse. */
export function toOklch(hex: string): Oklch | undefined {
  return oklch(hex);
}
