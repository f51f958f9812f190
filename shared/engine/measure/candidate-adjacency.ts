import type { IndexedPixels } from "./index-pixels.js";

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
 * Pass 3: for candidate pixels on an edge, looks 1 and 2 px right and down for a different
 * candidate color and counts the pair. `rank` maps color index → candidate rank or -1.
 * For candidates flagged in `edgeOnly`, also remembers which colors touch them.
 */
export function candidateAdjacency(p: IndexedPixels, rank: Int32Array, k: number, tileMask: Uint8Array, edgeOnly: Uint8Array): CandidateAdjacency {
  const { width: w, height: h, idx, tilesX } = p;
  const keys = p.table.keys;
  const counts = new Int32Array(k * k);
  const neighbourKeys = new Map<number, Set<number>>();
  const remember = (rc: number, c: number, j: number): void => {
    const n = idx[j]!;
    if (n === c) return;
    let set = neighbourKeys.get(rc);
    if (!set) neighbourKeys.set(rc, (set = new Set()));
    if (set.size < MAX_NEIGHBOUR_KEYS) set.add(keys[n]!);
  };
  const add = (a: number, b: number): void => {
    counts[a * k + b]!++;
    counts[b * k + a]!++;
  };
  for (let y = 0; y < h; y++) {
    const row = y * w;
    const tileRow = (y >> 4) * tilesX;
    for (let x = 0; x < w; x++) {
      const i = row + x;
      const c = idx[i]!;
      const rc = rank[c]!;
      if (rc < 0) continue;
      if (edgeOnly[rc]) {
        if (x > 0) remember(rc, c, i - 1);
        if (x + 1 < w) remember(rc, c, i + 1);
        if (y > 0) remember(rc, c, i - w);
        if (y + 1 < h) remember(rc, c, i + w);
      }
      if (x + 1 < w && idx[i + 1] !== c) {
        if (tileMask[tileRow + (x >> 4)]) continue;
        const r1 = rank[idx[i + 1]!]!;
        if (r1 >= 0) add(rc, r1);
        else if (x + 2 < w) {
          const r2 = rank[idx[i + 2]!]!;
          if (r2 >= 0 && r2 !== rc) add(rc, r2);
        }
      }
      if (y + 1 < h && idx[i + w] !== c) {
        if (tileMask[tileRow + (x >> 4)]) continue;
        const d1 = rank[idx[i + w]!]!;
        if (d1 >= 0) add(rc, d1);
        else if (y + 2 < h) {
          const d2 = rank[idx[i + 2 * w]!]!;
          if (d2 >= 0 && d2 !== rc) add(rc, d2);
        }
      }
    }
  }
  return { counts, k, neighbourKeys };
}
