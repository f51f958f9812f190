import { wcagContrast } from "../../color/spaces.js";
import type { Contrast, Hex } from "../../contract/tokens.js";

/** WCAG 2.x thresholds for normal-size text. */
export const AA_RATIO = 4.5;
export const AAA_RATIO = 7;

/**
 * WCAG 2.x contrast of `foreground` on `background` (ratio rounded to 2 decimals, 1..21)
 * with AA (≥ 4.5) and AAA (≥ 7) flags for normal-size text.
 */
export function contrastAgainst(foreground: Hex, background: Hex): Contrast {
  const raw = wcagContrast(foreground, background);
  const ratio = Math.min(21, Math.max(1, Math.round(raw * 100) / 100));
  return { against: background, ratio, aa: raw >= AA_RATIO, aaa: raw >= AAA_RATIO };
}
