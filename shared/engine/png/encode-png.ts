import { zlibSync } from "fflate";
import { crc32 } from "./crc32.js";
import { CHANNELS, pngPasses } from "./png-layout.js";
import { PNG_SIGNATURE } from "./inspect-png.js";

/** A raw image in a PNG's own sample format, for building test files and fixtures. */
export interface PngEncodeInput {
  width: number;
  height: number;
  colorType: 0 | 2 | 3 | 4 | 6;
  bitDepth: 1 | 2 | 4 | 8 | 16;
  /** Row-major samples at the file's bit depth (channels per pixel × width × height values). */
  samples: ArrayLike<number>;
  interlaced?: boolean;
  /** RGB triplets (color type 3, or a suggested palette). */
  palette?: ArrayLike<number>;
  /** Raw tRNS payload. */
  trns?: ArrayLike<number>;
  /** Filter type (0–4) per scanline, cycled; default [0]. */
  filters?: number[];
  /** Extra chunks inserted before IDAT. */
  extraChunks?: { type: string; data: Uint8Array }[];
  /** Split the zlib stream into IDAT chunks of this size (default: one chunk). */
  idatSize?: number;
}

/** One PNG chunk: length, type, data, CRC. */
export function pngChunk(type: string, data: Uint8Array): Uint8Array {
  const out = new Uint8Array(12 + data.length);
  const view = new DataView(out.buffer);
  view.setUint32(0, data.length);
  for (let i = 0; i < 4; i++) out[4 + i] = type.charCodeAt(i);
  out.set(data, 8);
  view.setUint32(8 + data.length, crc32(out, 4, 8 + data.length));
  return out;
}

/** Concatenates byte arrays. */
export function concatBytes(parts: readonly Uint8Array[]): Uint8Array {
  const out = new Uint8Array(parts.reduce((n, p) => n + p.length, 0));
  let o = 0;
  for (const p of parts) {
    out.set(p, o);
    o += p.length;
  }
  return out;
}

/** IHDR payload. */
export function ihdrData(width: number, height: number, bitDepth: number, colorType: number, interlace = 0): Uint8Array {
  const d = new Uint8Array(13);
  const v = new DataView(d.buffer);
  v.setUint32(0, width);
  v.setUint32(4, height);
  d.set([bitDepth, colorType, 0, 0, interlace], 8);
  return d;
}

/** Packs samples into filtered scanlines (pass by pass) — the bytes that get deflated. */
export function rawScanlines(input: PngEncodeInput): Uint8Array {
  const { width, colorType, bitDepth, samples } = input;
  const ch = CHANNELS[colorType];
  const passes = pngPasses({ ...input, interlaced: !!input.interlaced });
  const filters = input.filters ?? [0];
  const bpp = Math.max(1, (ch * bitDepth) >> 3);
  const rows: Uint8Array[] = [];
  let rowIndex = 0;
  for (const p of passes) {
    let prev = new Uint8Array(p.rowBytes);
    for (let r = 0; r < p.height; r++) {
      const line = new Uint8Array(p.rowBytes);
      const y = p.y0 + r * p.dy;
      let bit = 0;
      for (let c = 0; c < p.width; c++) {
        const x = p.x0 + c * p.dx;
        for (let k = 0; k < ch; k++) {
          const v = samples[(y * width + x) * ch + k];
          if (bitDepth === 16) {
            line[bit >> 3] = v >> 8;
            line[(bit >> 3) + 1] = v & 255;
          } else line[bit >> 3] |= v << (8 - bitDepth - (bit & 7));
          bit += bitDepth;
        }
      }
      const filter = filters[rowIndex++ % filters.length];
      rows.push(Uint8Array.of(filter), applyFilter(line, prev, filter, bpp));
      prev = line;
    }
  }
  return concatBytes(rows);
}

function applyFilter(line: Uint8Array, prev: Uint8Array, filter: number, bpp: number): Uint8Array {
  const out = new Uint8Array(line.length);
  for (let i = 0; i < line.length; i++) {
    const a = i >= bpp ? line[i - bpp] : 0;
    const b = prev[i];
    const c = i >= bpp ? prev[i - bpp] : 0;
    let pred = 0;
    if (filter === 1) pred = a;
    else if (filter === 2) pred = b;
    else if (filter === 3) pred = (a + b) >> 1;
    else if (filter === 4) {
      const p = a + b - c;
      const pa = Math.abs(p - a), pb = Math.abs(p - b), pc = Math.abs(p - c);
      pred = pa <= pb && pa <= pc ? a : pb <= pc ? b : c;
    }
    out[i] = (line[i] - pred) & 255;
  }
  return out;
}

/** Encodes a PNG of any color type / bit depth, optionally interlaced (for tests, fixtures and tools). */
export function encodePng(input: PngEncodeInput): Uint8Array {
  const z = zlibSync(rawScanlines(input), { level: 6 });
  const size = input.idatSize ?? z.length;
  const idats: Uint8Array[] = [];
  for (let i = 0; i < z.length; i += size) idats.push(pngChunk("IDAT", z.subarray(i, i + size)));
  return concatBytes([
    Uint8Array.from(PNG_SIGNATURE),
    pngChunk("IHDR", ihdrData(input.width, input.height, input.bitDepth, input.colorType, input.interlaced ? 1 : 0)),
    ...(input.palette ? [pngChunk("PLTE", Uint8Array.from(input.palette))] : []),
    ...(input.trns ? [pngChunk("tRNS", Uint8Array.from(input.trns))] : []),
    ...(input.extraChunks ?? []).map((c) => pngChunk(c.type, c.data)),
    ...idats,
    pngChunk("IEND", new Uint8Array(0)),
  ]);
}

/** Encodes straight RGBA8 pixels as an 8-bit RGBA PNG (Paeth-filtered). */
export function encodeRgbaPng(image: { width: number; height: number; data: Uint8Array }): Uint8Array {
  return encodePng({ ...image, colorType: 6, bitDepth: 8, samples: image.data, filters: [4] });
}
