import type { PngStructure } from "../png/inspect-png.js";

/** What the row converter needs to turn one format's samples into straight RGBA8. */
export interface PixelFormat {
  colorType: 0 | 2 | 3 | 4 | 6;
  bitDepth: 1 | 2 | 4 | 8 | 16;
  /** Palette as RGBA8 (256 entries × 4); entries ≥ paletteSize are unused. Color type 3 only. */
  lut: Uint8Array;
  paletteSize: number;
  /** tRNS key for grey (1 value) or RGB (3 values), at the file's bit depth; null when none. */
  key: number[] | null;
}

const u16 = (b: Uint8Array, i: number): number => (b[i] << 8) | b[i + 1];

/** Builds the PixelFormat of a validated PNG (palette + tRNS folded into one RGBA lookup table). */
export function pixelFormat(s: PngStructure): PixelFormat {
  const { colorType, bitDepth } = s.header;
  const lut = new Uint8Array(colorType === 3 ? 1024 : 0);
  let paletteSize = 0;
  let key: number[] | null = null;
  if (colorType === 3 && s.palette) {
    paletteSize = s.palette.length / 3;
    for (let i = 0; i < paletteSize; i++) {
      lut[i * 4] = s.palette[i * 3];
      lut[i * 4 + 1] = s.palette[i * 3 + 1];
      lut[i * 4 + 2] = s.palette[i * 3 + 2];
      lut[i * 4 + 3] = s.trns && i < s.trns.length ? s.trns[i] : 255;
    }
  } else if (s.trns && colorType === 0) {
    key = [u16(s.trns, 0)];
  } else if (s.trns && colorType === 2) {
    key = [u16(s.trns, 0), u16(s.trns, 2), u16(s.trns, 4)];
  }
  return { colorType, bitDepth, lut, paletteSize, key };
}
