import { ColorTable } from "./color-table.js";
import { addRunPosition, createEvidence, growEvidence, isBetween, smallStep, smoothUnion, type ColorEvidence } from "./color-evidence.js";
import { NO_PIXEL, type OpaquePixels } from "./prepare-pixels.js";

/** Tile edge in px used for the busy-region (photo / gradient) map. */
export const TILE = 16;

/** Everything the single full pass over the pixels produces. */
export interface FrameScan extends OpaquePixels {
  /** Row y × tile column b → 1 when row y equals row y − 1 on the tile's columns (see TileChanges). */
  blockSame: Uint8Array;
  table: ColorTable;
  ev: ColorEvidence;
  /** Row y → 1 when equal to row y − 1. */
  rowSame: Uint8Array;
  /** Tiles of smooth regions (counted into `ev.inSmooth`), or null. */
  smoothTiles: Uint8Array | null;
  tilesX: number;
  tilesY: number;
  /** Tile → pixels that differ from their left or upper neighbour. */
  tileChanges: Int32Array;
}

/** Tile grid of a frame with, per tile, the pixels that differ from their left or upper neighbour. */
export interface TileChanges {
  tilesX: number;
  tilesY: number;
  tileChanges: Int32Array;
  /** Tile → changes that are small steps (≤ SMOOTH_STEP per channel): gradients, shadows, blur. */
  tileSmall: Int32Array;
  /** Row y → 1 when it equals row y − 1. */
  rowSame: Uint8Array;
  /** Row y × tile column b → 1 when row y equals row y − 1 on the tile's columns (y ≥ 1). */
  blockSame: Uint8Array;
  /** Some pixel is not opaque: composite (compositePixels) and count again. */
  sawAlpha: boolean;
}

/**
 * Cheap pre-pass (two compares per pixel): change counts per tile for the busy-region map, which
 * rows repeat the previous one, and whether any pixel is not opaque.
 */
export function countTileChanges(p: OpaquePixels): TileChanges {
  const { px, width: w, height: h } = p;
  const tilesX = Math.ceil(w / TILE);
  const tilesY = Math.ceil(h / TILE);
  const tileChanges = new Int32Array(tilesX * tilesY);
  const tileSmall = new Int32Array(tilesX * tilesY);
  const rowSame = new Uint8Array(h);
  const blockSame = new Uint8Array(h * tilesX);
  let alpha = 0;
  for (let y = 0; y < h; y++) {
    const seen = countRowChanges(px, w, y, (y >> 4) * tilesX, tileChanges, tileSmall, blockSame, y * tilesX, tilesX);
    if ((seen & ROW_DIFFERS) === 0) rowSame[y] = 1;
    alpha |= seen & ROW_ALPHA;
  }
  return { tilesX, tilesY, tileChanges, tileSmall, rowSame, blockSame, sawAlpha: alpha !== 0 };
}

/** countRowChanges flags: the row differs from the one above (or is the first); some pixel is not opaque. */
const ROW_DIFFERS = 1;
const ROW_ALPHA = 2;

/**
 * One row of countTileChanges (a function per row, so V8 optimises it whole and early, rather
 * than on-stack-replacing a loop that runs once per frame). Returns ROW_DIFFERS | ROW_ALPHA flags.
 */
function countRowChanges(px: Int32Array, w: number, y: number, tileRow: number, tileChanges: Int32Array, tileSmall: Int32Array, blockSame: Uint8Array, blockRow: number, tilesX: number): number {
  const row = y * w;
  let alpha = 0;
  let upDiff = y === 0;
  if (y > 0) blockSame.fill(1, blockRow, blockRow + tilesX);
  for (let x = 0; x < w; x++) {
    const v = px[row + x]!;
    alpha |= ~v >>> 24;
    const l = x > 0 ? px[row + x - 1]! : v;
    const u = y > 0 ? px[row - w + x]! : v;
    if (l === v && u === v) continue;
    if (u !== v) {
      upDiff = true;
      blockSame[blockRow + (x >> 4)] = 0;
    }
    const t = tileRow + (x >> 4);
    tileChanges[t]!++;
    if ((l === v || smallStep(l, v)) && (u === v || smallStep(u, v))) tileSmall[t]!++;
  }
  return (upDiff ? ROW_DIFFERS : 0) | (alpha !== 0 ? ROW_ALPHA : 0);
}

