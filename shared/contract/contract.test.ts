import { describe, expect, it } from "vitest";
import { ExtractOptionsSchema, ExtractResponseSchema } from "./extract.js";
import { ColorTokenSchema, TokenNameSchema } from "./tokens.js";
import { ProblemSchema } from "./problem.js";

const color = {
  id: "c-2563eb",
  hex: "#2563eb",
  name: "color/brand/primary",
  role: "primary",
  palette: "blue-600",
  coverage: 0.12,
  frames: [{ frame: "f1", coverage: 0.12 }],
  usage: ["fill"],
};

describe("shared contract", () => {
  it("accepts a complete extract response and fills option defaults", () => {
    const response = {
      version: "1",
      colors: [color],
      spacing: [{ id: "s-16", px: 16, name: "spacing/md", count: 9, contexts: [{ context: "gap", count: 9 }], frames: ["f1"] }],
      gradients: [],
      baseUnit: 4,
      modes: ["Default"],
      frames: [{ id: "f1", name: "Hero", width: 1440, height: 900, scale: 1, scaleSource: "given", photos: 0 }],
      naming: { source: "heuristic", model: null, warnings: [{ code: "claude_not_configured", message: "No ANTHROPIC_API_KEY" }] },
      usage: null,
      cache: "miss",
    };
    expect(ExtractResponseSchema.parse(response).colors[0].hex).toBe("#2563eb");
    expect(ExtractOptionsSchema.parse({})).toEqual({ frames: [], types: ["color", "spacing"], maxColors: 32, naming: "auto" });
  });

  it("rejects uppercase or short hex, bad names and unknown option keys", () => {
    expect(ColorTokenSchema.safeParse({ ...color, hex: "#2563EB" }).success).toBe(false);
    expect(ColorTokenSchema.safeParse({ ...color, hex: "#fff" }).success).toBe(false);
    expect(TokenNameSchema.safeParse("color/Brand Primary").success).toBe(false);
    expect(TokenNameSchema.safeParse("color//x").success).toBe(false);
    expect(ExtractOptionsSchema.safeParse({ maxColour: 3 }).success).toBe(false);
  });

  it("types problem details with a stable code", () => {
    expect(ProblemSchema.safeParse({ type: "x", title: "Not a PNG", status: 422, detail: "d", code: "not_png" }).success).toBe(true);
    expect(ProblemSchema.safeParse({ type: "x", title: "?", status: 422, detail: "d", code: "whatever" }).success).toBe(false);
  });
});
