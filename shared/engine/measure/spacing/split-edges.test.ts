import { describe, expect, it } from "vitest";
import { rowRepeats } from "./row-repeats.js";
import { splitEdges } from "./split-edges.js";
import type { CutContext } from "./xy-cut.js";

/** Rows repeat in runs; a few full-height color edges, and noise on some rows. */
function context(w: number, h: number, cuts: number[], noise: number): CutContext {
  const px = new Int32Array(w * h);
  for (let y = 0; y < h; y++) {
    for (let x = 0; x < w; x++) px[y * w + x] = (0xff000000 | cuts.filter((c) => x >= c).length) | 0;
    if (noise && y % noise === 0) px[y * w + (y % w)] = -1;
  }
  return { px, width: w, height: h, unit: 1, budget: 1000, repeats: rowRepeats(px, w, h) };
}

describe("splitEdges", () => {
  it("finds vertical edges that span ≥ 98 % of the rows, over repeated and distinct rows", () => {
    expect(splitEdges(context(60, 200, [20, 41], 0), 0, 0, 60, 200)).toEqual({ axis: "x", at: [20, 41] });
    // Noise on every 20th row keeps the edges at 98 %+ only when it does not sit on them.
    expect(splitEdges(context(60, 200, [20, 41], 20), 0, 0, 60, 200)).toEqual({ axis: "x", at: [20, 41] });
    expect(splitEdges(context(60, 200, [20, 41], 20), 10, 5, 50, 190)).toEqual({ axis: "x", at: [20, 41] });
  });

  it("finds horizontal edges where rows change, none in a flat area", () => {
    const w = 40;
    const h = 50;
    const px = new Int32Array(w * h);
    for (let y = 0; y < h; y++) for (let x = 0; x < w; x++) px[y * w + x] = y < 30 ? -1 : 0xff000000 | 0;
    const ctx: CutContext = { px, width: w, height: h, unit: 1, budget: 1000, repeats: rowRepeats(px, w, h) };
    expect(splitEdges(ctx, 0, 0, w, h)).toEqual({ axis: "y", at: [30] });
    expect(splitEdges(ctx, 0, 0, w, 29)).toBeNull();
  });
});
