/**
 * Largest per-channel difference (8-bit) still treated as the same color: rounding noise from color
 * management or an encoder. Anything further apart may be a deliberate token — #ffffff vs #fdfcfb is
 * only ΔE2000 0.85, #ffffff vs #f9fafb 1.2 — so no perceptual threshold is used for dedupe.
 */
export const MAX_CHANNEL_NOISE = 1;

/** True when two packed colors (r | g << 8 | b << 16) differ by at most MAX_CHANNEL_NOISE per channel. */
export function isTrueDuplicateKey(a: number, b: number): boolean {
  for (let shift = 0; shift < 24; shift += 8) {
    if (Math.abs(((a >>> shift) & 255) - ((b >>> shift) & 255)) > MAX_CHANNEL_NOISE) return false;
  }
  return true;
}

/** Same test on `#rrggbb` strings. */
export function isTrueDuplicateHex(a: string, b: string): boolean {
  for (let i = 1; i < 7; i += 2) {
    if (Math.abs(parseInt(a.slice(i, i + 2), 16) - parseInt(b.slice(i, i + 2), 16)) > MAX_CHANNEL_NOISE) return false;
  }
  return true;
}
