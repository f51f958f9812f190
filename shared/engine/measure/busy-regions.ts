import type { OpaquePixels } from "./prepare-pixels.js";
import { TILE, type TileChanges } from "./scan-frame.js";

type Tiled = OpaquePixels & TileChanges;

/**
 * A connected group of busy tiles: `photo` when some tile has real steps between many colors with
 * no dominant one, `smooth` when every change is a one-level step (gradients, shadows, blur).
 */
export interface BusyRegion {
  kind: "photo" | "smooth";
  /** Tile indices of the region, ascending. */
  tiles: number[];
  /** The region's tiles that look like a photo (real steps between many colors). */
  photoTiles: number[];
  /** Pixel bounds [x0, y0, x1, y1) of the region's tiles. */
  box: [number, number, number, number];
}

/** Share of a tile's pixels that must differ from a neighbour for the tile to be a photo tile. */
const BUSY_CHANGES = 0.45;
/** A photo tile's most common color covers less than this share (text tiles keep their background). */
const MAX_MODE_SHARE = 0.25;
/** A smooth tile: this share of pixels change, nearly all by small steps (gradients, shadows, blur). */
const SMOOTH_CHANGES = 0.2;
const SMOOTH_SHARE = 0.9;
const SMOOTH = 1;
const PHOTO = 2;

/**
 * Marks busy tiles (smooth or photo) and groups them into 8-connected regions (a photo's blurred
 * patches stay part of it). Returns the regions and a tile mask (non-zero = busy; excluded from
 * color evidence).
 */
export function findBusyRegions(p: Tiled): { regions: BusyRegion[]; mask: Uint8Array } {
  const { tilesX, tileChanges, tileSmall } = p;
  const mask = new Uint8Array(tilesX * p.tilesY);
  for (let t = 0; t < mask.length; t++) {
    const area = tileArea(p, t);
    const changes = tileChanges[t]!;
    if (area < 64) continue;
    if (changes >= area * SMOOTH_CHANGES && tileSmall[t]! >= changes * SMOOTH_SHARE) mask[t] = SMOOTH;
    else if (changes >= area * BUSY_CHANGES && !hasDominantColor(p, t)) mask[t] = PHOTO;
  }
  const regions: BusyRegion[] = components(p, mask).map((tiles) => {
    const photoTiles = tiles.filter((t) => mask[t] === PHOTO).sort((a, b) => a - b);
    return { kind: photoTiles.length > 0 ? "photo" : "smooth", tiles: tiles.sort((a, b) => a - b), photoTiles, box: pixelBounds(p, tiles) };
  });
  return { regions, mask };
}

/** 8-connected components of the busy tiles (any non-zero mask value). */
function components(p: Tiled, mask: Uint8Array): number[][] {
  const { tilesX, tilesY } = p;
  const out: number[][] = [];
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
    out.push(tiles);
  }
  return out;
}

function pixelBounds(p: Tiled, tiles: number[]): [number, number, number, number] {
  let x0 = Infinity;
  let y0 = Infinity;
  let x1 = 0;
  let y1 = 0;
  for (const t of tiles) {
    const tx = t % p.tilesX;
    const ty = (t - tx) / p.tilesX;
    x0 = Math.min(x0, tx * TILE);
    y0 = Math.min(y0, ty * TILE);
    x1 = Math.max(x1, Math.min(p.width, tx * TILE + TILE));
    y1 = Math.max(y1, Math.min(p.height, ty * TILE + TILE));
  }
  return [x0, y0, x1, y1];
}

function tileArea(p: Tiled, t: number): number {
  const tx = t % p.tilesX;
  const ty = (t - tx) / p.tilesX;
  return (Math.min(p.width, tx * TILE + TILE) - tx * TILE) * (Math.min(p.height, ty * TILE + TILE) - ty * TILE);
}

/**
 * True when some color covers ≥ MAX_MODE_SHARE of the tile. Checks the colors at 16 grid samples
 * (a color that common is missed with probability < 1 %), with early exit.
 */
function hasDominantColor(p: Tiled, t: number): boolean {
  const tx = t % p.tilesX;
  const ty = (t - tx) / p.tilesX;
  const x0 = tx * TILE;
  const y0 = ty * TILE;
  const x1 = Math.min(p.width, x0 + TILE);
  const y1 = Math.min(p.height, y0 + TILE);
  const need = (x1 - x0) * (y1 - y0) * MAX_MODE_SHARE;
  const tried: number[] = [];
  for (let sy = y0 + 2; sy < y1; sy += 4) {
    for (let sx = x0 + 2; sx < x1; sx += 4) {
      const v = p.px[sy * p.width + sx]!;
      if (tried.includes(v)) continue;
      tried.push(v);
      let n = 0;
      for (let y = y0; y < y1; y++) {
        const row = y * p.width;
        for (let x = x0; x < x1; x++) if (p.px[row + x] === v) n++;
      }
      if (n >= need) return true;
    }
  }
  return false;
}
