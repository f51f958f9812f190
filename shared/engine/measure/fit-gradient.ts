import type { Hex } from "../../contract/tokens.js";
import type { MeasuredGradient } from "../types.js";
import type { BusyRegion } from "./busy-regions.js";
import { keyToHex, rgbToKey } from "./color-table.js";
import type { OpaquePixels } from "./prepare-pixels.js";
import { TILE, type TileChanges } from "./scan-frame.js";

type Tiled = OpaquePixels & TileChanges;

const BINS = 48;
/** A pixel within this distance (8-bit euclidean) of the profile is explained by the gradient. */
const INLIER = 10;
/** A slice further than this from the line through its neighbours is an outlier (8-bit euclidean). */
const SPIKE = 12;
/** Douglas–Peucker tolerance for stops (8-bit euclidean). */
const STOP_TOLERANCE = 7;

/** A linear gradient fitted to a region, with the share of the region's pixels it explains. */
export interface GradientFit {
  gradient: MeasuredGradient;
  /** Share of the pixels outside photo areas that the gradient explains. */
  inlierShare: number;
  /** Tiles of the region inside photo areas (clusters of photo tiles). */
  photoArea: number;
  /** Length of the gradient along its axis, px. */
  length: number;
}

/**
 * Robust linear-gradient fit. Direction: the axis (searched every 6°, refined to 1°) along which
 * the colors of a sample of the region's smooth tiles vary least within thin slices — global, so
 * dithering noise and a photo inside do not tilt it.
 * Profile: per-channel median color of 48 slices along the axis. Stops: Douglas–Peucker on the
 * profile; ends extrapolated half a slice. CSS angle (0 = to top, 90 = to right).
 */
export function fitGradient(p: Tiled, region: BusyRegion): GradientFit | null {
  const boxes = photoBoxes(region.photoTiles, p.tilesX);
  const inPhoto = (t: number): boolean => {
    const tx = t % p.tilesX;
    const ty = (t - tx) / p.tilesX;
    return boxes.some(([x0, y0, x1, y1]) => tx >= x0 && tx <= x1 && ty >= y0 && ty <= y1);
  };
  let tiles = region.tiles.filter((t) => !inPhoto(t));
  if (tiles.length < 2) return null;
  const angleRad = bestAxis(p, tiles);
  if (angleRad === null) return null;
  let dx = Math.cos(angleRad);
  let dy = Math.sin(angleRad);
  let t0 = Infinity;
  let t1 = -Infinity;
  visit(p, tiles, (x, y) => {
    const t = x * dx + y * dy;
    if (t < t0) t0 = t;
    if (t > t1) t1 = t;
  });
  const length = t1 - t0;
  if (length < 2) return null;
  const bin = (x: number, y: number): number => Math.min(BINS - 1, Math.floor(((x * dx + y * dy - t0) / length) * BINS));
  // Two rounds: profile from the tiles, then again without tiles the profile does not explain
  // (a photo's blurred parts, an illustration) — those count as a photo inside the gradient.
  let means = sliceMedians(p, tiles, bin);
  let share = tileInlierShares(p, tiles, bin, means);
  // Only a region with photo tiles may carve out what the gradient does not explain.
  const foreign = region.kind === "photo" ? tiles.filter((_, i) => share[i]! < 0.5) : [];
  if (foreign.length) {
    tiles = tiles.filter((_, i) => share[i]! >= 0.5);
    if (tiles.length < 2) return null;
    means = sliceMedians(p, tiles, bin);
    share = tileInlierShares(p, tiles, bin, means);
  }
  const inlierShare = share.reduce((a, b) => a + b, 0) / Math.max(1, share.length);
  const profile: { pos: number; rgb: [number, number, number] }[] = [];
  for (let b = 0; b < BINS; b++) {
    if (!Number.isNaN(means[b * 3]!)) profile.push({ pos: (b + 0.5) / BINS, rgb: [means[b * 3]!, means[b * 3 + 1]!, means[b * 3 + 2]!] });
  }
  despike(profile);
  if (profile.length < 3) return null;
  extrapolateEnds(profile);
  // Orient so the angle is in [0, 180) with stops from the start.
  if (dx < 0 || (dx === 0 && dy > 0)) {
    dx = -dx;
    dy = -dy;
    profile.reverse();
    for (const q of profile) q.pos = 1 - q.pos;
  }
  const keep = simplify(profile.map((q) => q.rgb), profile.map((q) => q.pos), 0, profile.length - 1);
  const stops = keep.map((i) => ({ hex: toHex(profile[i]!.rgb), position: i === 0 ? 0 : i === profile.length - 1 ? 1 : Math.round(profile[i]!.pos * 100) / 100 }));
  const angle = Math.round(((Math.atan2(dx, -dy) * 180) / Math.PI + 360) % 360);
  const photoArea = region.tiles.length - tiles.length;
  return { gradient: { stops, angle, coverage: 0 }, inlierShare, length, photoArea: foreign.length >= 4 || boxes.length ? photoArea : 0 };
}

