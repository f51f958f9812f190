import { describe, expect, it } from "vitest";
import { paletteName } from "../../plugin/main/palette-name";

describe("paletteName", () => {
  it("names colors by hue family and lightness step", () => {
    expect(paletteName("#ffffff")).toBe("white");
    expect(paletteName("#000000")).toBe("black");
    expect(paletteName("#111827")).toBe("gray-900");
    expect(paletteName("#2563eb")).toMatch(/^blue-(500|600)$/);
    expect(paletteName("#dc2626")).toMatch(/^red-(500|600)$/);
    expect(paletteName("#f3f4f6")).toBe("gray-100");
    expect(paletteName("#16a34a")).toMatch(/^green-(500|600)$/);
  });

  it("always matches the contract's palette pattern", () => {
    for (let i = 0; i < 4096; i++) {
      const hex = `#${((i * 2654435761) >>> 8).toString(16).padStart(6, "0").slice(-6)}`;
      expect(paletteName(hex)).toMatch(/^[a-z]+-\d{2,3}$|^(white|black)$/);
    }
  });
});
