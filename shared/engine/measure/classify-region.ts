import type { MeasuredGradient } from "../types.js";
import { keyToHex, rgbToKey } from "./color-table.js";
import type { BusyRegion } from "./busy-regions.js";
import type { OpaquePixels } from "./prepare-pixels.js";
import { TILE, type TileChanges } from "./scan-frame.js";

type FrameScan = OpaquePixels & TileChanges;

const BINS = 48;
/** RMS distance (8-bit units) of pixels from the 1-D profile below which a region is a gradient. */
const MAX_GRADIENT_RMS = 6;
/** Minimum color span (8-bit euclidean) of a gradient profile. */
const MIN_SPAN = 10;
/** Douglas–Peucker tolerance for gradient stops (8-bit euclidean). */
const STOP_TOLERANCE = 6;

/** A gradient spans at least this many px (at 1x) along its axis; shorter smooth areas are shadows. */
const MIN_GRADIENT_LENGTH = 64;

/** Result of classifying one busy region: a photo, a gradient, or just smooth (shadow, blur): ignored. */
export type RegionKind =
  | { kind: "photo"; pixels: number }
  | { kind: "smooth"; pixels: number }
  | { kind: "gradient"; gradient: MeasuredGradient; pixels: number };

/**
 * Fits a linear-gradient model to a busy region: direction from a least-squares plane per channel,
 * then a 1-D color profile along it. Photo regions are photos. A smooth region close to its profile
 * and at least MIN_GRADIENT_LENGTH long → gradient (stops from the simplified profile, CSS angle);
 * otherwise smooth (shadow, glow, blur), which is neither a token nor a photo.
 */
export function classifyRegion(p: FrameScan, region: BusyRegion, scale = 1): RegionKind {
  // Least squares v = a + bx·(x-mx) + by·(y-my) per channel.
  let n = 0;
  let sx = 0;
  let sy = 0;
  forEachPixel(p, region, (x, y) => {
    n++;
    sx += x;
    sy += y;
  });
  let area = 0;
  for (const t of region.tiles) {
    const tx = t % p.tilesX;
    const ty = (t - tx) / p.tilesX;
    area += (Math.min(p.width, tx * TILE + TILE) - tx * TILE) * (Math.min(p.height, ty * TILE + TILE) - ty * TILE);
  }
  const notGradient: RegionKind = colorsOnALine(p, region) ? { kind: "smooth", pixels: area } : { kind: "photo", pixels: area };
  const mx = sx / n;
  const my = sy / n;
  let sxx = 0;
  let syy = 0;
  let sxy = 0;
  const sv = [0, 0, 0];
  const sxv = [0, 0, 0];
  const syv = [0, 0, 0];
  forEachPixel(p, region, (x, y, key) => {
    const dx = x - mx;
    const dy = y - my;
    sxx += dx * dx;
    syy += dy * dy;
    sxy += dx * dy;
    for (let c = 0; c < 3; c++) {
      const v = (key >>> (c * 8)) & 255;
      sv[c]! += v;
      sxv[c]! += dx * v;
      syv[c]! += dy * v;
    }
  });
  const det = sxx * syy - sxy * sxy;
  if (det <= 0) return notGradient;
  let m00 = 0;
  let m01 = 0;
  let m11 = 0;
  for (let c = 0; c < 3; c++) {
    const bx = (sxv[c]! * syy - syv[c]! * sxy) / det;
    const by = (syv[c]! * sxx - sxv[c]! * sxy) / det;
    m00 += bx * bx;
    m01 += bx * by;
    m11 += by * by;
  }
  const theta = 0.5 * Math.atan2(2 * m01, m00 - m11);
  const dirX = Math.cos(theta);
  const dirY = Math.sin(theta);
  let tMin = Infinity;
  let tMax = -Infinity;
  forEachPixel(p, region, (x, y) => {
    const t = x * dirX + y * dirY;
    if (t < tMin) tMin = t;
    if (t > tMax) tMax = t;
  });
  const span = tMax - tMin || 1;
  const bins = new Float64Array(BINS * 4);
  forEachPixel(p, region, (x, y, key) => {
    const b = Math.min(BINS - 1, Math.floor(((x * dirX + y * dirY - tMin) / span) * BINS)) * 4;
    bins[b]! += key & 255;
    bins[b + 1]! += (key >>> 8) & 255;
    bins[b + 2]! += (key >>> 16) & 255;
    bins[b + 3]!++;
  });
  for (let b = 0; b < BINS; b++) {
    const cnt = bins[b * 4 + 3]!;
    if (cnt > 0) for (let c = 0; c < 3; c++) bins[b * 4 + c]! /= cnt;
  }
  let sq = 0;
  forEachPixel(p, region, (x, y, key) => {
    const b = Math.min(BINS - 1, Math.floor(((x * dirX + y * dirY - tMin) / span) * BINS)) * 4;
    for (let c = 0; c < 3; c++) {
      const d = ((key >>> (c * 8)) & 255) - bins[b + c]!;
      sq += d * d;
    }
  });
  const rms = Math.sqrt(sq / n);
  const profile: { pos: number; rgb: [number, number, number] }[] = [];
  for (let b = 0; b < BINS; b++) {
    if (bins[b * 4 + 3]! === 0) continue;
    profile.push({ pos: (b + 0.5) / BINS, rgb: [bins[b * 4]!, bins[b * 4 + 1]!, bins[b * 4 + 2]!] });
  }
  if (profile.length < 3 || rms > MAX_GRADIENT_RMS || span < MIN_GRADIENT_LENGTH * scale) return notGradient;
  extrapolateEnds(profile);
  if (dist(profile[0]!.rgb, profile[profile.length - 1]!.rgb) < MIN_SPAN) return notGradient;
  const kept = simplify(profile, 0, profile.length - 1);
  const stops = kept.map((i) => ({
    hex: keyToHex(rgbToKey(clamp(profile[i]!.rgb[0]), clamp(profile[i]!.rgb[1]), clamp(profile[i]!.rgb[2]))),
    position: i === 0 ? 0 : i === profile.length - 1 ? 1 : Math.round(profile[i]!.pos * 100) / 100,
  }));
  // CSS angle: 0 = to top, 90 = to right; image y grows downward.
  const angle = Math.round(((Math.atan2(dirX, -dirY) * 180) / Math.PI + 360) % 360);
  return { kind: "gradient", pixels: area, gradient: { stops, angle, coverage: area / (p.width * p.height) } };
}

