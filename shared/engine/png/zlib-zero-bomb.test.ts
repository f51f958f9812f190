import { describe, expect, it } from "vitest";
import { inflateSync } from "node:zlib";
import { zlibZeroBomb } from "./zlib-zero-bomb.js";

describe("zlibZeroBomb (test tool)", () => {
  it("is a valid zlib stream of exactly n MiB of zeros, ~1000× smaller", () => {
    const bomb = zlibZeroBomb(16);
    expect(bomb.length).toBeLessThan(32 * 1024);
    const out = inflateSync(bomb); // Node's zlib also checks the Adler-32 trailer
    expect(out.length).toBe(16 << 20);
    expect(out.every((b) => b === 0)).toBe(true);
  });
});
