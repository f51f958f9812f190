import type { RgbaImage } from "../types.js";
import { ColorTable, rgbToKey } from "./color-table.js";

/** Tile edge in px used for the busy-region (photo / gradient) map. */
export const TILE = 16;

/** Result of the first pass: every pixel mapped to a dense color index. */
export interface IndexedPixels {
  width: number;
  height: number;
  /** Pixel → color index. */
  idx: Uint32Array;
  table: ColorTable;
  /** Color index → number of pixels. */
  total: Int32Array;
  /** Background the alpha channel was composited over (table key). */
  backgroundKey: number;
  /** True when some pixels were not opaque. */
  hadAlpha: boolean;
  tilesX: number;
  tilesY: number;
  /** Tile → pixels that differ from their left or upper neighbour. */
  tileChanges: Int32Array;
  /** Tile → pixel count. */
  tileArea: Int32Array;
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

/**
 * Pass 1: maps every pixel to a color index (alpha composited over the border background),
 * counts pixels per color and changes per tile. One loop, lookups only when the color changes.
 */
export function indexPixels(image: RgbaImage): IndexedPixels {
  const { width: w, height: h, data } = image;
  const n = w * h;
  const aligned = data.byteOffset % 4 === 0 ? data : data.slice();
  const px = new Uint32Array(aligned.buffer, aligned.byteOffset, n);
  const backgroundKey = borderBackgroundKey(image);
  const bgR = backgroundKey & 255;
  const bgG = (backgroundKey >>> 8) & 255;
  const bgB = (backgroundKey >>> 16) & 255;
  const table = new ColorTable();
  const idx = new Uint32Array(n);
  const tilesX = Math.ceil(w / TILE);
  const tilesY = Math.ceil(h / TILE);
  const tileChanges = new Int32Array(tilesX * tilesY);
  const tileArea = new Int32Array(tilesX * tilesY);
  let hadAlpha = false;
  let prevRaw = -1;
  let prevIdx = 0;
  for (let y = 0; y < h; y++) {
    const row = y * w;
    const tileRow = (y >> 4) * tilesX;
    for (let x = 0; x < w; x++) {
      const i = row + x;
      const raw = px[i]! | 0;
      let c: number;
      if (raw === prevRaw && x > 0) c = prevIdx;
      else {
        const a = raw >>> 24;
        let key = raw & 0xffffff;
        if (a !== 255) {
          hadAlpha = true;
          const t = a / 255;
          key = rgbToKey(
            Math.round((raw & 255) * t + bgR * (1 - t)),
            Math.round(((raw >>> 8) & 255) * t + bgG * (1 - t)),
            Math.round(((raw >>> 16) & 255) * t + bgB * (1 - t)),
          );
        }
        c = table.indexOf(key);
        prevRaw = raw;
        prevIdx = c;
      }
      idx[i] = c;
      const t = tileRow + (x >> 4);
      tileArea[t]!++;
      if ((x > 0 && idx[i - 1] !== c) || (y > 0 && idx[i - w] !== c)) tileChanges[t]!++;
    }
  }
  const total = new Int32Array(table.size);
  for (let i = 0; i < n; i++) total[idx[i]!]!++;
  return { width: w, height: h, idx, table, total, backgroundKey, hadAlpha, tilesX, tilesY, tileChanges, tileArea };
}
