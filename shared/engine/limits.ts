import type { PngLimits } from "./types.js";

/**
 * Default decode limits.
 * - maxSide 8000 px: larger than any frame a designer exports at 2x, far below PNG's 2^31.
 * - maxPixels 8 294 400 (3840 × 2160, a 2x export of a 1920 × 1080 frame): the RGBA output is
 *   4 bytes/px = 33.2 MB, so decode peak (file + RGBA + a few rows) stays well under 96 MB even
 *   with a 25 MB file. 2880 × 1800 (5.18 MP) is accepted.
 * - maxBytes 25 MiB: matches the KV value cap; a UI PNG of the largest accepted size is far smaller.
 */
export const DEFAULT_LIMITS: PngLimits = Object.freeze({
  maxSide: 8000,
  maxPixels: 3840 * 2160,
  maxBytes: 25 * 1024 * 1024,
});

/** Merges caller overrides onto DEFAULT_LIMITS (undefined fields keep the default). */
export function resolveLimits(limits?: Partial<PngLimits>): PngLimits {
  return {
    maxSide: limits?.maxSide ?? DEFAULT_LIMITS.maxSide,
    maxPixels: limits?.maxPixels ?? DEFAULT_LIMITS.maxPixels,
    maxBytes: limits?.maxBytes ?? DEFAULT_LIMITS.maxBytes,
  };
}
