import { describe, expect, it } from "vitest";
import fc from "fast-check";
import { planExport } from "../../plugin/main/export-plan";
import { EXPORT_LIMITS } from "../../plugin/main/export-limits";

describe("planExport", () => {
  it("keeps the requested scale and one tile when the frame fits", () => {
    expect(planExport(1440, 900, 2)).toEqual({ scale: 2, scaleReduced: false, tiles: [{ x: 0, y: 0, width: 2880, height: 1800, frameY: 0, frameHeight: 900 }] });
  });

  it("falls back to 1x when the frame at 2x would exceed the per-frame area, and tiles a tall page", () => {
    const plan = planExport(1440, 12000, 2);
    expect(plan.scale).toBe(1);
    expect(plan.scaleReduced).toBe(true);
    expect(plan.tiles.length).toBe(3);
    expect(plan.tiles[0]).toMatchObject({ y: 0, width: 1440, height: 4166 });
  });

  it("uses a fractional scale only when even 1x is wider than the max side", () => {
    const plan = planExport(16000, 100, 2);
    expect(plan.scale).toBe(0.5);
    expect(plan.tiles[0].width).toBe(8000);
  });

  it("refuses an empty frame with a typed error", () => {
    expect(() => planExport(0, 10, 2)).toThrow(expect.objectContaining({ code: "empty_frame" }));
  });

  it("always covers the whole frame with tiles inside the limits, without gaps or overlaps", () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 20000 }), fc.integer({ min: 1, max: 60000 }), fc.constantFrom(0.5, 1, 2, 3, 4), (w, h, s) => {
        const plan = planExport(w, h, s);
        const width = Math.round(w * plan.scale);
        let y = 0;
        for (const t of plan.tiles) {
          expect(t.y).toBe(y);
          expect(t.width).toBe(width);
          expect(t.width).toBeLessThanOrEqual(EXPORT_LIMITS.maxSide);
          expect(t.height).toBeLessThanOrEqual(EXPORT_LIMITS.maxSide);
          expect(t.width * t.height).toBeLessThanOrEqual(EXPORT_LIMITS.maxArea);
          y += t.height;
        }
        expect(y).toBe(Math.max(1, Math.round(h * plan.scale)));
        expect(plan.scale).toBeLessThanOrEqual(s);
      }),
      { numRuns: 300 },
    );
  });
});
