import type { RgbaImage } from "../../types.js";

/** Test helper: an opaque w×h canvas of one color. */
export function blank(w: number, h: number, hex: string): RgbaImage {
  const img = { width: w, height: h, data: new Uint8Array(w * h * 4) };
  rect(img, 0, 0, w, h, hex);
  return img;
}

/** Paints [x, x+w) × [y, y+h) with an exact color. */
export function rect(img: RgbaImage, x: number, y: number, w: number, h: number, hex: string): void {
  const v = parseInt(hex.slice(1), 16);
  for (let yy = y; yy < y + h; yy++) {
    for (let xx = x; xx < x + w; xx++) img.data.set([(v >> 16) & 255, (v >> 8) & 255, v & 255, 255], (yy * img.width + xx) * 4);
  }
}

/** A box with an inside border of width `bw` (Figma "inside" stroke). */
export function bordered(img: RgbaImage, x: number, y: number, w: number, h: number, fill: string, border: string, bw: number): void {
  rect(img, x, y, w, h, border);
  rect(img, x + bw, y + bw, w - 2 * bw, h - 2 * bw, fill);
}

/**
 * Glyph-like strokes: a line of `n` 6×10 "letters" (hollow with antialiased grays) 2 px apart,
 * a 5 px word space every 4 letters — text with line-height noise and tiny gaps.
 */
export function textLine(img: RgbaImage, x: number, y: number, n: number, s = 1): number {
  let cx = x;
  for (let i = 0; i < n; i++) {
    rect(img, cx, y + 2 * s, s, 8 * s, "#111827");
    rect(img, cx + s, y + 2 * s, 3 * s, s, "#6b7280");
    rect(img, cx + 4 * s, y + (i % 3) * s, s, (10 - (i % 3)) * s, "#374151");
    rect(img, cx + s, y + 9 * s, 3 * s, s, "#9ca3af");
    cx += 6 * s + 2 * s + (i % 4 === 3 ? 5 * s : 0);
  }
  return cx - x;
}

/** A box with a soft drop-shadow halo `spread` px wide (backdrop tints fading out), then its fill. */
export function shadowed(img: RgbaImage, x: number, y: number, w: number, h: number, fill: string, backdrop: string, spread: number): void {
  const v = parseInt(backdrop.slice(1), 16);
  for (let i = spread; i >= 1; i--) {
    const k = 1 - (0.2 * (spread - i + 1)) / spread;
    const c = [(v >> 16) & 255, (v >> 8) & 255, v & 255].map((ch) => Math.round(ch * k));
    const hex = `#${c.map((ch) => ch.toString(16).padStart(2, "0")).join("")}`;
    rect(img, x - i, y - i + 2, w + 2 * i, h + 2 * i, hex);
  }
  rect(img, x, y, w, h, fill);
}