/** Visits the region's pixels; regions over 64k px are sampled on a 2×2 grid (statistics only). */
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

/** Bin means at the ends are averages over half a bin inwards; extrapolate them to the true ends. */
function extrapolateEnds(profile: { pos: number; rgb: [number, number, number] }[]): void {
  const fix = (a: number, b: number): void => {
    const pa = profile[a]!.rgb;
    const pb = profile[b]!.rgb;
    profile[a] = { pos: a === 0 ? 0 : 1, rgb: [pa[0] + (pa[0] - pb[0]) / 2, pa[1] + (pa[1] - pb[1]) / 2, pa[2] + (pa[2] - pb[2]) / 2] };
  };
  const last = profile.length - 1;
  fix(0, 1);
  fix(last, last - 1);
}

function simplify(profile: { rgb: [number, number, number] }[], a: number, b: number): number[] {
  let worst = -1;
  let worstD = STOP_TOLERANCE;
  const pa = profile[a]!.rgb;
  const pb = profile[b]!.rgb;
  for (let i = a + 1; i < b; i++) {
    const t = (i - a) / (b - a);
    const pi = profile[i]!.rgb;
    const d = Math.hypot(pi[0] - (pa[0] + (pb[0] - pa[0]) * t), pi[1] - (pa[1] + (pb[1] - pa[1]) * t), pi[2] - (pa[2] + (pb[2] - pa[2]) * t));
    if (d > worstD) [worst, worstD] = [i, d];
  }
  if (worst < 0) return [a, b];
  return [...simplify(profile, a, worst), ...simplify(profile, worst, b).slice(1)];
}

function dist(a: number[], b: number[]): number {
  return Math.hypot(a[0]! - b[0]!, a[1]! - b[1]!, a[2]! - b[2]!);
}

function clamp(v: number): number {
  return Math.max(0, Math.min(255, Math.round(v)));
}
