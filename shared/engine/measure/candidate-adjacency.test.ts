import { describe, expect, it } from "vitest";
import { candidateAdjacency } from "./candidate-adjacency.js";
import { rgbToKey } from "./color-table.js";
import { viewPixels } from "./prepare-pixels.js";
import { countTileChanges, scanFrame } from "./scan-frame.js";

/** 40×5 frame: rows 0–1 red, row 2 white (1 px line), rows 3–4 blue. */
function frame() {
  const w = 40;
  const h = 5;
  const data = new Uint8Array(w * h * 4);
  const colors = [[255, 0, 0], [255, 0, 0], [255, 255, 255], [0, 0, 255], [0, 0, 255]];
  for (let y = 0; y < h; y++) for (let x = 0; x < w; x++) data.set([...colors[y]!, 255], (y * w + x) * 4);
  return { width: w, height: h, data };
}

describe("candidateAdjacency", () => {
  it("counts white (pixel word -1) as a neighbour below a run", () => {
    const p = viewPixels(frame());
    const tiles = countTileChanges(p);
    const mask = new Uint8Array(tiles.tilesX * tiles.tilesY);
    const scan = scanFrame(p, tiles, mask);
    const keys = [rgbToKey(255, 0, 0), rgbToKey(255, 255, 255), rgbToKey(0, 0, 255)];
    const rank = new Int32Array(scan.table.size).fill(-1);
    keys.forEach((k, r) => (rank[scan.table.get(k)] = r));
    const adj = candidateAdjacency(scan, rank, 3, mask, new Uint8Array(3));
    // Red sits on the white line: 40 vertical pairs; red never touches blue (2 px away through white only).
    expect(adj.counts[0 * 3 + 1]).toBe(40);
    expect(adj.counts[0 * 3 + 2]).toBe(0);
    expect(adj.counts[1 * 3 + 2]).toBe(40);
  });
});
