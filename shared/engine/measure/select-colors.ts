import type { ColorUsage } from "../../contract/tokens.js";
import { isBlendOf } from "./blend.js";
import type { MeasuredGradient } from "../types.js";
import { chainGradients } from "./chain-gradients.js";
import { distanceToStops } from "./gradient-geometry.js";
import { candidateAdjacency, type CandidateAdjacency } from "./candidate-adjacency.js";
import { smoothRoot, type ColorEvidence } from "./color-evidence.js";
import type { FrameScan } from "./scan-frame.js";
import { isTrueDuplicateKey } from "./true-duplicate.js";

/** Most candidates examined per frame (by evidence). */
const MAX_CANDIDATES = 768;

/** A color kept on one frame, before formatting. */
export interface SelectedColor {
  key: number;
  pixels: number;
  usage: ColorUsage[];
  /** Candidate rank (for adjacency look-ups). */
  rank: number;
}

export interface Selection {
  colors: SelectedColor[];
  adjacency: CandidateAdjacency;
  /** Candidate rank → color index. */
  byRank: number[];
  /** Banded gradients found among the flat colors. */
  gradients: MeasuredGradient[];
}


/**
 * Keeps the colors with flat evidence: 2-D blocks, or straight runs (glyph stems, 1-px lines)
 * that are not blends of two adjacent kept colors. Blends are rejected only where they touch
 * both parents (on an edge), so a real gray between black and white regions is kept.
 */
export function selectColors(
  p: FrameScan,
  tileMask: Uint8Array,
  scale: number,
  busyBoxes: readonly (readonly [number, number, number, number])[] = [],
  gradientAreas: readonly GradientArea[] = [],
): Selection {
  const ev = p.ev;
  const minBlock = Math.max(4, Math.round(6 * scale * scale));
  const minLine = Math.max(6, Math.round(8 * scale));
  const keys = p.table.keys;
  const chains = chainGradients({ keys, ev, framePixels: p.width * p.height, scale });
  const cands: number[] = [];
  for (let c = 0; c < p.table.size; c++) {
    if (chains.bands.has(c)) continue;
    const solidLine = ev.line[c]! - ev.blendLine[c]!;
    if (ev.block[c]! >= minBlock || solidLine >= minLine) cands.push(c);
  }
  const score = (c: number): number => ev.block[c]! * 2 + ev.line[c]! - ev.blendLine[c]! + ev.interior[c]!;
  cands.sort((a, b) => score(b) - score(a) || a - b);
  if (cands.length > MAX_CANDIDATES) cands.length = MAX_CANDIDATES;
  const rank = new Int32Array(p.table.size).fill(-1);
  cands.forEach((c, r) => (rank[c] = r));
  const k = cands.length;
  const edgeOnly = new Uint8Array(k);
  cands.forEach((c, r) => (edgeOnly[r] = ev.block[c]! < 4 * minBlock || ev.block[c]! < ev.line[c]! ? 1 : 0));
  const adjacency = candidateAdjacency(p, rank, k, tileMask, edgeOnly);
  const familySize = new Map<number, number>();
  for (let c = 0; c < p.table.size; c++) {
    if (ev.pixels[c]! === 0) continue;
    const root = smoothRoot(ev.smooth, c);
    familySize.set(root, (familySize.get(root) ?? 0) + 1);
  }
  // The darkest ring of a shadow is an extreme, not a blend: reject edge-only colors that live in
  // shadow tiles and belong to a long one-step ramp.
  const shadowRamp = (c: number): boolean => ev.inSmooth[c]! >= 0.5 * ev.pixels[c]! && (familySize.get(smoothRoot(ev.smooth, c)) ?? 0) >= 8;
  const kept: number[] = [];
  const keptFlag = new Uint8Array(k);
  for (let r = 0; r < k; r++) {
    if (edgeOnly[r] && (isEdgeBlend(r, cands, keptFlag, adjacency, keys) || insideBusy(ev, cands[r]!, busyBoxes) || shadowRamp(cands[r]!))) continue;
    if (gradientLeftover(ev, cands[r]!, keys[cands[r]!]!, gradientAreas)) continue;
    keptFlag[r] = 1;
    kept.push(r);
  }
  // Merge true duplicates (rounding noise, see true-duplicate.ts) into the better-supported color.
  const colors: SelectedColor[] = [];
  for (const r of kept) {
    const c = cands[r]!;
    const dup = colors.find((s) => isTrueDuplicateKey(s.key, keys[c]!));
    if (dup) {
      dup.pixels += ev.total[c]!;
      continue;
    }
    colors.push({ key: keys[c]!, pixels: ev.total[c]!, usage: usageOf(ev, c, scale), rank: r });
  }
  return { colors, adjacency, byRank: cands, gradients: chains.gradients };
}

