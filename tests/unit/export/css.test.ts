import { describe, expect, it } from "vitest";
import fc from "fast-check";
import { converter, formatHex, parse } from "culori";
import { exportTokens } from "../../../shared/export/index.js";
import { cssColor } from "../../../shared/export/values.js";
import { lightTokens, themedTokens } from "./fixture-tokens.js";
import { customPropertiesBySelector } from "./css-vars.js";

describe("CSS custom properties", () => {
  it("parse with postcss; every property once per block; :root holds every token", () => {
    for (const options of [{}, { colorFormat: "oklch" as const }, { dimensionUnit: "rem" as const }]) {
      const blocks = customPropertiesBySelector(exportTokens(themedTokens, "css", options)[0].content);
      expect([...blocks.keys()]).toEqual([":root", '.dark,\n[data-theme="dark"]']);
      expect(blocks.get(":root")?.size).toBe(themedTokens.colors.length + themedTokens.spacing.length + themedTokens.gradients.length);
      // the dark block lists only what changes
      expect(blocks.get('.dark,\n[data-theme="dark"]')?.size).toBe(7);
    }
  });

  it("single mode has no mode block", () => {
    const blocks = customPropertiesBySelector(exportTokens(lightTokens, "css")[0].content);
    expect([...blocks.keys()]).toEqual([":root"]);
    expect(blocks.get(":root")?.get("--color-brand-primary")).toBe("#2563eb");
    expect(blocks.get(":root")?.get("--color-overlay")).toBe("#00000080");
    expect(blocks.get(":root")?.get("--spacing-md")).toBe("16px");
  });

  it("oklch() values round-trip to the exact same hex", () => {
    const toRgb = converter("rgb");
    const roundTrips = (v: number): boolean => {
      const hex = `#${v.toString(16).padStart(6, "0")}`;
      const css = cssColor(hex, undefined, "oklch");
      return css.startsWith("oklch(") && formatHex(toRgb(parse(css)!)) === hex;
    };
    for (const v of [0, 0xffffff, 0xff0000, 0x00ff00, 0x0000ff, 0x808080, 0x010101, 0xfefefe]) expect(roundTrips(v), v.toString(16)).toBe(true);
    fc.assert(fc.property(fc.integer({ min: 0, max: 0xffffff }), roundTrips), { numRuns: 5000 });
  });

  it("alpha: 8-bit steps stay hex, others use rgb()", () => {
    expect(cssColor("#112233", 128 / 255)).toBe("#11223380");
    expect(cssColor("#112233", 0.5)).toBe("rgb(17 34 51 / 0.5)");
    expect(cssColor("#112233", 1)).toBe("#112233");
    expect(cssColor("#112233", 0.5, "oklch")).toMatch(/^oklch\([^)]* \/ 0\.5\)$/);
  });
});
