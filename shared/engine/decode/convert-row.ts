import { EngineError } from "../errors.js";
import type { PixelFormat } from "./pixel-format.js";

/** 16-bit sample → 8-bit, exactly round(v / 257) (so 8-bit values stored as v·257 come back unchanged). */
const to8 = (hi: number, lo: number): number => ((((hi << 8) | lo) + 128) / 257) | 0;

/**
 * Converts `count` pixels of one unfiltered scanline (`src`, data starting at index 1) into straight
 * RGBA8 in `out`, writing pixel i at `outOff + i * outStep` (outStep = 4 × interlace x-step).
 */
export function convertRow(src: Uint8Array, count: number, out: Uint8Array, outOff: number, outStep: number, f: PixelFormat): void {
  switch (f.colorType) {
    case 6:
      return f.bitDepth === 8 ? rgba8(src, count, out, outOff, outStep) : rgba16(src, count, out, outOff, outStep);
    case 2:
      return f.bitDepth === 8 ? rgb8(src, count, out, outOff, outStep, f.key) : rgb16(src, count, out, outOff, outStep, f.key);
    case 4:
      return greyAlpha(src, count, out, outOff, outStep, f.bitDepth === 16);
    case 0:
      return grey(src, count, out, outOff, outStep, f);
    case 3:
      return indexed(src, count, out, outOff, outStep, f);
  }
}

function rgba8(src: Uint8Array, count: number, out: Uint8Array, o: number, step: number): void {
  if (step === 4) {
    out.set(src.subarray(1, 1 + count * 4), o);
    return;
  }
  for (let i = 0, s = 1; i < count; i++, s += 4, o += step) {
    out[o] = src[s];
    out[o + 1] = src[s + 1];
    out[o + 2] = src[s + 2];
    out[o + 3] = src[s + 3];
  }
}

function rgba16(src: Uint8Array, count: number, out: Uint8Array, o: number, step: number): void {
  for (let i = 0, s = 1; i < count; i++, s += 8, o += step) {
    out[o] = to8(src[s], src[s + 1]);
    out[o + 1] = to8(src[s + 2], src[s + 3]);
    out[o + 2] = to8(src[s + 4], src[s + 5]);
    out[o + 3] = to8(src[s + 6], src[s + 7]);
  }
}

function rgb8(src: Uint8Array, count: number, out: Uint8Array, o: number, step: number, key: number[] | null): void {
  const kr = key ? key[0] : -1;
  const kg = key ? key[1] : -1;
  const kb = key ? key[2] : -1;
  for (let i = 0, s = 1; i < count; i++, s += 3, o += step) {
    const r = src[s];
    const g = src[s + 1];
    const b = src[s + 2];
    out[o] = r;
    out[o + 1] = g;
    out[o + 2] = b;
    out[o + 3] = r === kr && g === kg && b === kb ? 0 : 255;
  }
}

function rgb16(src: Uint8Array, count: number, out: Uint8Array, o: number, step: number, key: number[] | null): void {
  const kr = key ? key[0] : -1;
  const kg = key ? key[1] : -1;
  const kb = key ? key[2] : -1;
  for (let i = 0, s = 1; i < count; i++, s += 6, o += step) {
    const r = (src[s] << 8) | src[s + 1];
    const g = (src[s + 2] << 8) | src[s + 3];
    const b = (src[s + 4] << 8) | src[s + 5];
    out[o] = ((r + 128) / 257) | 0;
    out[o + 1] = ((g + 128) / 257) | 0;
    out[o + 2] = ((b + 128) / 257) | 0;
    out[o + 3] = r === kr && g === kg && b === kb ? 0 : 255;
  }
}

function greyAlpha(src: Uint8Array, count: number, out: Uint8Array, o: number, step: number, wide: boolean): void {
  if (wide) {
    for (let i = 0, s = 1; i < count; i++, s += 4, o += step) {
      const v = to8(src[s], src[s + 1]);
      out[o] = out[o + 1] = out[o + 2] = v;
      out[o + 3] = to8(src[s + 2], src[s + 3]);
    }
    return;
  }
  for (let i = 0, s = 1; i < count; i++, s += 2, o += step) {
    const v = src[s];
    out[o] = out[o + 1] = out[o + 2] = v;
    out[o + 3] = src[s + 1];
  }
}

function grey(src: Uint8Array, count: number, out: Uint8Array, o: number, step: number, f: PixelFormat): void {
  const key = f.key ? f.key[0] : -1;
  const d = f.bitDepth;
  if (d === 16) {
    for (let i = 0, s = 1; i < count; i++, s += 2, o += step) {
      const raw = (src[s] << 8) | src[s + 1];
      out[o] = out[o + 1] = out[o + 2] = ((raw + 128) / 257) | 0;
      out[o + 3] = raw === key ? 0 : 255;
    }
    return;
  }
  if (d === 8) {
    for (let i = 0, s = 1; i < count; i++, s++, o += step) {
      const v = src[s];
      out[o] = out[o + 1] = out[o + 2] = v;
      out[o + 3] = v === key ? 0 : 255;
    }
    return;
  }
  const max = (1 << d) - 1;
  const scale = 255 / max;
  const perByte = 8 / d;
  for (let i = 0; i < count; i++, o += step) {
    const byte = src[1 + ((i / perByte) | 0)];
    const raw = (byte >> (8 - d - (i % perByte) * d)) & max;
    out[o] = out[o + 1] = out[o + 2] = raw * scale;
    out[o + 3] = raw === key ? 0 : 255;
  }
}

function indexed(src: Uint8Array, count: number, out: Uint8Array, o: number, step: number, f: PixelFormat): void {
  const { lut, paletteSize } = f;
  const d = f.bitDepth;
  const mask = (1 << d) - 1;
  const perByte = 8 / d;
  let maxIndex = 0;
  for (let i = 0; i < count; i++, o += step) {
    const idx = d === 8 ? src[1 + i] : (src[1 + ((i / perByte) | 0)] >> (8 - d - (i % perByte) * d)) & mask;
    if (idx > maxIndex) maxIndex = idx;
    const l = idx * 4;
    out[o] = lut[l];
    out[o + 1] = lut[l + 1];
    out[o + 2] = lut[l + 2];
    out[o + 3] = lut[l + 3];
  }
  if (maxIndex >= paletteSize) throw new EngineError("corrupt_data", `Palette index ${maxIndex} is outside the ${paletteSize}-entry palette.`);
}
