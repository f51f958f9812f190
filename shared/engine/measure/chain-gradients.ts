import type { Hex } from "../../contract/tokens.js";
import type { MeasuredGradient } from "../types.js";
import type { ColorEvidence } from "./color-evidence.js";
import { smoothRoot } from "./color-evidence.js";
import { keyToHex } from "./color-table.js";

/** Fewest band colors that make a gradient (or a shadow) rather than a few neighbouring tokens. */
const MIN_BANDS = 8;
/** Fewest pixels (at 1x) of a gradient or shadow. */
const MIN_AREA = 1500;
/** Smallest color span (8-bit euclidean between the most distant members) of a gradient or shadow. */
const MIN_SPAN = 12;
/** Mean spread (std along the axis) of one band, relative to the gradient's length. */
const MAX_BAND_SPREAD = 0.2;
/** Douglas–Peucker tolerance for stops (8-bit euclidean). */
const STOP_TOLERANCE = 6;

/** Input: all colors of the frame with their evidence; `isKept` marks selected colors. */
export interface ChainInput {
  keys: Int32Array;
  ev: ColorEvidence;
  framePixels: number;
  scale: number;
}

/**
 * Slow gradients (banded or dithered) and soft shadows are families of many colors joined by
 * one-quantisation-step edges. For each such family (≥ MIN_BANDS colors), the big members are
 * peeled off as real fills (a member bigger than half of all smaller members together, or a compact
 * flat area far larger than the typical band), the rest are bands: spread along a line → a gradient
 * (stops + angle). Families under MIN_AREA px or MIN_SPAN, concentric ones and ones whose colors
 * are spread everywhere (text antialiasing) are not gradients and are left to the blend test.
 * Returns the colors (indices) that are bands and must not become tokens.
 */
export function chainGradients(input: ChainInput): { bands: Set<number>; gradients: MeasuredGradient[] } {
  const { ev, keys } = input;
  const families = new Map<number, number[]>();
  for (let c = 0; c < keys.length && c < ev.smooth.length; c++) {
    if (ev.pixels[c]! === 0) continue;
    const root = smoothRoot(ev.smooth, c);
    const fam = families.get(root);
    if (fam) fam.push(c);
    else families.set(root, [c]);
  }
  const bands = new Set<number>();
  const gradients: MeasuredGradient[] = [];
  for (const fam of families.values()) {
    if (fam.length < MIN_BANDS) continue;
    fam.sort((a, b) => ev.pixels[b]! - ev.pixels[a]! || a - b);
    let rest = fam.reduce((s, c) => s + ev.pixels[c]!, 0);
    let start = 0;
    while (start < fam.length) {
      const n = ev.pixels[fam[start]!]!;
      rest -= n;
      if (n < 0.5 * rest) {
        rest += n;
        break;
      }
      start++;
    }
    const s2 = input.scale * input.scale;
    let members = fam.slice(start);
    const area = (list: number[]): number => list.reduce((sum, c) => sum + ev.pixels[c]!, 0);
    // Small or narrow families are antialiasing around one color: left to the blend test.
    if (members.length < MIN_BANDS || area(members) < MIN_AREA * s2 || colorSpan(keys, members) < MIN_SPAN) continue;
    // Members spread far along the axis are not bands (a fill that also appears inside the gradient).
    const first = bandsAlongAxis(input, members);
    if (!first) continue;
    members = first;
    if (members.length < MIN_BANDS) continue;
    const g = asGradient(input, members, area(members));
    if (!g) continue;
    for (const c of members) bands.add(c);
    gradients.push(g);
  }
  return { bands, gradients };
}

/** Members whose spread along the family's axis is band-like (≤ max(10 % of the length, 4 × median)). */
function bandsAlongAxis(input: ChainInput, members: number[]): number[] | null {
  const { ev } = input;
  const total = members.reduce((sum, c) => sum + ev.pixels[c]!, 0);
  const axis = axisOf(input, members, total);
  if (!axis) return null;
  const std = members.map((c) => spreadAlong(ev, c, axis.dx, axis.dy));
  const sorted = [...std].sort((a, b) => a - b);
  const limit = Math.max(0.1 * axis.span, 4 * sorted[sorted.length >> 1]!);
  return members.filter((_, i) => std[i]! <= limit);
}

function axisOf(input: ChainInput, members: number[], total: number): { dx: number; dy: number; span: number } | null {
  const { ev } = input;
  let mx = 0;
  let my = 0;
  for (const c of members) {
    mx += ev.sumX[c]!;
    my += ev.sumY[c]!;
  }
  mx /= total;
  my /= total;
  let sxx = 0;
  let syy = 0;
  let sxy = 0;
  let t0 = Infinity;
  let t1 = -Infinity;
  for (const c of members) {
    const w = ev.pixels[c]!;
    const x = ev.sumX[c]! / w;
    const y = ev.sumY[c]! / w;
    sxx += w * (x - mx) ** 2;
    syy += w * (y - my) ** 2;
    sxy += w * (x - mx) * (y - my);
  }
  const theta = 0.5 * Math.atan2(2 * sxy, sxx - syy);
  const dx = Math.cos(theta);
  const dy = Math.sin(theta);
  for (const c of members) {
    const t = (ev.sumX[c]! / ev.pixels[c]!) * dx + (ev.sumY[c]! / ev.pixels[c]!) * dy;
    t0 = Math.min(t0, t);
    t1 = Math.max(t1, t);
  }
  return t1 > t0 ? { dx, dy, span: t1 - t0 } : null;
}

