import { describe, expect, it } from "vitest";
import { TokenSetSchema } from "../../contract/tokens.js";
import type { FrameMeasurement, MeasuredColor } from "../types.js";
import { mergeFrames } from "./merge-frames.js";

const color = (hex: string, pixels: number, usage: MeasuredColor["usage"] = ["fill"]): MeasuredColor => ({ hex, pixels, coverage: pixels / 10000, usage });
const frame = (id: string, colors: MeasuredColor[], mode?: string): FrameMeasurement => ({
  frame: { id, name: id, width: 100, height: 100, scale: 1, scaleSource: "default", photos: 0, ...(mode ? { mode } : {}) },
  colors,
  gradients: [],
  spacing: [],
  baseUnit: null,
});

describe("mergeFrames", () => {
  const a = frame("a", [color("#ffffff", 8000), color("#2563eb", 1500), color("#111827", 500, ["text"])]);
  const b = frame("b", [color("#ffffff", 6000), color("#f9fafb", 3000), color("#111827", 1000, ["text"])]);

  it("same color in two frames → one token with both frames and pooled coverage", () => {
    const set = mergeFrames([a, b], { maxColors: 32 });
    const white = set.colors.find((c) => c.hex === "#ffffff")!;
    expect(white.frames).toEqual([
      { frame: "a", coverage: 0.8 },
      { frame: "b", coverage: 0.6 },
    ]);
    expect(white.coverage).toBeCloseTo(0.7);
    expect(set.colors.map((c) => c.hex)).toEqual(["#ffffff", "#f9fafb", "#111827", "#2563eb"]);
    expect(TokenSetSchema.parse(set)).toBeTruthy();
  });

  it("keeps #ffffff, #fdfcfb (ΔE2000 0.85) and #f9fafb apart but merges ±1 rounding noise into the better-covered value", () => {
    const c = frame("c", [color("#fefefe", 200), color("#fdfcfb", 150)]);
    const set = mergeFrames([a, b, c], { maxColors: 32 });
    expect(set.colors.filter((t) => t.hex === "#fefefe")).toEqual([]);
    expect(set.colors.find((t) => t.hex === "#ffffff")!.frames.map((f) => f.frame)).toEqual(["a", "b", "c"]);
    expect(set.colors.some((t) => t.hex === "#f9fafb")).toBe(true);
    expect(set.colors.some((t) => t.hex === "#fdfcfb")).toBe(true);
  });

  it("ids derive from values and names are deterministic and unique", () => {
    const one = mergeFrames([a, b], { maxColors: 32 });
    const two = mergeFrames([a, b], { maxColors: 32 });
    expect(two).toEqual(one);
    expect(one.colors.find((c) => c.hex === "#2563eb")!.id).toBe("c-2563eb");
    expect(new Set(one.colors.map((c) => c.name)).size).toBe(one.colors.length);
    expect(one.colors.every((c) => c.namingSource === "heuristic")).toBe(true);
  });

  it("maxColors keeps role colors (background, text, primary first) and drops the least-covered others", () => {
    const many = frame("m", [
      color("#ffffff", 5000),
      color("#111827", 800, ["text"]),
      color("#2563eb", 300),
      color("#e5e7eb", 2000),
      color("#d1d5db", 1500),
      color("#9ca3af", 1000),
    ]);
    const set = mergeFrames([many], { maxColors: 3 });
    expect(set.colors.map((c) => [c.hex, c.role])).toEqual([
      ["#ffffff", "background"],
      ["#111827", "text"],
      ["#2563eb", "primary"],
    ]);
    const five = mergeFrames([many], { maxColors: 5 });
    expect(five.colors.map((c) => [c.hex, c.role])).toEqual([
      ["#ffffff", "background"],
      ["#e5e7eb", "surface"],
      ["#d1d5db", "neutral"],
      ["#111827", "text"],
      ["#2563eb", "primary"],
    ]);
  });

  it("frames of a second mode fill modeValues of the token with the same role", () => {
    const light = frame("l", [color("#ffffff", 8000), color("#111827", 800, ["text"]), color("#2563eb", 500)], "Light");
    const dark = frame("d", [color("#111827", 8000), color("#f9fafb", 800, ["text"]), color("#3b82f6", 500)], "Dark");
    const set = mergeFrames([light, dark], { maxColors: 32 });
    expect(set.modes).toEqual(["Light", "Dark"]);
    const byRole = Object.fromEntries(set.colors.map((c) => [c.role, c]));
    expect(byRole.background).toMatchObject({ hex: "#ffffff", modeValues: { Dark: "#111827" } });
    expect(byRole.text).toMatchObject({ hex: "#111827", modeValues: { Dark: "#f9fafb" } });
    expect(byRole.primary).toMatchObject({ hex: "#2563eb", modeValues: { Dark: "#3b82f6" } });
    expect(set.colors).toHaveLength(3);
  });

  it("merges identical gradients of two frames", () => {
    const g = { stops: [{ hex: "#3b82f6", position: 0 }, { hex: "#8b5cf6", position: 1 }], angle: 90, coverage: 0.2 };
    const f1 = { ...frame("a", [color("#ffffff", 8000)]), gradients: [g] };
    const f2 = { ...frame("b", [color("#ffffff", 8000)]), gradients: [g] };
    const set = mergeFrames([f1, f2], { maxColors: 32 });
    expect(set.gradients).toHaveLength(1);
    expect(set.gradients[0]).toMatchObject({ name: "gradient/blue-500-to-violet-500", frames: ["a", "b"], angle: 90 });
    expect(set.gradients[0]!.coverage).toBeCloseTo(0.2);
  });
});

describe("mergeFrames spacing", () => {
  it("pools spacing of the frames into tokens with a base unit", () => {
    const withSpacing = (id: string, px: number[]): FrameMeasurement => ({
      ...frame(id, [color("#ffffff", 9000)]),
      spacing: px.map((v) => ({ px: v, count: 3, contexts: [{ context: "gap" as const, count: 3 }] })),
      baseUnit: 8,
    });
    const set = mergeFrames([withSpacing("a", [8, 16, 24]), withSpacing("b", [16, 32])], { maxColors: 32 });
    expect(set.spacing.map((s) => s.px)).toEqual([8, 16, 24, 32]);
    expect(set.baseUnit).toBe(8);
    expect(set.spacing.find((s) => s.px === 16)!.frames.sort()).toEqual(["a", "b"]);
    expect(TokenSetSchema.parse(set)).toBeTruthy();
  });
});

describe("mergeFrames roles from measurement order", () => {
  it("the frame background (measureFrame puts it first) is the background even when white cards cover more", () => {
    const page = frame("p", [color("#f9fafb", 3000), color("#ffffff", 6000), color("#111827", 500, ["fill", "text"]), color("#6b7280", 300, ["text"])]);
    const set = mergeFrames([page], { maxColors: 32 });
    const byHex = Object.fromEntries(set.colors.map((c) => [c.hex, c]));
    expect(byHex["#f9fafb"]).toMatchObject({ role: "background", name: "color/background" });
    expect(byHex["#ffffff"]).toMatchObject({ role: "surface", name: "color/surface" });
    expect(byHex["#111827"]).toMatchObject({ role: "text", name: "color/text/default" });
    expect(byHex["#6b7280"]).toMatchObject({ role: "text-muted", name: "color/text/muted" });
  });
});
