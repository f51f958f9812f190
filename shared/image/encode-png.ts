import { zlibSync } from "fflate";
import type { RgbaImage } from "../engine/types.js";

const SIGNATURE = [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a];

let crcTable: Uint32Array | null = null;
function crc32(bytes: Uint8Array, start: number, end: number): number {
  if (!crcTable) {
    crcTable = new Uint32Array(256);
    for (let n = 0; n < 256; n++) {
      let c = n;
      for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
      crcTable[n] = c >>> 0;
    }
  }
  let c = 0xffffffff;
  for (let i = start; i < end; i++) c = crcTable[(c ^ bytes[i]) & 0xff] ^ (c >>> 8);
  return (c ^ 0xffffffff) >>> 0;
}

function chunk(type: string, data: Uint8Array): Uint8Array {
  const out = new Uint8Array(12 + data.length);
  const view = new DataView(out.buffer);
  view.setUint32(0, data.length);
  for (let i = 0; i < 4; i++) out[4 + i] = type.charCodeAt(i);
  out.set(data, 8);
  view.setUint32(8 + data.length, crc32(out, 4, 8 + data.length));
  return out;
}

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
  const ihdr = new Uint8Array(13);
  const view = new DataView(ihdr.buffer);
  view.setUint32(0, width);
  view.setUint32(4, height);
  ihdr[8] = 8;
  ihdr[9] = opaque ? 2 : 6;
  const idat = zlibSync(filterRows(pixels, width, height, opaque ? 3 : 4), { level });
  const parts = [Uint8Array.from(SIGNATURE), chunk("IHDR", ihdr), chunk("IDAT", idat), chunk("IEND", new Uint8Array(0))];
  const out = new Uint8Array(parts.reduce((n, p) => n + p.length, 0));
  let at = 0;
  for (const p of parts) {
    out.set(p, at);
    at += p.length;
  }
  return out;
}
