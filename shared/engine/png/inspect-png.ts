import { EngineError } from "../errors.js";
import type { PngHeader, PngLimits } from "../types.js";
import { crc32 } from "./crc32.js";
import { ALLOWED_DEPTHS, expectedRawBytes, pngPasses, type PngPass } from "./png-layout.js";

/** PNG file signature. */
export const PNG_SIGNATURE: readonly number[] = [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a];

const IHDR = 0x49484452;
const PLTE = 0x504c5445;
const IDAT = 0x49444154;
const IEND = 0x49454e44;
const TRNS = 0x74524e53;
const MAX_CHUNK_LENGTH = 0x7fffffff;

/** Everything the decoder needs, found by one walk over the chunks (no inflate). */
export interface PngStructure {
  header: PngHeader;
  passes: PngPass[];
  /** Offset of the first IDAT chunk (its length field); the IDATs are consecutive from there. */
  idatOffset: number;
  /** Number of IDAT chunks (kept as a count, not a list: a file may hold millions of tiny ones). */
  idatCount: number;
  /** PLTE payload (RGB triplets), when present. */
  palette?: Uint8Array;
  /** tRNS payload, when present. */
  trns?: Uint8Array;
}

const u32 = (b: Uint8Array, i: number): number => ((b[i] << 24) | (b[i + 1] << 16) | (b[i + 2] << 8) | b[i + 3]) >>> 0;
const isLetter = (c: number): boolean => (c >= 65 && c <= 90) || (c >= 97 && c <= 122);
const typeName = (t: number): string => String.fromCharCode(t >>> 24, (t >>> 16) & 255, (t >>> 8) & 255, t & 255);

function checkSignature(bytes: Uint8Array): void {
  const n = Math.min(bytes.length, 8);
  for (let i = 0; i < n; i++) {
    if (bytes[i] !== PNG_SIGNATURE[i]) throw new EngineError("not_png", "Not a PNG file (bad signature).");
  }
  if (bytes.length === 0) throw new EngineError("not_png", "Empty file: not a PNG.");
  if (bytes.length < 8) throw new EngineError("truncated", "PNG file is truncated inside its signature.");
}

function parseHeader(bytes: Uint8Array, limits: PngLimits): { header: PngHeader; passes: PngPass[] } {
  if (bytes.length < 16) throw new EngineError("truncated", "PNG file ends before its IHDR chunk.");
  if (u32(bytes, 12) !== IHDR) throw new EngineError("bad_header", "PNG does not start with an IHDR chunk.");
  if (u32(bytes, 8) !== 13) throw new EngineError("bad_header", `IHDR has length ${u32(bytes, 8)}, expected 13.`);
  if (bytes.length < 33) throw new EngineError("truncated", "PNG file ends inside its IHDR chunk.");
  if (crc32(bytes, 12, 29) !== u32(bytes, 29)) throw new EngineError("bad_header", "IHDR CRC mismatch.");
  const width = u32(bytes, 16);
  const height = u32(bytes, 20);
  const [bitDepth, colorType, compression, filter, interlace] = bytes.subarray(24, 29);
  if (width === 0 || height === 0 || width > MAX_CHUNK_LENGTH || height > MAX_CHUNK_LENGTH) {
    throw new EngineError("bad_header", `Invalid image size ${width}×${height}.`);
  }
  const depths = ALLOWED_DEPTHS[colorType as PngHeader["colorType"]];
  if (!depths) throw new EngineError("bad_header", `Invalid color type ${colorType}.`);
  if (!depths.includes(bitDepth)) throw new EngineError("bad_header", `Bit depth ${bitDepth} is invalid for color type ${colorType}.`);
  if (compression !== 0) throw new EngineError("bad_header", `Unknown compression method ${compression}.`);
  if (filter !== 0) throw new EngineError("bad_header", `Unknown filter method ${filter}.`);
  if (interlace > 1) throw new EngineError("bad_header", `Unknown interlace method ${interlace}.`);
  if (width > limits.maxSide || height > limits.maxSide) {
    throw new EngineError("image_too_large", `Image is ${width}×${height} px; the maximum side is ${limits.maxSide} px.`);
  }
  if (width * height > limits.maxPixels) {
    throw new EngineError("image_too_large", `Image is ${width}×${height} = ${width * height} px; the maximum is ${limits.maxPixels} px.`);
  }
  const base = {
    width,
    height,
    bitDepth: bitDepth as PngHeader["bitDepth"],
    colorType: colorType as PngHeader["colorType"],
    interlaced: interlace === 1,
  };
  const passes = pngPasses(base);
  return { header: { ...base, expectedRawBytes: expectedRawBytes(passes) }, passes };
}

