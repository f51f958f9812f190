import { EngineError } from "../errors.js";
import { resolveLimits } from "../limits.js";
import { inspectPng, type PngStructure } from "../png/inspect-png.js";
import type { PngLimits, RgbaImage } from "../types.js";
import { inflateIdat } from "./inflate-idat.js";
import { pixelFormat } from "./pixel-format.js";
import { ScanlineSink } from "./scanline-sink.js";

/**
 * Decodes a PNG into straight (non-premultiplied) RGBA8: validates first (see validatePng), then
 * inflates with a byte budget equal to the size IHDR implies, unfilters and converts scanline by
 * scanline. Supports every PNG format: grey/grey+alpha/RGB/RGBA at 8 and 16 bits, grey at 1/2/4 bits,
 * palette at 1/2/4/8 bits with tRNS, tRNS color keys, Adam7 interlacing. 16-bit samples are
 * rounded (round(v/257)). Throws EngineError: validate codes plus `decompression_limit`, `corrupt_data`.
 */
export function decodePng(bytes: Uint8Array, limits?: Partial<PngLimits>): RgbaImage {
  return decodeInspected(bytes, inspectPng(bytes, resolveLimits(limits)));
}

/** The decode step alone, for a file `inspectPng` already walked (so a pipeline validates once). */
export function decodeInspected(bytes: Uint8Array, structure: PngStructure): RgbaImage {
  const { width, height, expectedRawBytes } = structure.header;
  const data = new Uint8Array(width * height * 4);
  const sink = new ScanlineSink(structure.passes, expectedRawBytes, pixelFormat(structure), data, width);
  inflateIdat(bytes, structure.idatOffset, sink);
  if (!sink.complete) {
    throw new EngineError("corrupt_data", `Image data ends after ${sink.received} of ${expectedRawBytes} bytes.`);
  }
  return { width, height, data };
}
