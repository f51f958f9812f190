import type { RgbaImage } from "../types.js";

/** Test helpers: build RgbaImages whose colors are known exactly. */
export function parseHex(hex: string): [number, number, number] {
  const v = parseInt(hex.slice(1), 16);
  return [(v >> 16) & 255, (v >> 8) & 255, v & 255];
}

/** A w×h opaque canvas filled with `hex`. */
export function canvas(w: number, h: number, hex: string): RgbaImage {
  const data = new Uint8Array(w * h * 4);
  const [r, g, b] = parseHex(hex);
  for (let i = 0; i < w * h; i++) data.set([r, g, b, 255], i * 4);
  return { width: w, height: h, data };
}

/** Paints the rectangle [x0,x1)×[y0,y1) (fractional edges antialiased by area coverage). */
export function fillRect(img: RgbaImage, x0: number, y0: number, x1: number, y1: number, hex: string): void {
  const [r, g, b] = parseHex(hex);
  for (let y = Math.max(0, Math.floor(y0)); y < Math.min(img.height, Math.ceil(y1)); y++) {
    const cy = Math.min(y + 1, y1) - Math.max(y, y0);
    for (let x = Math.max(0, Math.floor(x0)); x < Math.min(img.width, Math.ceil(x1)); x++) {
      const cov = cy * (Math.min(x + 1, x1) - Math.max(x, x0));
      const o = (y * img.width + x) * 4;
      const d = img.data;
      d[o] = Math.round(r * cov + d[o]! * (1 - cov));
      d[o + 1] = Math.round(g * cov + d[o + 1]! * (1 - cov));
      d[o + 2] = Math.round(b * cov + d[o + 2]! * (1 - cov));
    }
  }
}

/** Sets one pixel. */
export function setPixel(img: RgbaImage, x: number, y: number, rgb: [number, number, number], a = 255): void {
  img.data.set([rgb[0], rgb[1], rgb[2], a], (y * img.width + x) * 4);
}

/** Deterministic PRNG (mulberry32). */
export function rng(seed: number): () => number {
  let s = seed >>> 0;
  return () => {
    s = (s + 0x6d2b79f5) >>> 0;
    let t = s;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** Fake glyph row: antialiased vertical stems and crossbars at fractional positions. */
export function drawGlyphs(img: RgbaImage, x: number, y: number, count: number, size: number, hex: string): void {
  for (let i = 0; i < count; i++) {
    const gx = x + i * size * 0.62 + 0.3 * (i % 3);
    fillRect(img, gx, y, gx + size * 0.12, y + size, hex);
    fillRect(img, gx + size * 0.38, y + size * 0.25, gx + size * 0.5, y + size, hex);
    fillRect(img, gx, y + size * 0.45 + 0.4, gx + size * 0.5, y + size * 0.45 + 0.4 + size * 0.09, hex);
  }
}
