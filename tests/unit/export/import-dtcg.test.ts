import { describe, expect, it } from "vitest";
import { ExportError, exportTokens, importDtcg, importDtcgDetailed, importDtcgModes } from "../../../shared/export/index.js";
import type { TokenSet } from "../../../shared/contract/tokens.js";
import { lightTokens, themedTokens } from "./fixture-tokens.js";

/** Token set in a canonical order for comparison (import order follows the file). */
const canonical = (t: TokenSet): TokenSet => ({
  ...t,
  colors: [...t.colors].sort((a, b) => a.id.localeCompare(b.id)),
  spacing: [...t.spacing].sort((a, b) => a.id.localeCompare(b.id)),
  gradients: [...t.gradients].sort((a, b) => a.id.localeCompare(b.id)),
});

const codeOf = (fn: () => unknown): string | undefined => {
  try {
    fn();
  } catch (e) {
    return e instanceof ExportError ? e.code : `not ExportError: ${String(e)}`;
  }
  return undefined;
};

describe("DTCG import", () => {
  it("export → import is lossless (values, names, roles, provenance, modes) from any one mode file", () => {
    for (const set of [lightTokens, themedTokens]) {
      for (const file of exportTokens(set, "dtcg")) {
        expect(canonical(importDtcg(file.content)), file.filename).toEqual(canonical(set));
        expect(canonical(importDtcg(JSON.parse(file.content)))).toEqual(canonical(set));
      }
    }
  });

  it("is lossless with rem dimensions, without aliases, and with a non-16 rem base", () => {
    const odd = { ...lightTokens, spacing: lightTokens.spacing.map((s) => ({ ...s, px: s.px + 3 })) };
    for (const options of [{ dimensionUnit: "rem" as const }, { dtcgAliases: false }, { dimensionUnit: "rem" as const, remBase: 10 }]) {
      const [file] = exportTokens(odd, "dtcg", options);
      expect(canonical(importDtcg(file.content))).toEqual(canonical(odd));
    }
  });

  it("colliding names come back as they were", () => {
    const set: TokenSet = { ...lightTokens, colors: [lightTokens.colors[5], { ...lightTokens.colors[6], name: "color/brand-primary" }] };
    const [file] = exportTokens(set, "dtcg");
    expect(canonical(importDtcg(file.content))).toEqual(canonical(set));
  });

  it("reads a foreign 2025.10 file: nested groups, aliases, $root, other color spaces", () => {
    const { tokens, skipped } = importDtcgDetailed({
      color: {
        $type: "color",
        base: { red: { $value: { colorSpace: "srgb", components: [1, 0, 0] } } },
        brand: { $root: { $value: "{color.base.red}" }, soft: { $value: { colorSpace: "oklch", components: [0.7, 0.1, 250], alpha: 0.5 } } },
        link: { $value: "{color.brand.$root}", $description: "Links" },
        p3: { $value: { colorSpace: "display-p3", components: [0, 0, 1], hex: "#0000FF" } },
      },
      space: { $type: "dimension", sm: { $value: { value: 0.5, unit: "rem" } }, lg: { $value: { value: 24, unit: "px" } } },
      radius: { $type: "dimension", md: { $value: { value: 6, unit: "px" } } },
      font: { body: { $type: "fontFamily", $value: ["Inter"] } },
    });
    const byName = new Map(tokens.colors.map((c) => [c.name, c]));
    expect(byName.get("color/base/red")?.hex).toBe("#ff0000");
    expect(byName.get("color/brand")?.hex).toBe("#ff0000");
    expect(byName.get("color/link")).toMatchObject({ hex: "#ff0000", description: "Links", namingSource: "imported", role: "other" });
    expect(byName.get("color/brand/soft")?.alpha).toBe(0.5);
    expect(byName.get("color/p3")?.hex).toBe("#0000ff");
    expect(byName.get("color/base/red")?.palette).toMatch(/^red-\d+$/);
    expect(tokens.spacing.map((s) => [s.name, s.px])).toEqual([["space/sm", 8], ["space/lg", 24]]);
    expect(skipped.map((s) => s.path).sort()).toEqual(["font.body", "radius.md"]);
  });

  it("tolerates hex strings and legacy value/type keys", () => {
    const tokens = importDtcg({
      colors: { primary: { value: "#2563EB", type: "color" }, overlay: { value: "#00000080", type: "color" }, short: { value: "#fff", type: "color" } },
      spacing: { type: "spacing", md: { value: "16px" }, lg: { value: 24 } },
      text: { $type: "color", body: { $value: "#111827" } },
    });
    const byName = new Map(tokens.colors.map((c) => [c.name, c]));
    expect(byName.get("colors/primary")).toMatchObject({ hex: "#2563eb", role: "primary" });
    expect(byName.get("colors/overlay")).toMatchObject({ hex: "#000000", alpha: 128 / 255 });
    expect(byName.get("colors/short")?.hex).toBe("#ffffff");
    expect(byName.get("text/body")).toMatchObject({ hex: "#111827", role: "text" });
    expect(tokens.spacing.map((s) => s.px)).toEqual([16, 24]);
  });

  it("bad input is a typed error with a stable code, never a crash or hang", () => {
    expect(codeOf(() => importDtcg("not json"))).toBe("invalid_dtcg");
    expect(codeOf(() => importDtcg(42))).toBe("invalid_dtcg");
    expect(codeOf(() => importDtcg([]))).toBe("invalid_dtcg");
    expect(codeOf(() => importDtcg({ a: { $type: "color", $value: "{b}" } }))).toBe("dtcg_alias");
    expect(codeOf(() => importDtcg({ a: { $type: "color", $value: "{b}" }, b: { $type: "color", $value: "{a}" } }))).toBe("dtcg_alias");
    let deep: Record<string, unknown> = { $value: "#fff", $type: "color" };
    for (let i = 0; i < 100; i++) deep = { g: deep };
    expect(codeOf(() => importDtcg(deep))).toBe("invalid_dtcg");
    // values that are not understood are skipped and reported, not thrown
    const { skipped } = importDtcgDetailed({ c: { $type: "color", $value: "not-a-color" }, s: { $type: "dimension", $value: { value: -4, unit: "px" } } });
    expect(skipped.map((s) => s.path).sort()).toEqual(["c", "s"]);
  });
});

