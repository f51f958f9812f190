import { describe, expect, it } from "vitest";
import type { ExportedFrame } from "../../../shared/protocol/endpoints.js";
import { applyNamingStyle } from "./naming-style.js";
import { applyProgress, framesToParts, type FrameProgress } from "./extract-flow.js";

const png = new Uint8Array([1, 2, 3]);
const frame = (nodeId: string, tiles: number, mode?: string): ExportedFrame => ({
  nodeId, name: nodeId.toUpperCase(), scale: 2, thumbnail: png, mode,
  tiles: Array.from({ length: tiles }, (_, i) => ({ png, x: 0, y: i * 100, width: 100, height: 100 })),
});

describe("extract flow helpers", () => {
  it("sends one part per tile with name, scale and mode, and remembers the owner frame", () => {
    const { parts, owner } = framesToParts([frame("a", 1, "Dark"), frame("b", 2)]);
    expect(parts.map((p) => p.options)).toEqual([
      { name: "A", scale: 2, mode: "Dark" },
      { name: "B (part 1 of 2)", scale: 2 },
      { name: "B (part 2 of 2)", scale: 2 },
    ]);
    expect(owner).toEqual([0, 1, 1]);
  });
  it("moves a frame's progress forward only, and request-wide stages move all frames", () => {
    let list: FrameProgress[] = [{ nodeId: "a", name: "A", stage: "uploading", value: 0.1 }, { nodeId: "b", name: "B", stage: "uploading", value: 0.1 }];
    list = applyProgress(list, { stage: "decoded", frame: 2, done: 1, total: 3 }, [0, 1, 1]);
    expect(list[1]).toMatchObject({ stage: "decoded" });
    const decoded = list[1].value;
    list = applyProgress(list, { stage: "received", frame: 1, done: 1, total: 3 }, [0, 1, 1]);
    expect(list[1]).toMatchObject({ stage: "decoded", value: decoded });
    expect(list[0].stage).toBe("uploading");
    list = applyProgress(list, { stage: "naming", frame: null, done: 0, total: 1 }, [0, 1, 1]);
    expect(list.every((f) => f.stage === "naming")).toBe(true);
  });
  it("palette naming style renames unedited colors by palette, uniquely", () => {
    const c = { id: "x", hex: "#2563eb", name: "color/brand", role: "primary" as const, palette: "blue-600", coverage: 0.1, frames: [], usage: [] };
    const out = applyNamingStyle({ colors: [c, { ...c, id: "y", hex: "#2563ec" }, { ...c, id: "z", name: "color/mine", namingSource: "user" }], spacing: [], gradients: [], baseUnit: null, modes: ["Default"] }, "palette");
    expect(out.colors.map((t) => t.name)).toEqual(["color/blue-600", "color/blue-600-2", "color/mine"]);
    const back = applyNamingStyle(out, "semantic", [c, { ...c, id: "y", name: "color/brand-2" }]);
    expect(back.colors.map((t) => t.name)).toEqual(["color/brand", "color/brand-2", "color/mine"]);
  });
});
