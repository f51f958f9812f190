import { describe, expect, it } from "vitest";
import { EngineError } from "../../errors.js";
import type { RgbaImage } from "../../types.js";
import { blank, bordered, rect, shadowed, textLine } from "./layout.test-util.js";
import { measureSpacing } from "./measure-spacing.js";

/**
 * A card (inset 24 from the frame, padding 16) holding a row of four 64px boxes 8 apart and,
 * 24 below, two boxes 24 apart; optional text line on top; drawn at scale `s`.
 */
function layout(s: number, opts: { border?: boolean; text?: boolean } = {}): RgbaImage {
  const top = opts.text ? 10 + 12 : 0;
  const img = blank(360 * s, (232 + top) * s, "#ffffff");
  if (opts.border) bordered(img, 24 * s, 24 * s, 312 * s, (184 + top) * s, "#f3f4f6", "#d1d5db", s);
  else rect(img, 24 * s, 24 * s, 312 * s, (184 + top) * s, "#f3f4f6");
  if (opts.text) textLine(img, 40 * s, 40 * s, 14, s);
  const y1 = (40 + top) * s;
  for (let i = 0; i < 4; i++) rect(img, (40 + i * 72) * s, y1, 64 * s, 64 * s, "#3b82f6");
  const y2 = y1 + 88 * s;
  rect(img, 40 * s, y2, 128 * s, 64 * s, "#22c55e");
  rect(img, 192 * s, y2, 128 * s, 64 * s, "#22c55e");
  return img;
}

const values = (r: ReturnType<typeof measureSpacing>) => r.spacing.map((v) => v.px);

describe("measureSpacing", () => {
  it("measures gaps of 8 / 16 / 24 between boxes and infers base 8", () => {
    const r = measureSpacing(layout(1), { scale: 1 });
    expect(values(r)).toEqual([8, 16, 24]);
    expect(r.baseUnit).toBe(8);
    expect(r.scaleSource).toBe("given");
    const byPx = Object.fromEntries(r.spacing.map((v) => [v.px, v]));
    expect(byPx[8]!.count).toBe(3);
    expect(byPx[8]!.contexts).toEqual([{ context: "gap", count: 3 }]);
  });

  it("reports nested box insets as padding", () => {
    const r = measureSpacing(layout(1), { scale: 1 });
    const s16 = r.spacing.find((v) => v.px === 16)!;
    expect(s16.contexts).toEqual([{ context: "padding", count: 4 }]);
    const s24 = r.spacing.find((v) => v.px === 24)!;
    expect(s24.contexts.map((c) => c.context).sort()).toEqual(["gap", "inset"]);
  });

  it("reports a 2x export at 1x when given scale 2", () => {
    const one = measureSpacing(layout(1, { border: true }), { scale: 1 });
    const two = measureSpacing(layout(2, { border: true }), { scale: 2 });
    expect(values(two)).toEqual([8, 16, 24]);
    expect(two.spacing).toEqual(one.spacing);
    expect(two.baseUnit).toBe(8);
    expect(two.scale).toBe(2);
  });

  it("infers scale 2 only on strong evidence (even edges and 2px borders)", () => {
    const inferred = measureSpacing(layout(2, { border: true }));
    expect(inferred).toMatchObject({ scale: 2, scaleSource: "inferred", baseUnit: 8 });
    expect(values(inferred)).toEqual([8, 16, 24]);
    // All-even geometry but no border to tell a 2px line from a 1px one: stays 1.
    const ambiguous = measureSpacing(layout(2));
    expect(ambiguous).toMatchObject({ scale: 1, scaleSource: "default" });
    expect(values(ambiguous)).toEqual([16, 32, 48]);
    // A real 1x frame with 1px borders stays 1.
    expect(measureSpacing(layout(1, { border: true }))).toMatchObject({ scale: 1, scaleSource: "default" });
  });

  it("does not turn text glyph gaps or line height into spacing", () => {
    for (const s of [1, 2]) {
      const r = measureSpacing(layout(s, { text: true }), { scale: s });
      expect(values(r)).toEqual([8, 16, 24]);
      // The card's top padding (to the text) and the text→row gap (12) are not measured.
      expect(r.spacing.find((v) => v.px === 16)!.count).toBe(3);
    }
  });

  it("returns nothing for a blank frame and rejects bad input with typed errors", () => {
    expect(measureSpacing(blank(50, 40, "#0b0f19"))).toEqual({ spacing: [], baseUnit: null, scale: 1, scaleSource: "default" });
    const bad = { width: 10, height: 10, data: new Uint8Array(12) };
    expect(() => measureSpacing(bad)).toThrow(EngineError);
    expect(() => measureSpacing(bad)).toThrow(expect.objectContaining({ code: "corrupt_data" }));
    expect(() => measureSpacing(blank(4, 4, "#ffffff"), { scale: 0 })).toThrow(expect.objectContaining({ code: "bad_options" }));
    expect(() => measureSpacing(blank(4, 4, "#ffffff"), { scale: Number.NaN })).toThrow(expect.objectContaining({ code: "bad_options" }));
  });

  it("sees through drop-shadow halos that bridge the gaps", () => {
    // Three white cards 24 apart on #f4f4f5, each with a 14px halo (halos overlap in the gaps);
    // inside each, two 48px tiles 16 from the card edge and 16 apart.
    const img = blank(600, 200, "#f4f4f5");
    for (let i = 0; i < 3; i++) shadowed(img, 40 + i * 168, 40, 144, 112, "#ffffff", "#f4f4f5", 14);
    for (let i = 0; i < 3; i++) for (let j = 0; j < 2; j++) rect(img, 56 + i * 168 + j * 64, 56, 48, 80, "#0ea5e9");
    const r = measureSpacing(img, { scale: 1 });
    expect(values(r)).toEqual([16, 24, 40]);
    expect(r.spacing.find((v) => v.px === 24)!.contexts).toEqual([{ context: "gap", count: 2 }]);
  });

  it("uses a given background instead of the border mode", () => {
    const img = layout(1);
    const r = measureSpacing(img, { scale: 1, background: "#ffffff" });
    expect(values(r)).toEqual([8, 16, 24]);
  });
});