describe("DTCG import of a theme split into one file per mode", () => {
  it("our own per-mode files come back as the same themed set", () => {
    const files = exportTokens(themedTokens, "dtcg").map((f, i) => ({ mode: themedTokens.modes[i], json: f.content }));
    const { tokens, skipped } = importDtcgModes(files);
    expect(skipped).toEqual([]);
    expect(canonical(tokens)).toEqual(canonical(themedTokens));
  });

  it("foreign light/dark files merge into modeValues by name", () => {
    const light = { color: { $type: "color", bg: { $value: "#ffffff" }, fg: { $value: "#111111" } }, spacing: { $type: "dimension", md: { $value: { value: 16, unit: "px" } } } };
    const dark = { color: { $type: "color", bg: { $value: "#000000" }, fg: { $value: "#eeeeee" }, extra: { $value: "#ff0000" } }, spacing: { $type: "dimension", md: { $value: { value: 16, unit: "px" } } } };
    const { tokens, skipped } = importDtcgModes([{ mode: "Light", json: light }, { mode: "Dark", json: dark }]);
    expect(tokens.modes).toEqual(["Light", "Dark"]);
    expect(tokens.colors.map((c) => [c.name, c.hex, c.modeValues?.Dark])).toEqual([["color/bg", "#ffffff", "#000000"], ["color/fg", "#111111", "#eeeeee"]]);
    expect(tokens.spacing[0].modeValues).toBeUndefined(); // same value in both modes
    expect(skipped).toEqual([{ path: "Dark: color/extra", reason: "not in the first (default-mode) file" }]);
    // and the merged set exports with a dark block
    expect(exportTokens(tokens, "css")[0].content).toContain('.dark,\n[data-theme="dark"] {\n  --color-bg: #000000;');
  });

  it("rejects no files and duplicate modes with invalid_dtcg", () => {
    expect(codeOf(() => importDtcgModes([]))).toBe("invalid_dtcg");
    expect(codeOf(() => importDtcgModes([{ mode: "A", json: {} }, { mode: "A", json: {} }]))).toBe("invalid_dtcg");
  });
});
