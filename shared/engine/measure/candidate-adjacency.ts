import type { FrameScan } from "./scan-frame.js";

/** Symmetric adjacency counts between candidate colors, at distance 1 or 2 (through one AA pixel). */
export interface CandidateAdjacency {
  /** K×K counts, row-major, indexed by candidate rank. */
  counts: Int32Array;
  k: number;
  /** For edge-only candidates (flagged by the caller): the distinct colors (keys) of their 4 neighbours. */
  neighbourKeys: Map<number, Set<number>>;
}

/** Cap on distinct neighbour colors remembered per candidate. */
const MAX_NEIGHBOUR_KEYS = 256;

/**
 * Pass 2: for candidate pixels on an edge, looks 1 and 2 px right and down for a different
 * candidate color and counts the pair. `rank` maps color index → candidate rank or -1.
 * For candidates flagged in `edgeOnly`, also remembers which colors touch them.
 * Runs of non-candidate colors, and rows repeating their neighbours, are skipped whole (counts
 * are therefore relative weights, not exact pixel pairs).
 */
export function candidateAdjacency(p: FrameScan, rank: Int32Array, k: number, tileMask: Uint8Array, edgeOnly: Uint8Array): CandidateAdjacency {
  const { width: w, height: h, px, tilesX, table } = p;
  const counts = new Int32Array(k * k);
  const neighbourKeys = new Map<number, Set<number>>();
  const rankOf = (v: number): number => {
    const c = table.get(v & 0xffffff);
    return c < 0 ? -1 : rank[c]!;
  };
  const add = (a: number, b: number): void => {
    counts[a * k + b]!++;
    counts[b * k + a]!++;
  };
  const last = new Int32Array(k).fill(1);
  const remember = (rc: number, v: number): void => {
    if (last[rc] === v) return;
    last[rc] = v;
    let set = neighbourKeys.get(rc);
    if (!set) neighbourKeys.set(rc, (set = new Set()));
    if (set.size < MAX_NEIGHBOUR_KEYS) set.add(v & 0xffffff);
  };
  for (let y = 0; y < h; y++) {
    // A row equal to the rows above and below repeats the previous row's pairs: skip it.
    if (p.rowSame[y] === 1 && y + 1 < h && p.rowSame[y + 1] === 1) continue;
    const row = y * w;
    const tileRow = (y >> 4) * tilesX;
    let x = 0;
    while (x < w) {
      const v = px[row + x]!;
      let e = x + 1;
      while (e < w && px[row + e] === v) e++;
      const rc = tileMask[tileRow + (x >> 4)] ? -1 : rankOf(v);
      if (rc < 0) {
        x = e;
        continue;
      }
      const edge = edgeOnly[rc] === 1;
      if (edge && x > 0) remember(rc, px[row + x - 1]!);
      if (e < w && !tileMask[tileRow + ((e - 1) >> 4)]) {
        if (edge) remember(rc, px[row + e]!);
        const r1 = rankOf(px[row + e]!);
        if (r1 >= 0) add(rc, r1);
        else if (e + 1 < w) {
          const r2 = rankOf(px[row + e + 1]!);
          if (r2 >= 0 && r2 !== rc) add(rc, r2);
        }
      }
      // Rows equal to their neighbour have no vertical edges to look at.
      const downDiffers = y + 1 < h && p.rowSame[y + 1] !== 1;
      const upDiffers = edge && y > 0 && p.rowSame[y] !== 1;
      if (downDiffers || upDiffers) {
        let lastV = -1;
        let lastR = -1;
        for (let xi = x; xi < e; xi++) {
          if (upDiffers && px[row - w + xi] !== v) remember(rc, px[row - w + xi]!);
          if (!downDiffers) continue;
          const dv = px[row + w + xi]!;
          if (dv === v || tileMask[tileRow + (xi >> 4)]) continue;
          if (edge) remember(rc, dv);
          if (dv !== lastV) [lastV, lastR] = [dv, rankOf(dv)];
          if (lastR >= 0) add(rc, lastR);
          else if (y + 2 < h) {
            const d2 = rankOf(px[row + 2 * w + xi]!);
            if (d2 >= 0 && d2 !== rc) add(rc, d2);
          }
        }
      }
      x = e;
    }
  }
  return { counts, k, neighbourKeys };
}