/** Per-slice, per-channel median color (NaN for slices with under 8 pixels). */
function sliceMedians(p: Tiled, tiles: readonly number[], bin: (x: number, y: number) => number): Float64Array {
  const hist = new Int32Array(BINS * 3 * 256);
  const counts = new Int32Array(BINS);
  visit(p, tiles, (x, y, v) => {
    const b = bin(x, y);
    counts[b]!++;
    hist[b * 3 * 256 + (v & 255)]!++;
    hist[(b * 3 + 1) * 256 + ((v >>> 8) & 255)]!++;
    hist[(b * 3 + 2) * 256 + ((v >>> 16) & 255)]!++;
  });
  const means = new Float64Array(BINS * 3).fill(NaN);
  for (let b = 0; b < BINS; b++) {
    if (counts[b]! < 8) continue;
    for (let c = 0; c < 3; c++) means[b * 3 + c] = median(hist, (b * 3 + c) * 256, counts[b]!);
  }
  return means;
}

/** Per tile: share of its pixels (every 2nd in each direction) within INLIER of their slice's median. */
function tileInlierShares(p: Tiled, tiles: readonly number[], bin: (x: number, y: number) => number, means: Float64Array): Float64Array {
  const share = new Float64Array(tiles.length);
  const px = p.px;
  const lim = INLIER * INLIER;
  for (let i = 0; i < tiles.length; i++) {
    const t = tiles[i]!;
    const tx = t % p.tilesX;
    const ty = (t - tx) / p.tilesX;
    const x1 = Math.min(p.width, tx * TILE + TILE);
    const y1 = Math.min(p.height, ty * TILE + TILE);
    let n = 0;
    let ok = 0;
    for (let y = ty * TILE; y < y1; y += 2) {
      for (let x = tx * TILE; x < x1; x += 2) {
        const v = px[y * p.width + x]!;
        const b = bin(x, y) * 3;
        n++;
        const m0 = means[b]!;
        if (Number.isNaN(m0)) continue;
        const e0 = (v & 255) - m0;
        const e1 = ((v >>> 8) & 255) - means[b + 1]!;
        const e2 = ((v >>> 16) & 255) - means[b + 2]!;
        if (e0 * e0 + e1 * e1 + e2 * e2 <= lim) ok++;
      }
    }
    share[i] = ok / Math.max(1, n);
  }
  return share;
}

const SAMPLES = 6000;
const SEARCH_BINS = 32;
/** Residual cap (8-bit euclidean) of the robust axis search. */
const CAP = 12;

