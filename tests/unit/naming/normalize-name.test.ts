import { describe, expect, it } from "vitest";
import fc from "fast-check";
import { normalizeTokenName, uniqueName } from "../../../worker/naming/normalize-name.js";
import { TokenNameSchema } from "../../../shared/contract/tokens.js";

describe("normalizeTokenName", () => {
  it.each([
    ["color/brand/primary", "color", "color/brand/primary"],
    ["brand/primary", "color", "color/brand/primary"],
    ["Text Muted", "color", "color/text-muted"],
    ["textMuted", "color", "color/text-muted"],
    ["colors.surface.raised", "color", "color/surface/raised"],
    ["Colour/Danger_Strong", "color", "color/danger-strong"],
    ["  --md--  ", "spacing", "spacing/md"],
    ["space/2xl", "spacing", "spacing/2xl"],
  ] as const)("%s → %s", (raw, group, expected) => {
    expect(normalizeTokenName(raw, group)).toBe(expected);
  });

  it.each([
    ["spacing/md", "color"],
    ["color/primary", "spacing"],
    ["", "color"],
    ["🎨", "color"],
    ["color", "color"],
    ["color/a/b/c/d/e/f", "color"],
  ] as const)("rejects %j for %s", (raw, group) => {
    expect(normalizeTokenName(raw, group)).toBeNull();
  });

  it("returns only valid token names of the requested group (property)", () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 80 }), fc.constantFrom("color" as const, "spacing" as const), (raw, group) => {
        const name = normalizeTokenName(raw, group);
        if (name !== null) {
          expect(TokenNameSchema.safeParse(name).success).toBe(true);
          expect(name.startsWith(`${group}/`)).toBe(true);
        }
      }),
      { numRuns: 500 },
    );
  });
});

describe("uniqueName", () => {
  it("suffixes collisions and records every name", () => {
    const taken = new Set(["color/a"]);
    expect(uniqueName("color/a", taken)).toBe("color/a-2");
    expect(uniqueName("color/a", taken)).toBe("color/a-3");
    expect(uniqueName("color/b", taken)).toBe("color/b");
    expect([...taken].sort()).toEqual(["color/a", "color/a-2", "color/a-3", "color/b"]);
  });
});
