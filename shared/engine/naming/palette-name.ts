import { toOklch } from "../../color/spaces.js";
import type { Hex } from "../../contract/tokens.js";


/** Hue families with their OKLCH hue centres (Tailwind v4's 500 shades). */
const HUES: ReadonlyArray<readonly [string, number]> = [
  ["red", 25.3],
  ["orange", 47.6],
  ["amber", 70.1],
  ["yellow", 86],
  ["lime", 130.9],
  ["green", 149.6],
  ["emerald", 162.5],
  ["teal", 182.5],
  ["cyan", 215.2],
  ["sky", 237.3],
  ["blue", 259.8],
  ["indigo", 277.1],
  ["violet", 292.7],
  ["purple", 303.9],
  ["fuchsia", 322.2],
  ["pink", 354.3],
  ["rose", 16.4],
];

/** OKLCH lightness of the 50…950 steps: Tailwind v4's gray scale, and a typical chromatic scale. */
const GRAY_STEPS: ReadonlyArray<readonly [number, number]> = [
  [50, 0.985], [100, 0.967], [200, 0.928], [300, 0.872], [400, 0.707], [500, 0.551],
  [600, 0.446], [700, 0.373], [800, 0.278], [900, 0.21], [950, 0.13],
];
const HUE_STEPS: ReadonlyArray<readonly [number, number]> = [
  [50, 0.975], [100, 0.94], [200, 0.89], [300, 0.82], [400, 0.72], [500, 0.63],
  [600, 0.53], [700, 0.47], [800, 0.42], [900, 0.37], [950, 0.28],
];

/**
 * Below this relative chroma (OKLCH C over 4·L·(1−L), the room a lightness leaves) a color is gray:
 * Tailwind's bluish grays stay gray, pale tints like blue-50 keep their hue.
 */
export const GRAY_RELATIVE_CHROMA = 0.07;

/** OKLCH of a hex color (hue 0 for grays). */
export function oklchOf(hex: Hex): { l: number; c: number; h: number } {
  const o = toOklch(hex)!;
  return { l: o.l, c: o.c ?? 0, h: o.h ?? 0 };
}

/** Hue family of a color: one of HUES, or `gray`. */
export function hueFamily(hex: Hex): string {
  const { l, c, h } = oklchOf(hex);
  if (c / Math.max(0.05, 4 * l * (1 - l)) < GRAY_RELATIVE_CHROMA) return "gray";
  let best = "gray";
  let bestD = Infinity;
  for (const [name, centre] of HUES) {
    const d = Math.min(Math.abs(h - centre), 360 - Math.abs(h - centre));
    if (d < bestD) [best, bestD] = [name, d];
  }
  return best;
}

/** Palette name: hue family + lightness step (`blue-600`, `gray-50`), or `white` / `black`. */
export function paletteName(hex: Hex): string {
  if (hex === "#ffffff") return "white";
  if (hex === "#000000") return "black";
  const { l } = oklchOf(hex);
  const family = hueFamily(hex);
  let step = 500;
  let bestD = Infinity;
  for (const [s, anchor] of family === "gray" ? GRAY_STEPS : HUE_STEPS) {
    const d = Math.abs(l - anchor);
    if (d < bestD) [step, bestD] = [s, d];
  }
  return `${family}-${step}`;
}
