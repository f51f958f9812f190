import { toOklch } from "../oklch.js";


/** Upper OKLCH hue bound of each family, calibrated on Tailwind's 500 steps (red 25°, orange 47°, blue 260°, pink 354°). */
const HUES: [number, string][] = [
  [36, "red"],
  [58, "orange"],
  [78, "amber"],
  [108, "yellow"],
  [140, "lime"],
  [170, "green"],
  [200, "teal"],
  [230, "cyan"],
  [270, "blue"],
  [285, "indigo"],
  [315, "purple"],
  [360, "pink"],
];

/**
 * A palette label for a color that came without one (imported files): hue family + OKLCH lightness
 * step, e.g. `blue-600`, `gray-100`, or `white` / `black` at the ends. Same scheme as the contract's
 * `palette` field (`^[a-z]+-\d{2,3}$|^(white|black)$`).
 */
export function paletteLabel(hex: string): string {
  const c = toOklch(hex);
  if (!c) return "gray-500";
  if (c.l >= 0.995 && c.c < 0.02) return "white";
  if (c.l <= 0.005) return "black";
  const family = c.c < 0.03 || c.h === undefined ? "gray" : (HUES.find(([max]) => (c.h as number) < max) ?? [360, "red"])[1];
  const step = Math.min(950, Math.max(50, Math.round((1 - c.l) * 10) * 100 || 50));
  return `${family}-${step}`;
}
