import { resolveLimits } from "../limits.js";
import { inspectPng } from "../png/inspect-png.js";
import type { PngHeader, PngLimits } from "../types.js";

/**
 * Validates a PNG before any inflate: signature, file size, IHDR (first, sane, within limits),
 * every chunk's length and CRC, chunk order, IEND present. Returns what IHDR declares, including
 * the exact inflate budget (`expectedRawBytes`). Throws EngineError with a stable code
 * (`not_png`, `truncated`, `bad_header`, `bad_chunk`, `unsupported_png`, `image_too_large`).
 */
export function validatePng(bytes: Uint8Array, limits?: Partial<PngLimits>): PngHeader {
  return inspectPng(bytes, resolveLimits(limits)).header;
}
