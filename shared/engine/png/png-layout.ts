import type { PngHeader } from "../types.js";

/** Samples per pixel for each PNG color type. */
export const CHANNELS: Readonly<Record<PngHeader["colorType"], number>> = { 0: 1, 2: 3, 3: 1, 4: 2, 6: 4 };

/** Bit depths allowed per color type (PNG spec table 11.1). */
export const ALLOWED_DEPTHS: Readonly<Record<PngHeader["colorType"], readonly number[]>> = {
  0: [1, 2, 4, 8, 16],
  2: [8, 16],
  3: [1, 2, 4, 8],
  4: [8, 16],
  6: [8, 16],
};

/** One reduced image of the (possibly interlaced) image: where its pixels land in the full image. */
export interface PngPass {
  width: number;
  height: number;
  x0: number;
  y0: number;
  dx: number;
  dy: number;
  /** Bytes per scanline, without the filter byte. */
  rowBytes: number;
}

const ADAM7: ReadonlyArray<readonly [x0: number, y0: number, dx: number, dy: number]> = [
  [0, 0, 8, 8],
  [4, 0, 8, 8],
  [0, 4, 4, 8],
  [2, 0, 4, 4],
  [0, 2, 2, 4],
  [1, 0, 2, 2],
  [0, 1, 1, 2],
];

/** Bits per pixel of the header's format. */
export function bitsPerPixel(h: Pick<PngHeader, "colorType" | "bitDepth">): number {
  return CHANNELS[h.colorType] * h.bitDepth;
}

/** The non-empty passes of the image (one pass when not interlaced, up to 7 for Adam7). */
export function pngPasses(h: Pick<PngHeader, "width" | "height" | "colorType" | "bitDepth" | "interlaced">): PngPass[] {
  const bpp = bitsPerPixel(h);
  const grid = h.interlaced ? ADAM7 : [[0, 0, 1, 1] as const];
  const passes: PngPass[] = [];
  for (const [x0, y0, dx, dy] of grid) {
    const width = Math.ceil((h.width - x0) / dx);
    const height = Math.ceil((h.height - y0) / dy);
    if (width <= 0 || height <= 0) continue;
    passes.push({ width, height, x0, y0, dx, dy, rowBytes: Math.ceil((width * bpp) / 8) });
  }
  return passes;
}

/** Exact inflated size of the image data: every pass's rows, each with its filter byte. */
export function expectedRawBytes(passes: readonly PngPass[]): number {
  let n = 0;
  for (const p of passes) n += p.height * (p.rowBytes + 1);
  return n;
}
