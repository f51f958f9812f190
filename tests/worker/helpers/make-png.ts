import { zlibSync } from "fflate";
import { concatBytes, ihdrData, pngChunk } from "../../../shared/engine/png/encode-png.js";
import { PNG_SIGNATURE as SIGNATURE } from "../../../shared/engine/png/inspect-png.js";

/** One PNG chunk with length and CRC. */
export const chunk = pngChunk;

export const PNG_SIGNATURE = Uint8Array.from(SIGNATURE);

/** IHDR payload for an 8-bit RGBA (color type 6) image. */
export const ihdr = (width: number, height: number): Uint8Array => ihdrData(width, height, 8, 6);

export const concat = (...parts: Uint8Array[]): Uint8Array => concatBytes(parts);

/** A valid RGBA PNG from a pixel callback (`[r, g, b, a]`). */
export function makePng(width: number, height: number, pixel: (x: number, y: number) => [number, number, number, number]): Uint8Array {
  const raw = new Uint8Array(height * (1 + width * 4));
  for (let y = 0; y < height; y++) {
    const row = y * (1 + width * 4);
    for (let x = 0; x < width; x++) raw.set(pixel(x, y), row + 1 + x * 4);
  }
  return assemble(width, height, zlibSync(raw));
}

/** Signature + IHDR + one IDAT with the given zlib data + IEND. */
export function assemble(width: number, height: number, idat: Uint8Array): Uint8Array {
  return concat(PNG_SIGNATURE, chunk("IHDR", ihdr(width, height)), chunk("IDAT", idat), chunk("IEND", new Uint8Array(0)));
}

/** A small UI-like frame: white page, a blue button and a gray card (distinct by `seed`). */
export function makeUiPng(seed = 0, width = 64, height = 48): Uint8Array {
  return makePng(width, height, (x, y) => {
    if (x >= 8 && x < 40 && y >= 8 && y < 20) return [37, 99, 235, 255];
    if (x >= 8 && x < 56 && y >= 28 && y < 44) return [243, 244, 246, 255];
    return [255, 255 - (seed % 8), 255, 255];
  });
}

/** A PNG that declares `declared`×`declared` px but inflates to `inflatedBytes` of zeros (a zlib bomb). */
export function makeZlibBomb(declared: number, inflatedBytes: number): Uint8Array {
  return assemble(declared, declared, zlibSync(new Uint8Array(inflatedBytes), { level: 9 }));
}
