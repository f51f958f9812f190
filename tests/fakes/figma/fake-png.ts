import { PNG } from "pngjs";

const cache = new Map<string, Uint8Array>();

/**
 * A real PNG of `width`×`height` (RGBA, opaque): a light background with a darker 8 px grid,
 * so decoders and the engine see actual pixels. Cached by size.
 */
export function makePng(width: number, height: number): Uint8Array {
  const key = `${width}x${height}`;
  const hit = cache.get(key);
  if (hit) return hit;
  const png = new PNG({ width, height });
  for (let y = 0; y < height; y++) {
    for (let x = 0; x < width; x++) {
      const i = (y * width + x) * 4;
      const line = x % 8 === 0 || y % 8 === 0;
      png.data[i] = line ? 0x33 : 0xf5;
      png.data[i + 1] = line ? 0x66 : 0xf5;
      png.data[i + 2] = line ? 0xcc : 0xf7;
      png.data[i + 3] = 255;
    }
  }
  const bytes = new Uint8Array(PNG.sync.write(png, { deflateLevel: 1 }));
  if (cache.size > 32) cache.clear();
  cache.set(key, bytes);
  return bytes;
}

/** Width and height read from a PNG's IHDR. */
export function pngSize(bytes: Uint8Array): { width: number; height: number } {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  return { width: view.getUint32(16), height: view.getUint32(20) };
}
