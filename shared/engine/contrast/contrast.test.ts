import { describe, expect, it } from "vitest";
import { contrastAgainst } from "./contrast.js";

describe("contrastAgainst", () => {
  it("black on white is 21:1, AA and AAA", () => {
    expect(contrastAgainst("#000000", "#ffffff")).toEqual({ against: "#ffffff", ratio: 21, aa: true, aaa: true });
  });
  it("same color is 1:1", () => {
    expect(contrastAgainst("#2563eb", "#2563eb")).toEqual({ against: "#2563eb", ratio: 1, aa: false, aaa: false });
  });
  it("gray-500 on white passes AA only; #767676 is the classic AA boundary", () => {
    expect(contrastAgainst("#6b7280", "#ffffff")).toMatchObject({ ratio: 4.83, aa: true, aaa: false });
    expect(contrastAgainst("#767676", "#ffffff")).toMatchObject({ ratio: 4.54, aa: true });
    expect(contrastAgainst("#777777", "#ffffff")).toMatchObject({ ratio: 4.48, aa: false });
  });
  it("blue-600 on white is 5.17", () => {
    expect(contrastAgainst("#2563eb", "#ffffff").ratio).toBe(5.17);
  });
});
