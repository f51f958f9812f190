import type { FrameReport } from "../../../shared/contract/extract.js";
import type { TokenSet } from "../../../shared/contract/tokens.js";
import type { RgbaImage } from "../../../shared/engine/types.js";
import type { NamerInput } from "../../../shared/pipeline/types.js";

/** A flat test frame: white page, a blue button and gray text. */
export function testImage(width: number, height: number): RgbaImage {
  const data = new Uint8Array(width * height * 4).fill(255);
  for (let y = Math.floor(height / 3); y < Math.floor(height / 3) + 40 && y < height; y++) {
    for (let x = 40; x < Math.min(width, 240); x++) data.set([37, 99, 235, 255], (y * width + x) * 4);
  }
  return { width, height, data };
}

export function testReport(id: string, width: number, height: number, scale = 1): FrameReport {
  return { id, name: `Frame ${id}`, width, height, scale, scaleSource: "given", photos: 0 };
}

/** Three colors and two spacing values with heuristic names, as the engine would hand them over. */
export function testTokens(frameId = "frame-a"): TokenSet {
  return {
    colors: [
      { id: "col-ffffff", hex: "#ffffff", name: "color/white", role: "background", palette: "white", coverage: 0.8, frames: [{ frame: frameId, coverage: 0.8 }], usage: ["fill"], namingSource: "heuristic" },
      { id: "col-2563eb", hex: "#2563eb", name: "color/blue-600", role: "primary", palette: "blue-600", coverage: 0.05, frames: [{ frame: frameId, coverage: 0.05 }], usage: ["fill"], namingSource: "heuristic" },
      {
        id: "col-6b7280", hex: "#6b7280", name: "color/gray-500", role: "text", palette: "gray-500", coverage: 0.01, frames: [{ frame: frameId, coverage: 0.01 }], usage: ["text"],
        contrast: [{ against: "#ffffff", ratio: 4.83, aa: true, aaa: false }], namingSource: "heuristic",
      },
    ],
    spacing: [
      { id: "sp-8", px: 8, name: "spacing/2", count: 12, contexts: [{ context: "gap", count: 12 }], frames: [frameId], namingSource: "heuristic" },
      { id: "sp-16", px: 16, name: "spacing/4", count: 30, contexts: [{ context: "padding", count: 20 }, { context: "gap", count: 10 }], frames: [frameId], namingSource: "heuristic" },
    ],
    gradients: [],
    baseUnit: 4,
    modes: ["Default"],
  };
}

export function testInput(width = 800, height = 500): NamerInput {
  return { tokens: testTokens(), frames: [{ report: testReport("frame-a", width, height), image: testImage(width, height) }] };
}

/** A well-formed reply naming every candidate of {@link testTokens}. */
export const GOOD_REPLY = {
  colors: [
    { id: "c1", name: "color/background", role: "background", description: "Page background", noise: false },
    { id: "c2", name: "color/brand/primary", role: "primary", description: "Primary buttons", noise: false },
    { id: "c3", name: "color/text/muted", role: "text-muted", description: "Secondary text", noise: false },
  ],
  spacing: [
    { id: "s1", name: "spacing/sm", description: "Gaps between items", noise: false },
    { id: "s2", name: "spacing/md", description: "Card padding", noise: false },
  ],
};