/**
 * The full pass: walks each row run by run (a hash look-up per run, not per pixel), skipping
 * busy tiles (mask 1), and gathers per-color evidence, the longest runs and the smooth-step families.
 */
export function scanFrame(p: OpaquePixels, tiles: TileChanges, busy: Uint8Array, smoothTiles?: Uint8Array): FrameScan {
  const same = tiles.rowSame;
  // One object literal, no spreads: V8 gives spread copies a fresh shape per call, which throws
  // away the optimised scan code on every frame ("wrong map" deopts).
  const scan: FrameScan & TileChanges = {
    width: p.width,
    height: p.height,
    px: p.px,
    backgroundKey: p.backgroundKey,
    hadAlpha: p.hadAlpha,
    tilesX: tiles.tilesX,
    tilesY: tiles.tilesY,
    tileChanges: tiles.tileChanges,
    tileSmall: tiles.tileSmall,
    rowSame: same,
    blockSame: tiles.blockSame,
    sawAlpha: tiles.sawAlpha,
    table: new ColorTable(),
    ev: createEvidence(1 << 12),
    smoothTiles: smoothTiles ?? null,
  };
  const colColor = new Int32Array(p.width).fill(-1);
  const colStart = new Int32Array(p.width);
  for (let y = 0; y < p.height; y++) {
    const tileRow = (y >> 4) * tiles.tilesX;
    // Rows y-1, y, y+1 identical (and y-1 in the same tile row): evidence per run, O(1) each.
    const steady = (y & 15) !== 0 && same[y] === 1 && y + 1 < p.height && same[y + 1] === 1;
    let tx = 0;
    while (tx < tiles.tilesX) {
      if (busy[tileRow + tx]) {
        tx++;
        continue;
      }
      let end = tx + 1;
      while (end < tiles.tilesX && !busy[tileRow + end]) end++;
      if (steady) scanSteadySegment(scan, y, tx * TILE, Math.min(p.width, end * TILE));
      else scanSegment(scan, y, tx * TILE, Math.min(p.width, end * TILE), colColor, colStart);
      tx = end;
    }
  }
  for (let x = 0; x < p.width; x++) if (colColor[x]! >= 0) closeRun(scan.ev.maxRun, colColor[x]!, p.height - colStart[x]!);
  return scan;
}

/** True when rows y and y + 1 repeat the row above on tile columns [b0, b1] (clamped to the grid). */
function blocksSteady(blockSame: Uint8Array, tilesX: number, y: number, b0: number, b1: number): boolean {
  const lo = Math.max(0, b0);
  const hi = Math.min(tilesX - 1, b1);
  const r0 = y * tilesX;
  const r1 = r0 + tilesX;
  for (let b = lo; b <= hi; b++) if (blockSame[r0 + b] !== 1 || blockSame[r1 + b] !== 1) return false;
  return true;
}

/**
 * Evidence of a segment whose rows above and below are identical to it: every pixel has equal
 * up/down neighbours, so each run's block/interior/line counts follow from its length and ends.
 * Same results as scanSegment; column runs simply continue; smooth steps were seen on row y − 1.
 */
function scanSteadySegment(scan: FrameScan, y: number, x0: number, x1: number): void {
  const { px, width: w } = scan;
  const row = y * w;
  let x = x0;
  while (x < x1) {
    const v = px[row + x]!;
    let e = x + 1;
    while (e < x1 && px[row + e] === v) e++;
    steadyRun(scan, lookup(scan, v), v, x, e, y);
    x = e;
  }
}

/** Evidence of one run [x, e) of color c (pixel word v) on row y, whose rows above and below are identical to it. */
function steadyRun(scan: FrameScan, c: number, v: number, x: number, e: number, y: number): void {
  const { px, width: w } = scan;
  const row = y * w;
  const ev = scan.ev;
  const len = e - x;
  addRunPosition(ev, c, x, e, y);
  if (scan.smoothTiles && scan.smoothTiles[(y >> 4) * scan.tilesX + (x >> 4)]) ev.inSmooth[c]! += len;
  closeRun(ev.maxRun, c, len);
  const leftSame = x > 0 && px[row + x - 1] === v;
  const rightSame = e < w && px[row + e] === v;
  ev.block[c]! += len - 1 + (rightSame ? 1 : 0);
  const interior = Math.max(0, len - 2 + (leftSame ? 1 : 0) + (rightSame ? 1 : 0));
  ev.interior[c]! += interior;
  ev.line[c]! += len - interior;
  if (len === 1 && !leftSame && !rightSame && x > 0 && e < w) {
    const a = px[row + x - 1]!;
    const b = px[row + e]!;
    if (a !== b && isBetween(v, a, b)) ev.blendLine[c]!++;
  }
}

