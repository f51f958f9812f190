import { describe, expect, it } from "vitest";
import { viewPixels } from "../prepare-pixels.js";
import { countTileChanges } from "../scan-frame.js";
import { repeatsAbove, rowRepeats } from "./row-repeats.js";

/** Rows drawn from a few templates (so many rows repeat), with some single-pixel changes. */
function image(width: number, height: number, seed: number): Int32Array {
  let s = seed;
  const rand = (n: number) => ((s = (Math.imul(s, 1103515245) + 12345) >>> 0) >>> 8) % n;
  const templates = [0, 1, 2].map(() => Array.from({ length: width }, () => (0xff000000 | rand(3)) | 0));
  const px = new Int32Array(width * height);
  for (let y = 0; y < height; y++) {
    const t = templates[rand(3) === 0 ? rand(3) : 0]!;
    for (let x = 0; x < width; x++) px[y * width + x] = t[x]!;
    if (rand(4) === 0) px[y * width + rand(width)] = -1;
  }
  return px;
}

describe("repeatsAbove", () => {
  it("agrees with a pixel-by-pixel compare on every row segment", () => {
    for (const [w, h, seed] of [[37, 20, 1], [64, 12, 2], [5, 9, 3]] as const) {
      const px = image(w, h, seed);
      const map = rowRepeats(px, w, h);
      for (let y = 1; y < h; y++) {
        for (let xa = 0; xa <= w; xa++) {
          for (let xb = xa; xb <= w; xb++) {
            let same = true;
            for (let x = xa; x < xb; x++) if (px[y * w + x] !== px[(y - 1) * w + x]) same = false;
            expect(repeatsAbove(map, px, w, y, xa, xb)).toBe(same);
          }
        }
      }
    }
  });

  it("never marks the first row as repeated", () => {
    const px = new Int32Array(32).fill(0xff000000 | 0);
    expect(rowRepeats(px, 16, 2).same.subarray(0, 1)[0]).toBe(0);
    expect(rowRepeats(px, 16, 2).same[1]).toBe(1);
  });

  it("is the same map the colors' tile pass builds (measureFrame shares it with spacing)", () => {
    for (const [w, h, seed] of [[37, 20, 1], [64, 40, 2], [50, 33, 3]] as const) {
      const px = image(w, h, seed);
      const tiles = countTileChanges(viewPixels({ width: w, height: h, data: new Uint8Array(px.buffer) }));
      const map = rowRepeats(px, w, h);
      expect(tiles.tilesX).toBe(map.blocksX);
      expect(tiles.blockSame).toEqual(map.same);
    }
  });
});
