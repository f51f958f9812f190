import { zlibSync } from "fflate";

const CRC_TABLE = (() => {
  const t = new Uint32Array(256);
  for (let n = 0; n < 256; n++) {
    let c = n;
    for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
    t[n] = c >>> 0;
  }
  return t;
})();

function crc32(bytes: Uint8Array): number {
  let c = 0xffffffff;
  for (const b of bytes) c = CRC_TABLE[(c ^ b) & 0xff] ^ (c >>> 8);
  return (c ^ 0xffffffff) >>> 0;
}

/** One PNG chunk with length and CRC. */
export function chunk(type: string, data: Uint8Array): Uint8Array {
  const out = new Uint8Array(12 + data.length);
  const view = new DataView(out.buffer);
  view.setUint32(0, data.length);
  for (let i = 0; i < 4; i++) out[4 + i] = type.charCodeAt(i);
  out.set(data, 8);
  view.setUint32(8 + data.length, crc32(out.subarray(4, 8 + data.length)));
  return out;
}

export const PNG_SIGNATURE = new Uint8Array([137, 80, 78, 71, 13, 10, 26, 10]);

/** IHDR payload for an 8-bit RGBA (color type 6) image. */
export function ihdr(width: number, height: number): Uint8Array {
  const data = new Uint8Array(13);
  const view = new DataView(data.buffer);
  view.setUint32(0, width);
  view.setUint32(4, height);
  data.set([8, 6, 0, 0, 0], 8);
  return data;
}

export function concat(...parts: Uint8Array[]): Uint8Array {
  const out = new Uint8Array(parts.reduce((n, p) => n + p.length, 0));
  let o = 0;
  for (const p of parts) {
    out.set(p, o);
    o += p.length;
  }
  return out;
}

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
