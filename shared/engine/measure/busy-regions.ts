import type { IndexedPixels } from "./index-pixels.js";
import { TILE } from "./index-pixels.js";

/** A connected group of busy tiles (many colors, no dominant one): a photo or a gradient. */
export interface BusyRegion {
  /** Tile indices of the region. */
  tiles: number[];
}

/** Share of a tile's pixels that must differ from a neighbour for the tile to be busy. */
const BUSY_CHANGES = 0.45;
/** A busy tile's most common color covers less than this share (text tiles keep their background). */
const MAX_MODE_SHARE = 0.25;

/**
 * Finds busy tiles (most pixels differ from their neighbours and no color dominates) and groups
 * them into 8-connected regions. Returns the regions and a tile mask (1 = busy).
 */
export function findBusyRegions(p: IndexedPixels): { regions: BusyRegion[]; mask: Uint8Array } {
  const { tilesX, tilesY, tileChanges, tileArea } = p;
  const mask = new Uint8Array(tilesX * tilesY);
  const scratch = new Uint32Array(TILE * TILE);
  for (let t = 0; t < mask.length; t++) {
    if (tileArea[t]! < 64 || tileChanges[t]! < tileArea[t]! * BUSY_CHANGES) continue;
    if (modeShare(p, t, scratch) < MAX_MODE_SHARE) mask[t] = 1;
  }
  const regions: BusyRegion[] = [];
  const seen = new Uint8Array(mask.length);
  for (let t = 0; t < mask.length; t++) {
    if (!mask[t] || seen[t]) continue;
    const tiles: number[] = [];
    const stack = [t];
    seen[t] = 1;
    while (stack.length) {
      const cur = stack.pop()!;
      tiles.push(cur);
      const cx = cur % tilesX;
      const cy = (cur - cx) / tilesX;
      for (let dy = -1; dy <= 1; dy++) {
        for (let dx = -1; dx <= 1; dx++) {
          const nx = cx + dx;
          const ny = cy + dy;
          if (nx < 0 || ny < 0 || nx >= tilesX || ny >= tilesY) continue;
          const nt = ny * tilesX + nx;
          if (mask[nt] && !seen[nt]) {
            seen[nt] = 1;
            stack.push(nt);
          }
        }
      }
    }
    tiles.sort((a, b) => a - b);
    regions.push({ tiles });
  }
  return { regions, mask };
}

function modeShare(p: IndexedPixels, t: number, scratch: Uint32Array): number {
  const tx = t % p.tilesX;
  const ty = (t - tx) / p.tilesX;
  const x0 = tx * TILE;
  const y0 = ty * TILE;
  const x1 = Math.min(p.width, x0 + TILE);
  const y1 = Math.min(p.height, y0 + TILE);
  let n = 0;
  for (let y = y0; y < y1; y++) for (let x = x0; x < x1; x++) scratch[n++] = p.idx[y * p.width + x]!;
  const vals = scratch.subarray(0, n).sort();
  let best = 1;
  let run = 1;
  for (let i = 1; i < n; i++) {
    run = vals[i] === vals[i - 1] ? run + 1 : 1;
    if (run > best) best = run;
  }
  return best / n;
}