/** Standard deviation of color c's pixel positions along (dx, dy). */
function spreadAlong(ev: ColorEvidence, c: number, dx: number, dy: number): number {
  const n = ev.pixels[c]!;
  const ex = ev.sumX[c]! / n;
  const ey = ev.sumY[c]! / n;
  const et = ex * dx + ey * dy;
  const et2 = (dx * dx * ev.sumXX[c]! + dy * dy * ev.sumYY[c]! + 2 * dx * dy * ev.sumXY[c]!) / n;
  return Math.sqrt(Math.max(0, et2 - et * et));
}

function asGradient(input: ChainInput, members: number[], total: number): MeasuredGradient | null {
  const { ev } = input;
  const pts = members.map((c) => ({ c, x: ev.sumX[c]! / ev.pixels[c]!, y: ev.sumY[c]! / ev.pixels[c]!, w: ev.pixels[c]! }));
  const mx = pts.reduce((s, p) => s + p.x * p.w, 0) / total;
  const my = pts.reduce((s, p) => s + p.y * p.w, 0) / total;
  let sxx = 0;
  let syy = 0;
  let sxy = 0;
  for (const p of pts) {
    sxx += p.w * (p.x - mx) ** 2;
    syy += p.w * (p.y - my) ** 2;
    sxy += p.w * (p.x - mx) * (p.y - my);
  }
  const theta = 0.5 * Math.atan2(2 * sxy, sxx - syy);
  const dx = Math.cos(theta);
  const dy = Math.sin(theta);
  // Profile: pixel-weighted mean color in 24 slices along the axis.
  const proj = pts.map((p) => ({ ...p, t: p.x * dx + p.y * dy }));
  const t0 = Math.min(...proj.map((p) => p.t));
  const t1 = Math.max(...proj.map((p) => p.t));
  const span = t1 - t0;
  // Concentric bands (shadow rings) share a centre: not a gradient.
  if (span < 0.5 * Math.sqrt(total)) return null;
  // Each band of a gradient is narrow along the axis; antialiasing colors of text spread everywhere.
  let spread = 0;
  for (const p of pts) spread += spreadAlong(ev, p.c, dx, dy) * p.w;
  if (spread / total > MAX_BAND_SPREAD * span) return null;
  const SLICES = 24;
  const acc = new Float64Array(SLICES * 4);
  for (const p of proj) {
    const s = Math.min(SLICES - 1, Math.floor(((p.t - t0) / span) * SLICES)) * 4;
    const k = input.keys[p.c]!;
    acc[s]! += (k & 255) * p.w;
    acc[s + 1]! += ((k >>> 8) & 255) * p.w;
    acc[s + 2]! += ((k >>> 16) & 255) * p.w;
    acc[s + 3]! += p.w;
  }
  const profile: { pos: number; rgb: [number, number, number] }[] = [];
  for (let s = 0; s < SLICES; s++) {
    const w = acc[s * 4 + 3]!;
    if (w > 0) profile.push({ pos: (s + 0.5) / SLICES, rgb: [acc[s * 4]! / w, acc[s * 4 + 1]! / w, acc[s * 4 + 2]! / w] });
  }
  if (profile.length < 2) return null;
  // Ends: the exact extreme band colors.
  const first = proj.reduce((a, b) => (b.t < a.t ? b : a));
  const last = proj.reduce((a, b) => (b.t > a.t ? b : a));
  profile[0] = { pos: 0, rgb: unpack(input.keys[first.c]!) };
  profile[profile.length - 1] = { pos: 1, rgb: unpack(input.keys[last.c]!) };
  const keep = simplify(profile.map((p) => p.rgb), 0, profile.length - 1);
  const stops = keep.map((i) => ({
    hex: toHex(profile[i]!.rgb),
    position: Math.round(profile[i]!.pos * 100) / 100,
  }));
  const angle = Math.round(((Math.atan2(dx, -dy) * 180) / Math.PI + 360) % 360);
  return { stops, angle, coverage: total / input.framePixels };
}

function toHex(rgb: [number, number, number]): Hex {
  const c = (v: number): number => Math.max(0, Math.min(255, Math.round(v)));
  return keyToHex((c(rgb[2]) << 16) | (c(rgb[1]) << 8) | c(rgb[0])) as Hex;
}

function colorSpan(keys: Int32Array, members: number[]): number {
  let lo = [255, 255, 255];
  let hi = [0, 0, 0];
  for (const c of members) {
    const rgb = unpack(keys[c]!);
    lo = lo.map((v, i) => Math.min(v, rgb[i]!));
    hi = hi.map((v, i) => Math.max(v, rgb[i]!));
  }
  return Math.hypot(hi[0]! - lo[0]!, hi[1]! - lo[1]!, hi[2]! - lo[2]!);
}

function unpack(key: number): [number, number, number] {
  return [key & 255, (key >>> 8) & 255, (key >>> 16) & 255];
}

function simplify(pts: [number, number, number][], a: number, b: number): number[] {
  let worst = -1;
  let worstD = STOP_TOLERANCE;
  for (let i = a + 1; i < b; i++) {
    const t = (i - a) / (b - a);
    const d = Math.hypot(...([0, 1, 2] as const).map((c) => pts[i]![c] - (pts[a]![c] + (pts[b]![c] - pts[a]![c]) * t)));
    if (d > worstD) [worst, worstD] = [i, d];
  }
  if (worst < 0) return [a, b];
  return [...simplify(pts, a, worst), ...simplify(pts, worst, b).slice(1)];
}