/** Axis angle (radians, image coordinates) minimising the within-slice color variance of a sample. */
function bestAxis(p: Tiled, tiles: readonly number[]): number | null {
  const total = tiles.length * TILE * TILE;
  const every = Math.max(1, Math.floor(total / SAMPLES));
  const n = Math.ceil(total / every);
  const xs = new Float64Array(n);
  const ys = new Float64Array(n);
  const rgb = new Uint8Array(n * 3);
  let i = 0;
  let m = 0;
  for (const t of tiles) {
    const tx = t % p.tilesX;
    const ty = (t - tx) / p.tilesX;
    const x1 = Math.min(p.width, tx * TILE + TILE);
    const y1 = Math.min(p.height, ty * TILE + TILE);
    for (let y = ty * TILE; y < y1; y++) {
      // Every `every`-th pixel in visiting order: i counts the pixels visited before this row.
      const x0 = tx * TILE;
      for (let x = x0 + ((every - (i % every)) % every); x < x1; x += every) {
        const v = p.px[y * p.width + x]!;
        xs[m] = x;
        ys[m] = y;
        rgb[m * 3] = v & 255;
        rgb[m * 3 + 1] = (v >>> 8) & 255;
        rgb[m * 3 + 2] = (v >>> 16) & 255;
        m++;
      }
      i += x1 - x0;
    }
  }
  if (m < 16) return null;
  const search = new AxisSearch(xs.subarray(0, m), ys.subarray(0, m), rgb);
  let best = 0;
  let bestCost = Infinity;
  for (let deg = 0; deg < 180; deg += 6) {
    const c = search.cost(deg);
    if (c < bestCost) [best, bestCost] = [deg, c];
  }
  for (let deg = best - 3; deg <= best + 3; deg++) {
    const c = search.cost(deg);
    if (c < bestCost) [best, bestCost] = [deg, c];
  }
  return (best * Math.PI) / 180;
}

/** Cost of an axis for a pixel sample (typed arrays and scratch buffers reused across angles). */
class AxisSearch {
  private readonly bins: Int32Array;
  private readonly acc = new Float64Array(SEARCH_BINS * 4);

  constructor(
    private readonly xs: Float64Array,
    private readonly ys: Float64Array,
    private readonly rgb: Uint8Array,
  ) {
    this.bins = new Int32Array(xs.length);
  }

  /**
   * Robust cost of the axis at `deg`: squared distance of each sample to its slice's mean color,
   * capped (a photo or text inside the region costs the same at every angle instead of steering it).
   */
  cost(deg: number): number {
    const { xs, ys, rgb, bins, acc } = this;
    const a = (deg * Math.PI) / 180;
    const ca = Math.cos(a);
    const sa = Math.sin(a);
    let lo = Infinity;
    let hi = -Infinity;
    for (let k = 0; k < xs.length; k++) {
      const t = xs[k]! * ca + ys[k]! * sa;
      if (t < lo) lo = t;
      if (t > hi) hi = t;
    }
    const span = hi - lo || 1;
    acc.fill(0);
    for (let k = 0; k < xs.length; k++) {
      const b = Math.min(SEARCH_BINS - 1, Math.floor(((xs[k]! * ca + ys[k]! * sa - lo) / span) * SEARCH_BINS)) * 4;
      bins[k] = b;
      acc[b]!++;
      acc[b + 1]! += rgb[k * 3]!;
      acc[b + 2]! += rgb[k * 3 + 1]!;
      acc[b + 3]! += rgb[k * 3 + 2]!;
    }
    for (let b = 0; b < SEARCH_BINS * 4; b += 4) {
      const n = acc[b]! || 1;
      acc[b + 1]! /= n;
      acc[b + 2]! /= n;
      acc[b + 3]! /= n;
    }
    let sse = 0;
    for (let k = 0; k < xs.length; k++) {
      const b = bins[k]!;
      const e = (rgb[k * 3]! - acc[b + 1]!) ** 2 + (rgb[k * 3 + 1]! - acc[b + 2]!) ** 2 + (rgb[k * 3 + 2]! - acc[b + 3]!) ** 2;
      sse += Math.min(e, CAP * CAP);
    }
    return sse;
  }
}

