import type { MeasuredGradient } from "../types.js";
import { fitGradient } from "./fit-gradient.js";
import type { BusyRegion } from "./busy-regions.js";
import type { OpaquePixels } from "./prepare-pixels.js";
import { TILE, type TileChanges } from "./scan-frame.js";

type FrameScan = OpaquePixels & TileChanges;

/** Minimum color span (8-bit euclidean) of a gradient profile. */
const MIN_SPAN = 10;

/** A gradient spans at least this many px (at 1x) along its axis; shorter smooth areas are shadows. */
const MIN_GRADIENT_LENGTH = 64;

/** Result of classifying one busy region: a photo, a gradient (maybe around a photo), or smooth (ignored). */
export type RegionKind =
  | { kind: "photo"; pixels: number }
  | { kind: "smooth"; pixels: number }
  | { kind: "gradient"; gradient: MeasuredGradient; pixels: number; containsPhoto: boolean };

/** Share of its bounding box a gradient region's tiles must cover. */
const MIN_FILL = 0.5;
/** Share of a region's pixels (outside photo areas) a gradient must explain. */
const GRADIENT_INLIERS = 0.85;

/**
 * Classifies a busy region. A robust linear-gradient fit (fitGradient) that explains the region,
 * is at least MIN_GRADIENT_LENGTH long and spans MIN_SPAN → gradient (clusters of photo tiles inside
 * are left out of the fit and reported as a photo). Otherwise colors on one line in RGB →
 * smooth (shadow, glow, blur: neither a token nor a photo); else a photo.
 */
export function classifyRegion(p: FrameScan, region: BusyRegion, scale = 1): RegionKind {
  let area = 0;
  for (const t of region.tiles) {
    const tx = t % p.tilesX;
    const ty = (t - tx) / p.tilesX;
    area += (Math.min(p.width, tx * TILE + TILE) - tx * TILE) * (Math.min(p.height, ty * TILE + TILE) - ty * TILE);
  }
  // A gradient fills its box; a ring of smooth tiles around a card is a shadow.
  const [x0, y0, x1, y1] = region.box;
  const filled = (region.tiles.length * TILE * TILE) / Math.max(1, (x1 - x0) * (y1 - y0));
  const fit = filled >= MIN_FILL ? fitGradient(p, region) : null;
  if (fit && fit.length >= MIN_GRADIENT_LENGTH * scale) {
    const stops = fit.gradient.stops.map((s) => parseInt(s.hex.slice(1), 16));
    const first = stops[0]!;
    const span = Math.max(...stops.map((v) => Math.hypot((v >> 16) - (first >> 16), ((v >> 8) & 255) - ((first >> 8) & 255), (v & 255) - (first & 255))));
    const gradient = { ...fit.gradient, coverage: area / (p.width * p.height) };
    if (span >= MIN_SPAN && fit.inlierShare >= GRADIENT_INLIERS) {
      return { kind: "gradient", gradient, pixels: area, containsPhoto: fit.photoArea > 0 };
    }
  }
  return colorsOnALine(p, region) ? { kind: "smooth", pixels: area } : { kind: "photo", pixels: area };
}

/**
 * True when the region's colors lie on one line in RGB (second PCA eigenvalue < 3 % of the first):
 * a shadow, glow or blur of one color over a background — not a photo.
 */
function colorsOnALine(p: FrameScan, region: BusyRegion): boolean {
  const s = new Float64Array(9);
  let n = 0;
  forEachPixel(p, region, (_x, _y, key) => {
    const r = key & 255;
    const g = (key >>> 8) & 255;
    const b = (key >>> 16) & 255;
    s[0]! += r;
    s[1]! += g;
    s[2]! += b;
    s[3]! += r * r;
    s[4]! += g * g;
    s[5]! += b * b;
    s[6]! += r * g;
    s[7]! += r * b;
    s[8]! += g * b;
    n++;
  });
  const m = [s[0]! / n, s[1]! / n, s[2]! / n] as const;
  const c = [
    [s[3]! / n - m[0] * m[0], s[6]! / n - m[0] * m[1], s[7]! / n - m[0] * m[2]],
    [s[6]! / n - m[0] * m[1], s[4]! / n - m[1] * m[1], s[8]! / n - m[1] * m[2]],
    [s[7]! / n - m[0] * m[2], s[8]! / n - m[1] * m[2], s[5]! / n - m[2] * m[2]],
  ];
  // Largest eigenvalue by power iteration; the rest is trace − λ1 (≥ λ2).
  let v = [1, 1, 1];
  let l1 = 0;
  for (let i = 0; i < 30; i++) {
    const w = c.map((row) => row[0]! * v[0]! + row[1]! * v[1]! + row[2]! * v[2]!);
    l1 = Math.hypot(w[0]!, w[1]!, w[2]!);
    if (l1 === 0) return true;
    v = w.map((x) => x / l1);
  }
  const trace = c[0]![0]! + c[1]![1]! + c[2]![2]!;
  return trace - l1 < 0.03 * l1;
}

function forEachPixel(p: FrameScan, region: BusyRegion, fn: (x: number, y: number, key: number) => void): void {
  const px = p.px;
  const step = region.tiles.length * TILE * TILE > 65536 ? 2 : 1;
  for (const t of region.tiles) {
    const tx = t % p.tilesX;
    const ty = (t - tx) / p.tilesX;
    const x1 = Math.min(p.width, tx * TILE + TILE);
    const y1 = Math.min(p.height, ty * TILE + TILE);
    for (let y = ty * TILE; y < y1; y += step) {
      for (let x = tx * TILE; x < x1; x += step) fn(x, y, px[y * p.width + x]! & 0xffffff);
    }
  }
}

