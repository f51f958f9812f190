import { describe, expect, it } from "vitest";
import { profileArea } from "./area-profile.js";
import { rowRepeats } from "./row-repeats.js";
import type { Clip, CutContext } from "./xy-cut.js";

/** Blocky random image (runs of equal rows) in 3 colors, white (-1 as Int32) among them. */
function context(w: number, h: number, seed: number): CutContext {
  let s = seed;
  const rand = (n: number) => ((s = (Math.imul(s, 1103515245) + 12345) >>> 0) >>> 8) % n;
  const colors = [-1, 0xff102030 | 0, 0xff000000 | 0];
  const px = new Int32Array(w * h);
  for (let y = 0; y < h; y++) {
    const copy = y > 0 && rand(3) > 0;
    for (let x = 0; x < w; x++) px[y * w + x] = copy ? px[(y - 1) * w + x]! : colors[rand(3)]!;
  }
  return { px, width: w, height: h, unit: 1, budget: 1000, repeats: rowRepeats(px, w, h) };
}

function brute(ctx: CutContext, x0: number, y0: number, x1: number, y1: number, bg: number, clip: Clip | null) {
  const rows = new Int32Array(y1 - y0);
  const cols = new Int32Array(x1 - x0);
  let total = 0;
  for (let y = y0; y < y1; y++) {
    for (let x = x0; x < x1; x++) {
      const corner = clip && clip.r > 0 && (y < clip.y0 + clip.r || y >= clip.y1 - clip.r) && (x < clip.x0 + clip.r || x >= clip.x1 - clip.r);
      if (corner || ctx.px[y * ctx.width + x] === bg) continue;
      rows[y - y0]!++;
      cols[x - x0]!++;
      total++;
    }
  }
  return { rows, cols, total };
}

describe("profileArea", () => {
  it("counts exactly what a pixel-by-pixel pass counts, with and without rounded corners", () => {
    for (const seed of [1, 2, 3, 4]) {
      const ctx = context(40, 30, seed);
      for (const [x0, y0, x1, y1] of [[0, 0, 40, 30], [3, 5, 37, 29], [17, 1, 18, 30]] as const) {
        for (const clip of [null, { x0, y0, x1, y1, r: 4 }, { x0: 0, y0: 0, x1: 40, y1: 30, r: 2 }]) {
          for (const bg of [-1, 0xff000000 | 0]) {
            expect(profileArea(ctx, x0, y0, x1, y1, bg, clip)).toEqual(brute(ctx, x0, y0, x1, y1, bg, clip));
          }
        }
      }
    }
  });
});