/**
 * Checks a PNG's structure without inflating anything: signature, size limits, IHDR (first, sane,
 * within limits), every chunk's length and CRC, chunk order, PLTE/tRNS shape, IDAT presence and
 * contiguity, IEND presence. Throws EngineError with a stable code on the first problem.
 */
export function inspectPng(bytes: Uint8Array, limits: PngLimits): PngStructure {
  checkSignature(bytes);
  if (bytes.length > limits.maxBytes) {
    throw new EngineError("image_too_large", `File is ${bytes.length} bytes; the maximum is ${limits.maxBytes} bytes.`);
  }
  const { header, passes } = parseHeader(bytes, limits);
  const out: PngStructure = { header, passes, idatOffset: 0, idatCount: 0 };
  let pos = 33;
  let idatDone = false;
  for (;;) {
    if (pos === bytes.length) throw new EngineError("truncated", "PNG file is truncated: no IEND chunk.");
    if (pos + 8 > bytes.length) throw new EngineError("truncated", "PNG file is truncated inside a chunk header.");
    const length = u32(bytes, pos);
    const type = u32(bytes, pos + 4);
    if (length > MAX_CHUNK_LENGTH) throw new EngineError("bad_chunk", `Chunk length ${length} at byte ${pos} exceeds 2^31-1.`);
    if (!isLetter(bytes[pos + 4]) || !isLetter(bytes[pos + 5]) || !isLetter(bytes[pos + 6]) || !isLetter(bytes[pos + 7])) {
      throw new EngineError("bad_chunk", `Invalid chunk type at byte ${pos}.`);
    }
    const start = pos + 8;
    const end = start + length;
    if (end + 4 > bytes.length) throw new EngineError("truncated", `PNG file is truncated inside the ${typeName(type)} chunk.`);
    if (crc32(bytes, pos + 4, end) !== u32(bytes, end)) throw new EngineError("bad_chunk", `CRC mismatch in the ${typeName(type)} chunk at byte ${pos}.`);
    const chunkStart = pos;
    pos = end + 4;
    if (type === IEND) break;
    if (out.idatCount > 0 && type !== IDAT) idatDone = true;
    switch (type) {
      case IDAT:
        if (idatDone) throw new EngineError("bad_chunk", "IDAT chunks are not consecutive.");
        if (header.colorType === 3 && !out.palette) throw new EngineError("bad_chunk", "Palette image has no PLTE before IDAT.");
        if (out.idatCount++ === 0) out.idatOffset = chunkStart;
        break;
      case IHDR:
        throw new EngineError("bad_chunk", "Duplicate IHDR chunk.");
      case PLTE:
        readPalette(out, bytes.subarray(start, end));
        break;
      case TRNS:
        readTransparency(out, bytes.subarray(start, end));
        break;
      default:
        if (!(bytes[start - 4] & 0x20)) throw new EngineError("unsupported_png", `Unknown critical chunk ${typeName(type)}.`);
    }
  }
  if (out.idatCount === 0) throw new EngineError("bad_chunk", "PNG has no IDAT chunk.");
  return out;
}

function readPalette(out: PngStructure, data: Uint8Array): void {
  const { header } = out;
  if (out.palette) throw new EngineError("bad_chunk", "Duplicate PLTE chunk.");
  if (out.idatCount > 0) throw new EngineError("bad_chunk", "PLTE after IDAT.");
  if (header.colorType === 0 || header.colorType === 4) throw new EngineError("bad_chunk", "PLTE in a greyscale image.");
  const entries = data.length / 3;
  if (data.length === 0 || !Number.isInteger(entries) || entries > 256) throw new EngineError("bad_chunk", `Invalid PLTE length ${data.length}.`);
  if (header.colorType === 3 && entries > 1 << header.bitDepth) {
    throw new EngineError("bad_chunk", `PLTE has ${entries} entries; bit depth ${header.bitDepth} allows ${1 << header.bitDepth}.`);
  }
  out.palette = data;
}

function readTransparency(out: PngStructure, data: Uint8Array): void {
  const { colorType } = out.header;
  if (out.trns) throw new EngineError("bad_chunk", "Duplicate tRNS chunk.");
  if (out.idatCount > 0) throw new EngineError("bad_chunk", "tRNS after IDAT.");
  if (colorType === 4 || colorType === 6) throw new EngineError("bad_chunk", "tRNS in an image that already has alpha.");
  if (colorType === 3) {
    if (!out.palette) throw new EngineError("bad_chunk", "tRNS before PLTE.");
    if (data.length > out.palette.length / 3) throw new EngineError("bad_chunk", "tRNS has more entries than PLTE.");
  } else if (data.length !== (colorType === 0 ? 2 : 6)) {
    throw new EngineError("bad_chunk", `Invalid tRNS length ${data.length} for color type ${colorType}.`);
  }
  out.trns = data;
}
