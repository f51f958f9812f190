import type { Hex } from "../../../contract/tokens.js";

/**
 * An Int32 view of RGBA bytes (copies only when the bytes are not 4-byte aligned). Int32, not
 * Uint32: opaque pixel words then read as small negative integers, which V8 keeps unboxed even in
 * code it has not optimised yet (a Uint32 word ≥ 2³¹ would be a heap number on every read).
 */
export function packedPixels(data: Uint8Array): Int32Array {
  if (data.byteOffset % 4 === 0) return new Int32Array(data.buffer, data.byteOffset, data.length >> 2);
  return new Int32Array(data.slice().buffer);
}

/** "No color": never equal to a pixel word (outside the Int32 range). */
export const NO_COLOR = 2 ** 32;

const LITTLE_ENDIAN = new Uint8Array(new Uint32Array([1]).buffer)[0] === 1;

/** `#rrggbb` as the packed (Int32) value of an opaque pixel in platform byte order. */
export function packHex(hex: Hex): number {
  const v = parseInt(hex.slice(1), 16);
  const r = (v >> 16) & 255;
  const g = (v >> 8) & 255;
  const b = v & 255;
  return LITTLE_ENDIAN ? (255 << 24) | (b << 16) | (g << 8) | r : (r << 24) | (g << 16) | (b << 8) | 255;
}

/** Most common packed color on the image's outer border (the frame background); ties → lowest unsigned word. */
export function frameBackground(px: Int32Array, width: number, height: number): number {
  const counts = new Map<number, number>();
  const bump = (i: number) => counts.set(px[i]!, (counts.get(px[i]!) ?? 0) + 1);
  for (let x = 0; x < width; x++) {
    bump(x);
    bump((height - 1) * width + x);
  }
  for (let y = 1; y < height - 1; y++) {
    bump(y * width);
    bump(y * width + width - 1);
  }
  let best = px[0]!;
  let bestN = -1;
  for (const [c, n] of counts) if (n > bestN || (n === bestN && c >>> 0 < best >>> 0)) [best, bestN] = [c, n];
  return best;
}
