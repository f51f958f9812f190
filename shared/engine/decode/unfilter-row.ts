import { EngineError } from "../errors.js";

/**
 * Reverses the PNG filter of one scanline in place.
 * `cur` and `prev` hold the filter byte at index 0 and `length` data bytes after it;
 * `prev` is all zeros for the first row of a pass. `bpp` = bytes per complete pixel (≥ 1).
 */
export function unfilterRow(cur: Uint8Array, prev: Uint8Array, length: number, bpp: number): void {
  const filter = cur[0];
  const end = length + 1;
  switch (filter) {
    case 0:
      return;
    case 1:
      for (let i = 1 + bpp; i < end; i++) cur[i] += cur[i - bpp];
      return;
    case 2:
      for (let i = 1; i < end; i++) cur[i] += prev[i];
      return;
    case 3: {
      const lead = Math.min(end, 1 + bpp);
      for (let i = 1; i < lead; i++) cur[i] += prev[i] >> 1;
      for (let i = 1 + bpp; i < end; i++) cur[i] += (cur[i - bpp] + prev[i]) >> 1;
      return;
    }
    case 4: {
      const lead = Math.min(end, 1 + bpp);
      for (let i = 1; i < lead; i++) cur[i] += prev[i];
      for (let i = 1 + bpp; i < end; i++) {
        const a = cur[i - bpp];
        const b = prev[i];
        const c = prev[i - bpp];
        const p = a + b - c;
        const pa = p > a ? p - a : a - p;
        const pb = p > b ? p - b : b - p;
        const pc = p > c ? p - c : c - p;
        cur[i] += pa <= pb && pa <= pc ? a : pb <= pc ? b : c;
      }
      return;
    }
    default:
      throw new EngineError("corrupt_data", `Invalid filter type ${filter} in image data.`);
  }
}
