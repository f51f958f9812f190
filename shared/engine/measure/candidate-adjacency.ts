import { NO_PIXEL } from "./prepare-pixels.js";
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
  const pass = new AdjacencyPass(p, rank, k, tileMask, edgeOnly);
  // A row equal to the rows above and below repeats the previous row's pairs: skip it.
  for (let y = 0; y < p.height; y++) if (!(p.rowSame[y] === 1 && y + 1 < p.height && p.rowSame[y + 1] === 1)) pass.row(y);
  return { counts: pass.counts, k, neighbourKeys: pass.neighbourKeys };
}

/** State of one adjacency pass; `row` is a method called per row, so V8 optimises it early. */
class AdjacencyPass {
  readonly counts: Int32Array;
  readonly neighbourKeys = new Map<number, Set<number>>();
  private readonly last: Int32Array;
  private readonly px: Int32Array;
  private readonly w: number;
  private readonly h: number;
  private readonly tilesX: number;
  private readonly rowSame: Uint8Array;
  private readonly table: FrameScan["table"];

  constructor(
    p: FrameScan,
    private readonly rank: Int32Array,
    private readonly k: number,
    private readonly tileMask: Uint8Array,
    private readonly edgeOnly: Uint8Array,
  ) {
    this.counts = new Int32Array(k * k);
    this.last = new Int32Array(k).fill(1);
    this.px = p.px;
    this.w = p.width;
    this.h = p.height;
    this.tilesX = p.tilesX;
    this.rowSame = p.rowSame;
    this.table = p.table;
  }

  private rankOf(v: number): number {
    const c = this.table.get(v & 0xffffff);
    return c < 0 ? -1 : this.rank[c]!;
  }

  private add(a: number, b: number): void {
    this.counts[a * this.k + b]!++;
    this.counts[b * this.k + a]!++;
  }

  private remember(rc: number, v: number): void {
    if (this.last[rc] === v) return;
    this.last[rc] = v;
    let set = this.neighbourKeys.get(rc);
    if (!set) this.neighbourKeys.set(rc, (set = new Set()));
    if (set.size < MAX_NEIGHBOUR_KEYS) set.add(v & 0xffffff);
  }

  /** Pairs of row y, run by run. */
  row(y: number): void {
    const { px, w, h, tileMask, edgeOnly } = this;
    const row = y * w;
    const tileRow = (y >> 4) * this.tilesX;
    // Rows equal to their neighbour have no vertical edges to look at.
    const downDiffers = y + 1 < h && this.rowSame[y + 1] !== 1;
    let x = 0;
    while (x < w) {
      const v = px[row + x]!;
      let e = x + 1;
      while (e < w && px[row + e] === v) e++;
      const rc = tileMask[tileRow + (x >> 4)] ? -1 : this.rankOf(v);
      if (rc < 0) {
        x = e;
        continue;
      }
      const edge = edgeOnly[rc] === 1;
      if (edge && x > 0) this.remember(rc, px[row + x - 1]!);
      if (e < w && !tileMask[tileRow + ((e - 1) >> 4)]) {
        if (edge) this.remember(rc, px[row + e]!);
        const r1 = this.rankOf(px[row + e]!);
        if (r1 >= 0) this.add(rc, r1);
        else if (e + 1 < w) {
          const r2 = this.rankOf(px[row + e + 1]!);
          if (r2 >= 0 && r2 !== rc) this.add(rc, r2);
        }
      }
      const upDiffers = edge && y > 0 && this.rowSame[y] !== 1;
      if (downDiffers || upDiffers) {
        let lastV = NO_PIXEL; // not -1: that is white (0xffffffff)
        let lastR = -1;
        for (let xi = x; xi < e; xi++) {
          if (upDiffers && px[row - w + xi] !== v) this.remember(rc, px[row - w + xi]!);
          if (!downDiffers) continue;
          const dv = px[row + w + xi]!;
          if (dv === v || tileMask[tileRow + (xi >> 4)]) continue;
          if (edge) this.remember(rc, dv);
          if (dv !== lastV) {
            lastV = dv;
            lastR = this.rankOf(dv);
          }
          if (lastR >= 0) this.add(rc, lastR);
          else if (y + 2 < h) {
            const d2 = this.rankOf(px[row + 2 * w + xi]!);
            if (d2 >= 0 && d2 !== rc) this.add(rc, d2);
          }
        }
      }
      x = e;
    }
  }
}
