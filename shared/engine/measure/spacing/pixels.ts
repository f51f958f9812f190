import type { Hex } from "../../../contract/tokens.js";

/** A Uint32 view of RGBA bytes (copies only when the bytes are not 4-byte aligned). */
export function packedPixels(data: Uint8Array): Uint32Array {
  if (data.byteOffset % 4 === 0) return new Uint32Array(data.buffer, data.byteOffset, data.length >> 2);
  return new Uint32Array(data.slice().buffer);
}

const LITTLE_ENDIAN = new Uint8Array(new Uint32Array([1]).buffer)[0] === 1;

/** `#rrggbb` as the packed value of an opaque pixel in platform byte order. */
export function packHex(hex: Hex): number {
  const v = parseInt(hex.slice(1), 16);
  const r = (v >> 16) & 255;
  const g = (v >> 8) & 255;
  const b = v & 255;
  return LITTLE_ENDIAN ? ((255 << 24) | (b << 16) | (g << 8) | r) >>> 0 : ((r << 24) | (g << 16) | (b << 8) | 255) >>> 0;
}

/** Most common packed color on the image's outer border (the frame background). */
export function frameBackground(px: Uint32Array, width: number, height: number): number {
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
  for (const [c, n] of counts) if (n > bestN || (n === bestN && c < best)) [best, bestN] = [c, n];
  return best;
}