function lookup(scan: FrameScan, v: number): number {
  const c = scan.table.indexOf(v & 0xffffff);
  if (c >= scan.ev.total.length) scan.ev = growEvidence(scan.ev, scan.ev.total.length * 2);
  return c;
}

function closeRun(maxRun: Int32Array, c: number, len: number): void {
  if (len > maxRun[c]!) maxRun[c] = len;
}

/** Evidence of pixels [x0, x1) of row y (neighbours are read across the segment's ends). */
function scanSegment(scan: FrameScan, y: number, x0: number, x1: number, colColor: Int32Array, colStart: Int32Array): void {
  const { px, width: w, height: h } = scan;
  const row = y * w;
  const up = y > 0 ? row - w : -1;
  const dn = y + 1 < h ? row + w : -1;
  // Runs whose rows above and below repeat them (and their neighbours on either side), with the
  // row above in the same tile row (same segments): the steady-run shortcut gives the same counts.
  const mayBeSteady = (y & 15) !== 0 && y + 1 < h;
  let x = x0;
  while (x < x1) {
    const v = px[row + x]!;
    let e = x + 1;
    while (e < x1 && px[row + e] === v) e++;
    const c = lookup(scan, v);
    if (mayBeSteady && blocksSteady(scan.blockSame, scan.tilesX, y, (x - 1) >> 4, e >> 4)) {
      steadyRun(scan, c, v, x, e, y);
      x = e;
      continue;
    }
    let ev = scan.ev;
    const len = e - x;
    addRunPosition(ev, c, x, e, y);
    if (scan.smoothTiles && scan.smoothTiles[(y >> 4) * scan.tilesX + (x >> 4)]) ev.inSmooth[c]! += len;
    if (x > 0 && px[row + x - 1] !== v && smallStep(px[row + x - 1]!, v)) {
      const o = lookup(scan, px[row + x - 1]!);
      ev = scan.ev;
      smoothUnion(ev.smooth, c, o);
    }
    closeRun(ev.maxRun, c, len);
    const leftSame = x > 0 && px[row + x - 1] === v;
    const rightSame = e < w && px[row + e] === v;
    let block = 0;
    let interior = 0;
    let line = 0;
    let blend = 0;
    let lastUv = NO_PIXEL;
    for (let xi = x; xi < e; xi++) {
      const hl = xi > x || leftSame;
      const hr = xi < e - 1 || rightSame;
      const uv = up >= 0 ? px[up + xi]! : NO_PIXEL;
      const dv = dn >= 0 ? px[dn + xi]! : NO_PIXEL;
      const us = uv === v;
      const ds = dv === v;
      if (!us) {
        if (uv !== NO_PIXEL && uv !== lastUv && smallStep(uv, v)) {
          lastUv = uv;
          const o = lookup(scan, uv);
          smoothUnion(scan.ev.smooth, c, o);
        }
        if (colColor[xi] !== c) {
          if (colColor[xi]! >= 0) closeRun(scan.ev.maxRun, colColor[xi]!, y - colStart[xi]!);
          colColor[xi] = c;
          colStart[xi] = y;
        }
      }
      if (hr && ds && px[dn + xi + 1] === v) block++;
      const hm = hl && hr;
      if (hm && us && ds) {
        interior++;
        continue;
      }
      const vm = us && ds;
      if (!hm && !vm) continue;
      line++;
      const a = hm ? uv : xi > 0 ? px[row + xi - 1]! : NO_PIXEL;
      const b = hm ? dv : xi + 1 < w ? px[row + xi + 1]! : NO_PIXEL;
      if (a !== NO_PIXEL && b !== NO_PIXEL && a !== b && a !== v && b !== v && isBetween(v, a, b)) blend++;
    }
    ev = scan.ev;
    ev.block[c]! += block;
    ev.interior[c]! += interior;
    ev.line[c]! += line;
    ev.blendLine[c]! += blend;
    x = e;
  }
}
