import { converter } from "culori";

const toOklch = converter("oklch");

const HUES: [number, string][] = [
  [20, "red"],
  [50, "orange"],
  [85, "amber"],
  [110, "yellow"],
  [135, "lime"],
  [165, "green"],
  [190, "teal"],
  [220, "cyan"],
  [265, "blue"],
  [290, "indigo"],
  [320, "purple"],
  [345, "pink"],
  [360, "red"],
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