/** Bounding boxes (in tiles, inclusive) of clusters of photo tiles (tiles ≤ 3 apart join). */
function photoBoxes(photoTiles: readonly number[], tilesX: number): [number, number, number, number][] {
  if (photoTiles.length === 0) return [];
  const pts = photoTiles.map((t) => [t % tilesX, Math.floor(t / tilesX)] as const);
  if (pts.length > 2000) {
    return [[Math.min(...pts.map((q) => q[0])), Math.min(...pts.map((q) => q[1])), Math.max(...pts.map((q) => q[0])), Math.max(...pts.map((q) => q[1]))]];
  }
  const label = new Int32Array(pts.length).fill(-1);
  const boxes: [number, number, number, number][] = [];
  for (let i = 0; i < pts.length; i++) {
    if (label[i] !== -1) continue;
    label[i] = boxes.length;
    const box: [number, number, number, number] = [pts[i]![0], pts[i]![1], pts[i]![0], pts[i]![1]];
    const stack = [i];
    while (stack.length) {
      const a = pts[stack.pop()!]!;
      box[0] = Math.min(box[0], a[0]);
      box[1] = Math.min(box[1], a[1]);
      box[2] = Math.max(box[2], a[0]);
      box[3] = Math.max(box[3], a[1]);
      for (let j = 0; j < pts.length; j++) {
        if (label[j] === -1 && Math.abs(pts[j]![0] - a[0]) <= 3 && Math.abs(pts[j]![1] - a[1]) <= 3) {
          label[j] = boxes.length;
          stack.push(j);
        }
      }
    }
    boxes.push(box);
  }
  return boxes.filter((b) => (b[2] - b[0] + 1) * (b[3] - b[1] + 1) >= 4);
}

function visit(p: Tiled, tiles: readonly number[], fn: (x: number, y: number, v: number) => void): void {
  const step = tiles.length * TILE * TILE > 65536 ? 2 : 1;
  for (const t of tiles) {
    const tx = t % p.tilesX;
    const ty = (t - tx) / p.tilesX;
    const x1 = Math.min(p.width, tx * TILE + TILE);
    const y1 = Math.min(p.height, ty * TILE + TILE);
    for (let y = ty * TILE; y < y1; y += step) for (let x = tx * TILE; x < x1; x += step) fn(x, y, p.px[y * p.width + x]!);
  }
}

function median(hist: Int32Array, offset: number, count: number): number {
  let acc = 0;
  for (let v = 0; v < 256; v++) {
    acc += hist[offset + v]!;
    if (acc * 2 >= count) return v;
  }
  return 255;
}

/**
 * Drops slices whose color jumps away from the line through their neighbours (> SPIKE): slices a
 * photo or text still dominates. Repeats, so a run of such slices is peeled from its ends.
 */
function despike(profile: { pos: number; rgb: [number, number, number] }[]): void {
  for (let round = 0; round < BINS; round++) {
    let worst = -1;
    let worstD = SPIKE;
    for (let i = 1; i < profile.length - 1; i++) {
      const a = profile[i - 1]!;
      const b = profile[i + 1]!;
      const t = (profile[i]!.pos - a.pos) / (b.pos - a.pos);
      const d = Math.hypot(...([0, 1, 2] as const).map((c) => profile[i]!.rgb[c] - (a.rgb[c] + (b.rgb[c] - a.rgb[c]) * t)));
      if (d > worstD) [worst, worstD] = [i, d];
    }
    if (worst < 0) return;
    profile.splice(worst, 1);
  }
}

function extrapolateEnds(profile: { pos: number; rgb: [number, number, number] }[]): void {
  const last = profile.length - 1;
  const fix = (a: number, b: number, pos: number): void => {
    const pa = profile[a]!.rgb;
    const pb = profile[b]!.rgb;
    profile[a] = { pos, rgb: [pa[0] + (pa[0] - pb[0]) / 2, pa[1] + (pa[1] - pb[1]) / 2, pa[2] + (pa[2] - pb[2]) / 2] };
  };
  fix(0, 1, 0);
  fix(last, last - 1, 1);
}

function simplify(pts: [number, number, number][], pos: number[], a: number, b: number): number[] {
  let worst = -1;
  let worstD = STOP_TOLERANCE;
  for (let i = a + 1; i < b; i++) {
    const t = (pos[i]! - pos[a]!) / (pos[b]! - pos[a]!);
    const d = Math.hypot(...([0, 1, 2] as const).map((c) => pts[i]![c] - (pts[a]![c] + (pts[b]![c] - pts[a]![c]) * t)));
    if (d > worstD) [worst, worstD] = [i, d];
  }
  if (worst < 0) return [a, b];
  return [...simplify(pts, pos, a, worst), ...simplify(pts, pos, worst, b).slice(1)];
}

function toHex(rgb: [number, number, number]): Hex {
  const c = (v: number): number => Math.max(0, Math.min(255, Math.round(v)));
  return keyToHex(rgbToKey(c(rgb[0]), c(rgb[1]), c(rgb[2]))) as Hex;
}
