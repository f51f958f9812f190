import { describe, expect, it } from "vitest";
import { SpacingTokenSchema } from "../../../contract/tokens.js";
import { mergeSpacing } from "./merge-spacing.js";

const m = (px: number, count: number, context: "gap" | "padding" = "gap") => ({ px, count, contexts: [{ context, count }] });

describe("mergeSpacing", () => {
  it("pools values across frames with counts, contexts and frames", () => {
    const r = mergeSpacing([
      { frameId: "1:2", spacing: [m(8, 3), m(16, 4, "padding")], baseUnit: 8 },
      { frameId: "1:3", spacing: [m(16, 2), m(24, 5)], baseUnit: 8 },
    ]);
    expect(r.baseUnit).toBe(8);
    expect(r.spacing.map((s) => [s.id, s.px, s.name, s.count])).toEqual([
      ["s-8", 8, "spacing/1", 3],
      ["s-16", 16, "spacing/2", 6],
      ["s-24", 24, "spacing/3", 5],
    ]);
    const s16 = r.spacing[1]!;
    expect(s16.frames).toEqual(["1:2", "1:3"]);
    expect(s16.contexts).toEqual([{ context: "padding", count: 4 }, { context: "gap", count: 2 }]);
    for (const t of r.spacing) {
      expect(SpacingTokenSchema.parse(t)).toEqual(t);
      expect(t.namingSource).toBe("heuristic");
    }
  });

  it("snaps near-duplicates onto the base and re-infers a base when frames disagree", () => {
    const r = mergeSpacing([
      { frameId: "a", spacing: [m(8, 4), m(16, 4), m(15, 1)], baseUnit: 8 },
      { frameId: "b", spacing: [m(24, 3), m(32, 2), m(12, 2)], baseUnit: 4 },
    ]);
    expect(r.baseUnit).toBe(4);
    expect(r.spacing.map((s) => s.px)).toEqual([8, 12, 15, 16, 24, 32]);
    const one = mergeSpacing([{ frameId: "a", spacing: [m(8, 4), m(16, 4), m(15, 2), m(24, 3)], baseUnit: 8 }]);
    expect(one.spacing.map((s) => [s.px, s.count])).toEqual([[8, 4], [16, 6], [24, 3]]);
  });

  it("is deterministic and handles no frames", () => {
    const input = [{ frameId: "x", spacing: [m(10, 2), m(20, 3)], baseUnit: 10 }];
    expect(mergeSpacing(input)).toEqual(mergeSpacing(input));
    expect(mergeSpacing([])).toEqual({ spacing: [], baseUnit: null });
    expect(mergeSpacing([{ frameId: "x", spacing: [], baseUnit: null }])).toEqual({ spacing: [], baseUnit: null });
  });
});