/**
 * An edge-only color is antialiasing when it lies between a kept color it touches and a color
 * on its other side (a blend of two neighbours, or a partial-coverage stem next to a fuller one),
 * or within the last 15 % of the way between two kept colors it touches (near-full coverage). A real
 * gray text has only lighter blends around it, so it is never between its neighbours.
 */
function isEdgeBlend(r: number, cands: number[], keptFlag: Uint8Array, adj: CandidateAdjacency, keys: Int32Array): boolean {
  const k = adj.k;
  const c = keys[cands[r]!]!;
  const around = [...(adj.neighbourKeys.get(r) ?? [])];
  for (let a = 0; a < k; a++) {
    if (a === r || !keptFlag[a] || adj.counts[r * k + a]! === 0) continue;
    const ka = keys[cands[a]!]!;
    for (const kd of around) if (kd !== ka && isBlendOf(c, ka, kd)) return true;
    for (let b = 0; b < k; b++) {
      if (b !== a && keptFlag[b] && adj.counts[r * k + b]! > 0 && isBlendOf(c, ka, keys[cands[b]!]!, 0.85, 0.999)) return true;
    }
  }
  return false;
}

/** A gradient found on a busy region, with the region's pixel bounds. */
export interface GradientArea {
  box: readonly [number, number, number, number];
  gradient: MeasuredGradient;
}

/** A band of a gradient inside its busy region's bounds (in tiles that were not busy): on the gradient's color line. */
function gradientLeftover(ev: ColorEvidence, c: number, key: number, areas: readonly GradientArea[]): boolean {
  const n = Math.max(1, ev.pixels[c]!);
  const x = ev.sumX[c]! / n;
  const y = ev.sumY[c]! / n;
  const rgb = [key & 255, (key >>> 8) & 255, (key >>> 16) & 255] as const;
  return areas.some(({ box: [x0, y0, x1, y1], gradient }) => x >= x0 && x < x1 && y >= y0 && y < y1 && distanceToStops(rgb, gradient) <= 4);
}

/** Centre of an edge-only color inside a photo/gradient/shadow area: leftovers of that area. */
function insideBusy(ev: ColorEvidence, c: number, boxes: readonly (readonly [number, number, number, number])[]): boolean {
  const n = Math.max(1, ev.pixels[c]!);
  const x = ev.sumX[c]! / n;
  const y = ev.sumY[c]! / n;
  return boxes.some(([x0, y0, x1, y1]) => x >= x0 && y >= y0 && x < x1 && y < y1);
}

function usageOf(ev: ColorEvidence, c: number, scale: number): ColorUsage[] {
  const pixels = Math.max(1, ev.pixels[c]!);
  const interior = ev.interior[c]!;
  const usage: ColorUsage[] = [];
  const isFill = interior >= 9 * scale * scale && interior >= 0.2 * pixels;
  if (isFill) usage.push("fill");
  if (!isFill || interior < 0.7 * pixels) {
    // Thin and long → border; otherwise mostly edges (glyphs, even bold headings) → text.
    if (ev.maxRun[c]! >= 24 * scale && interior < 0.2 * pixels && ev.line[c]! >= 0.5 * (pixels - interior)) usage.push("border");
    else usage.push("text");
  }
  return usage;
}
