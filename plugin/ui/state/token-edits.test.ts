import { describe, expect, it } from "vitest";
import { TokenSetSchema, type ColorToken, type TokenSet } from "../../../shared/contract/tokens.js";
import { EditError, excludedTokens, excludeToken, mergeColors, normalizeName, renameToken, restoreToken } from "./token-edits.js";

const color = (id: string, hex: string, name: string, coverage: number, frame = "f1"): ColorToken => ({
  id, hex, name, role: "neutral", palette: "gray-100", coverage, frames: [{ frame, coverage }], usage: ["fill"],
});
const set: TokenSet = {
  colors: [color("a", "#ffffff", "color/background", 0.6), color("b", "#f9fafb", "color/surface", 0.2, "f2"), color("c", "#2563eb", "color/brand/primary", 0.05)],
  spacing: [{ id: "s8", px: 8, name: "spacing/sm", count: 4, contexts: [], frames: ["f1"] }],
  gradients: [],
  baseUnit: 4,
  modes: ["Default"],
};

describe("token edits", () => {
  it("normalizes typed names into a valid slash path with the type group", () => {
    expect(normalizeName("Brand Primary", "color")).toBe("color/brand-primary");
    expect(normalizeName(" color / Brand / Hover! ", "color")).toBe("color/brand/hover");
    expect(normalizeName("Gutter", "spacing")).toBe("spacing/gutter");
  });
  it("renames, marks the token as user-named and keeps the set valid", () => {
    const next = renameToken(set, "c", "Brand / Accent");
    expect(next.colors[2]).toMatchObject({ name: "color/brand/accent", namingSource: "user", hex: "#2563eb" });
    expect(TokenSetSchema.safeParse(next).success).toBe(true);
  });
  it("refuses duplicate and empty names with a stable code", () => {
    expect(() => renameToken(set, "c", "background")).toThrow(expect.objectContaining({ code: "duplicate_name" }));
    expect(() => renameToken(set, "c", "!!!")).toThrow(EditError);
  });
  it("merges two colors: keeps the kept hex and sums coverage per frame", () => {
    const next = mergeColors(set, "a", "b");
    expect(next.colors.map((c) => c.id)).toEqual(["a", "c"]);
    expect(next.colors[0].hex).toBe("#ffffff");
    expect(next.colors[0].coverage).toBeCloseTo(0.8);
    expect(next.colors[0].frames).toEqual([{ frame: "f1", coverage: 0.6 }, { frame: "f2", coverage: 0.2 }]);
    expect(() => mergeColors(set, "a", "a")).toThrow(expect.objectContaining({ code: "same_token" }));
  });
  it("excludes and restores, listing what is excluded and keeping names unique", () => {
    const without = excludeToken(excludeToken(set, "c"), "s8");
    expect(excludedTokens(without, set)).toEqual({ colors: [set.colors[2]], spacing: [set.spacing[0]] });
    const renamed = renameToken(without, "b", "brand/primary");
    const back = restoreToken(renamed, set, "c");
    expect(back.colors.find((c) => c.id === "c")?.name).toBe("color/brand/primary-2");
    expect(back.colors.map((c) => c.id)).toEqual(["a", "b", "c"]);
  });
});
