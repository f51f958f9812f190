import { describe, expect, it } from "vitest";
import { PNG } from "pngjs";
import fc from "fast-check";
import { encodePng } from "./encode-png.js";

function decode(bytes: Uint8Array) {
  return PNG.sync.read(Buffer.from(bytes));
}

describe("encodePng", () => {
  it("round-trips an opaque image through an independent decoder, written as RGB", () => {
    const width = 37;
    const height = 23;
    const data = new Uint8Array(width * height * 4);
    for (let i = 0; i < data.length; i += 4) {
      const p = i / 4;
      data.set([(p * 7) & 255, (p * 13) & 255, (p * 29) & 255, 255], i);
    }
    const png = encodePng({ width, height, data });
    expect(png[25]).toBe(2); // IHDR color type: RGB
    const back = decode(png);
    expect(back.width).toBe(width);
    expect(back.height).toBe(height);
    expect(Buffer.from(back.data).equals(Buffer.from(data))).toBe(true);
  });

  it("keeps alpha when any pixel is translucent", () => {
    const data = new Uint8Array([255, 0, 0, 255, 0, 255, 0, 128, 0, 0, 255, 0, 9, 9, 9, 255]);
    const png = encodePng({ width: 2, height: 2, data });
    expect(png[25]).toBe(6);
    expect(Array.from(decode(png).data)).toEqual(Array.from(data));
  });

  it("round-trips random images (property)", () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 12 }), fc.integer({ min: 1, max: 12 }), fc.boolean(), fc.integer(), (w, h, opaque, seed) => {
        const data = new Uint8Array(w * h * 4);
        let s = seed >>> 0;
        for (let i = 0; i < data.length; i++) {
          s = (s * 1103515245 + 12345) >>> 0;
          data[i] = opaque && i % 4 === 3 ? 255 : s >>> 24;
        }
        expect(Array.from(decode(encodePng({ width: w, height: h, data })).data)).toEqual(Array.from(data));
      }),
      { numRuns: 100 },
    );
  });

  it("compresses a flat UI-like frame well", () => {
    const data = new Uint8Array(1440 * 900 * 4).fill(255);
    expect(encodePng({ width: 1440, height: 900, data }).length).toBeLessThan(20_000);
  });

  it("rejects a bad size", () => {
    expect(() => encodePng({ width: 2, height: 2, data: new Uint8Array(4) })).toThrow(RangeError);
    expect(() => encodePng({ width: 0, height: 2, data: new Uint8Array(0) })).toThrow(RangeError);
  });
});
