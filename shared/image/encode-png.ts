import { zlibSync } from "fflate";
import { concatBytes, ihdrData, pngChunk } from "../engine/png/encode-png.js";
import { PNG_SIGNATURE } from "../engine/png/inspect-png.js";
import type { RgbaImage } from "../engine/types.js";

function paeth(a: number, b: number, c: number): number {
  const p = a + b - c;
  const pa = Math.abs(p - a);
  const pb = Math.abs(p - b);
  const pc = Math.abs(p - c);
  return pa <= pb && pa <= pc ? a : pb <= pc ? b : c;
}

/** Sum of bytes read as signed values: the usual "minimum sum of absolute differences" score. */
function score(buf: Uint8Array, limit: number): number {
  let sum = 0;
  for (let i = 0; i < buf.length && sum < limit; i++) {
    const v = buf[i];
    sum += v < 128 ? v : 256 - v;
  }
  return sum;
}

/** Filters each scanline with the type (None/Sub/Up/Paeth) of least absolute signed sum. */
function filterRows(pixels: Uint8Array, width: number, height: number, bpp: number): Uint8Array {
  const stride = width * bpp;
  const out = new Uint8Array(height * (stride + 1));
  const sub = new Uint8Array(stride);
  const up = new Uint8Array(stride);
  const pae = new Uint8Array(stride);
  for (let y = 0; y < height; y++) {
    const row = y * stride;
    const cur = pixels.subarray(row, row + stride);
    for (let i = 0; i < bpp; i++) sub[i] = cur[i];
    for (let i = bpp; i < stride; i++) sub[i] = (cur[i] - cur[i - bpp]) & 0xff;
    let best: Uint8Array = cur;
    let type = 0;
    let bestScore = score(cur, Infinity);
    const s1 = score(sub, bestScore);
    if (s1 < bestScore) [best, type, bestScore] = [sub, 1, s1];
    if (y > 0 && bestScore > 0) {
      const prev = pixels.subarray(row - stride, row);
      for (let i = 0; i < stride; i++) up[i] = (cur[i] - prev[i]) & 0xff;
      const s2 = score(up, bestScore);
      if (s2 < bestScore) [best, type, bestScore] = [up, 2, s2];
      if (bestScore > 0) {
        for (let i = 0; i < bpp; i++) pae[i] = (cur[i] - prev[i]) & 0xff;
        for (let i = bpp; i < stride; i++) pae[i] = (cur[i] - paeth(cur[i - bpp], prev[i], prev[i - bpp])) & 0xff;
        const s4 = score(pae, bestScore);
        if (s4 < bestScore) [best, type, bestScore] = [pae, 4, s4];
      }
    }
    out[y * (stride + 1)] = type;
    out.set(best, y * (stride + 1) + 1);
  }
  return out;
}

/**
 * Encodes an 8-bit RGBA image as PNG (pure TS, fflate deflate). Fully opaque images are
 * written as RGB (color type 2), others as RGBA (color type 6). No color-space chunks:
 * values are the sRGB bytes as given.
 */
export function encodePng(image: RgbaImage, level: 0 | 1 | 2 | 3 | 4 | 5 | 6 | 7 | 8 | 9 = 4): Uint8Array {
  const { width, height, data } = image;
  if (!(Number.isInteger(width) && Number.isInteger(height) && width > 0 && height > 0)) {
    throw new RangeError(`invalid image size ${width}x${height}`);
  }
  if (data.length !== width * height * 4) throw new RangeError("image data length does not match its size");
  let opaque = true;
  for (let i = 3; i < data.length; i += 4) if (data[i] !== 255) { opaque = false; break; }
  let pixels = data;
  if (opaque) {
    pixels = new Uint8Array(width * height * 3);
    for (let i = 0, j = 0; i < data.length; i += 4, j += 3) {
      pixels[j] = data[i];
      pixels[j + 1] = data[i + 1];
      pixels[j + 2] = data[i + 2];
    }
  }
  const idat = zlibSync(filterRows(pixels, width, height, opaque ? 3 : 4), { level });
  return concatBytes([Uint8Array.from(PNG_SIGNATURE), pngChunk("IHDR", ihdrData(width, height, 8, opaque ? 2 : 6)), pngChunk("IDAT", idat), pngChunk("IEND", new Uint8Array(0))]);
}
