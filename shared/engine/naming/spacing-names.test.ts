import { describe, expect, it } from "vitest";
import { TokenNameSchema } from "../../contract/tokens.js";
import { spacingId, spacingName } from "./spacing-names.js";

describe("spacingName", () => {
  it("names multiples of the base unit", () => {
    expect(spacingName(4, 4)).toBe("spacing/1");
    expect(spacingName(16, 4)).toBe("spacing/4");
    expect(spacingName(16, 8)).toBe("spacing/2");
    expect(spacingName(6, 4)).toBe("spacing/1-5");
    expect(spacingName(30, 10)).toBe("spacing/3");
  });

  it("falls back to px for off-scale values and without a base", () => {
    expect(spacingName(13, 4)).toBe("spacing/13px");
    expect(spacingName(16, null)).toBe("spacing/16px");
    expect(spacingName(12.5, null)).toBe("spacing/12-5px");
  });

  it("is unique per value and always a valid token name", () => {
    for (const base of [null, 2, 4, 5, 6, 8, 10, 12, 16]) {
      const values = Array.from({ length: 400 }, (_, i) => (i + 1) / 2);
      const names = values.map((v) => spacingName(v, base));
      expect(new Set(names).size).toBe(values.length);
      for (const n of names) expect(TokenNameSchema.safeParse(n).success, n).toBe(true);
    }
  });

  it("gives ids from the value", () => {
    expect(spacingId(16)).toBe("s-16");
    expect(spacingId(12.5)).toBe("s-12-5");
  });
});
