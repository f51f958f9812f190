import type { RgbaImage } from "../types.js";
import { rgbToKey } from "./color-table.js";

/** Sentinel for "no neighbour": positive, while every opaque pixel word is negative. */
export const NO_PIXEL = 1;

/**
 * Opaque pixels as little-endian RGBA words read as Int32 (`0xffBBGGRR`, always negative, so
 * they stay small integers in V8): equal words ⇔ equal colors. NO_PIXEL (1) is never a pixel.
 */
export interface OpaquePixels {
  width: number;
  height: number;
  px: Int32Array;
  /** Most common color on the image border (table key); alpha was composited over it. */
  backgroundKey: number;
  hadAlpha: boolean;
}

/** Most common opaque color on the image border (table key); white when the border is transparent. */
export function borderBackgroundKey(image: RgbaImage): number {
  const { width: w, height: h, data } = image;
  const counts = new Map<number, number>();
  const visit = (x: number, y: number): void => {
    const o = (y * w + x) * 4;
    if (data[o + 3] !== 255) return;
    const k = rgbToKey(data[o]!, data[o + 1]!, data[o + 2]!);
    counts.set(k, (counts.get(k) ?? 0) + 1);
  };
  for (let x = 0; x < w; x++) {
    visit(x, 0);
    if (h > 1) visit(x, h - 1);
  }
  for (let y = 1; y < h - 1; y++) {
    visit(0, y);
    if (w > 1) visit(w - 1, y);
  }
  let best = rgbToKey(255, 255, 255);
  let bestN = 0;
  for (const [k, n] of counts) if (n > bestN || (n === bestN && k < best)) [best, bestN] = [k, n];
  return best;
}

/** A zero-copy Int32 view of the pixels (the image must be opaque; countTileChanges checks). */
export function viewPixels(image: RgbaImage): OpaquePixels {
  const { width, height, data } = image;
  const n = width * height;
  const aligned = data.byteOffset % 4 === 0 ? data : data.slice(0, n * 4);
  return { width, height, px: new Int32Array(aligned.buffer, aligned.byteOffset, n), backgroundKey: borderBackgroundKey(image), hadAlpha: false };
}

/** A copy of the pixels with every non-opaque pixel composited over the border background. */
export function compositePixels(image: RgbaImage): OpaquePixels {
  const view = viewPixels(image);
  const { px, backgroundKey } = view;
  const out = new Int32Array(px.length);
  const bg = [backgroundKey & 255, (backgroundKey >>> 8) & 255, (backgroundKey >>> 16) & 255];
  for (let i = 0; i < px.length; i++) {
    const v = px[i]!;
    const a = v >>> 24;
    if (a === 255) {
      out[i] = v;
      continue;
    }
    const t = a / 255;
    const r = Math.round((v & 255) * t + bg[0]! * (1 - t));
    const g = Math.round(((v >>> 8) & 255) * t + bg[1]! * (1 - t));
    const b = Math.round(((v >>> 16) & 255) * t + bg[2]! * (1 - t));
    out[i] = 0xff000000 | (b << 16) | (g << 8) | r;
  }
  return { ...view, px: out, hadAlpha: true };
}
