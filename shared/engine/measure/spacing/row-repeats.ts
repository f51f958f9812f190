/** log2 of the column block width of the row-repeat map. */
const REPEAT_SHIFT = 4;
/** Column block width (px) of the row-repeat map. */
export const REPEAT_BLOCK = 1 << REPEAT_SHIFT;

/**
 * Which parts of each row repeat the row above: UI frames are mostly flat, so most rows of an
 * area equal the previous one, and passes over an area can reuse the previous row's counts
 * instead of reading its pixels again. Built once per frame (one compare per pixel at most).
 */
export interface RowRepeats {
  blocksX: number;
  /** Row y × block b → 1 when pixels [16b, 16b + 16) of row y equal those of row y − 1. */
  same: Uint8Array;
}

/** The row-repeat map of packed pixels (row 0 never repeats). */
export function rowRepeats(px: Int32Array, width: number, height: number): RowRepeats {
  const blocksX = Math.ceil(width / REPEAT_BLOCK);
  const same = new Uint8Array(blocksX * height);
  for (let y = 1; y < height; y++) markRow(px, width, y, same, y * blocksX, blocksX);
  return { blocksX, same };
}

/** Marks the blocks of row y that equal row y − 1 (per row, so V8 optimises it early). */
function markRow(px: Int32Array, width: number, y: number, same: Uint8Array, base: number, blocksX: number): void {
  const row = y * width;
  const up = row - width;
  for (let b = 0; b < blocksX; b++) {
    const xe = Math.min(width, (b + 1) * REPEAT_BLOCK);
    let x = b * REPEAT_BLOCK;
    while (x < xe && px[row + x] === px[up + x]) x++;
    if (x === xe) same[base + b] = 1;
  }
}

/**
 * True when row y equals row y − 1 on columns [xa, xb) (y ≥ 1). Exact: blocks the map marks as
 * repeated are trusted, blocks it does not are compared pixel by pixel where they overlap [xa, xb).
 */
export function repeatsAbove(r: RowRepeats, px: Int32Array, width: number, y: number, xa: number, xb: number): boolean {
  if (xb <= xa) return true;
  const row = y * width;
  const up = row - width;
  const base = y * r.blocksX;
  const bEnd = (xb - 1) >> REPEAT_SHIFT;
  for (let b = xa >> REPEAT_SHIFT; b <= bEnd; b++) {
    if (r.same[base + b] === 1) continue;
    const s = b * REPEAT_BLOCK;
    const e = s + REPEAT_BLOCK;
    if (s >= xa && e <= xb) return false;
    const xe = Math.min(e, xb);
    for (let x = Math.max(s, xa); x < xe; x++) if (px[row + x] !== px[up + x]) return false;
  }
  return true;
}
