import type { ColorUsage, Contrast, Hex } from "../../contract/tokens.js";
import { isTrueDuplicateHex } from "../measure/true-duplicate.js";
import type { FrameMeasurement } from "../types.js";

/** One color pooled over several frames. */
export interface PooledColor {
  hex: Hex;
  pixels: number;
  frames: { frame: string; pixels: number; total: number }[];
  usage: ColorUsage[];
  contrast: Contrast[];
  /** Values merged into this one (true duplicates: ±1 per channel). */
  merged: Hex[];
}

const USAGE_ORDER: ColorUsage[] = ["fill", "text", "border", "gradient"];

/**
 * Pools the colors of several frames: true duplicates (±1 per channel) are one color (the
 * value with the most pixels wins). Deterministic: colors are visited by pixels, then hex.
 */
export function poolColors(frames: readonly FrameMeasurement[]): PooledColor[] {
  const all = frames.flatMap((f) =>
    f.colors.map((c) => ({ c, frame: f.frame.id, total: f.frame.width * f.frame.height })),
  );
  all.sort((a, b) => b.c.pixels - a.c.pixels || (a.c.hex < b.c.hex ? -1 : a.c.hex > b.c.hex ? 1 : 0));
  const pooled: PooledColor[] = [];
  for (const { c, frame, total } of all) {
    let p = pooled.find((q) => q.hex === c.hex) ?? pooled.find((q) => isTrueDuplicateHex(q.hex, c.hex));
    if (!p) {
      p = { hex: c.hex, pixels: 0, frames: [], usage: [], contrast: [], merged: [] };
      pooled.push(p);
    }
    p.pixels += c.pixels;
    if (c.hex !== p.hex && !p.merged.includes(c.hex)) p.merged.push(c.hex);
    const share = p.frames.find((s) => s.frame === frame);
    if (share) share.pixels += c.pixels;
    else p.frames.push({ frame, pixels: c.pixels, total });
    for (const u of c.usage) if (!p.usage.includes(u)) p.usage.push(u);
    for (const k of c.contrast ?? []) if (!p.contrast.some((q) => q.against === k.against)) p.contrast.push(k);
  }
  for (const p of pooled) p.usage.sort((a, b) => USAGE_ORDER.indexOf(a) - USAGE_ORDER.indexOf(b));
  return pooled;
}
