import { describe, expect, it } from "vitest";
import { isTrueDuplicateHex, isTrueDuplicateKey } from "./true-duplicate.js";

const key = (hex: string) => parseInt(hex.slice(1, 3), 16) | (parseInt(hex.slice(3, 5), 16) << 8) | (parseInt(hex.slice(5, 7), 16) << 16);

describe("true duplicates", () => {
  it("merges only ±1 per channel, never distinct near tokens", () => {
    for (const [a, b, same] of [
      ["#ffffff", "#fefefe", true],
      ["#2563eb", "#2462ec", true],
      ["#ffffff", "#fdfcfb", false],
      ["#ffffff", "#f9fafb", false],
      ["#e5e7eb", "#f3f4f6", false],
      ["#111827", "#111829", false],
    ] as const) {
      expect(isTrueDuplicateHex(a, b)).toBe(same);
      expect(isTrueDuplicateKey(key(a), key(b))).toBe(same);
    }
  });
});
