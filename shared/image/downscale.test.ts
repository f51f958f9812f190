import { describe, expect, it } from "vitest";
import fc from "fast-check";
import { CLAUDE_STANDARD_IMAGE_LIMITS, downscaleRgba, fitImageSize, visualTokens } from "./downscale.js";

function solid(width: number, height: number, rgba: [number, number, number, number]) {
  const data = new Uint8Array(width * height * 4);
  for (let i = 0; i < data.length; i += 4) data.set(rgba, i);
  return { width, height, data };
}

describe("fitImageSize", () => {
  it("keeps an image that already fits", () => {
    expect(fitImageSize(800, 600, CLAUDE_STANDARD_IMAGE_LIMITS)).toEqual({ width: 800, height: 600 });
  });

  it("caps the long edge and the visual-token count, keeping the aspect ratio", () => {
    const { width, height } = fitImageSize(2880, 1800, CLAUDE_STANDARD_IMAGE_LIMITS);
    expect(Math.max(width, height)).toBeLessThanOrEqual(1568);
    expect(visualTokens(width, height)).toBeLessThanOrEqual(1568);
    expect(visualTokens(width, height)).toBeGreaterThan(1400); // not needlessly small
    expect(Math.abs(width / height - 1.6)).toBeLessThan(0.01);
  });

  it("caps a very tall frame by its long edge", () => {
    const { width, height } = fitImageSize(390, 8000, CLAUDE_STANDARD_IMAGE_LIMITS);
    expect(height).toBeLessThanOrEqual(1568);
    expect(visualTokens(width, height)).toBeLessThanOrEqual(1568);
  });

  it("always satisfies both limits (property)", () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 8000 }), fc.integer({ min: 1, max: 8000 }), fc.integer({ min: 64, max: 4000 }), (w, h, tokens) => {
        const limits = { maxEdge: 1568, maxVisualTokens: tokens };
        const out = fitImageSize(w, h, limits);
        expect(out.width).toBeLessThanOrEqual(w);
        expect(out.height).toBeLessThanOrEqual(h);
        expect(Math.max(out.width, out.height)).toBeLessThanOrEqual(1568);
        if (out.width > 1 && out.height > 1) expect(visualTokens(out.width, out.height)).toBeLessThanOrEqual(tokens);
      }),
      { numRuns: 300 },
    );
  });

  it("rejects a non-positive size", () => {
    expect(() => fitImageSize(0, 10, CLAUDE_STANDARD_IMAGE_LIMITS)).toThrow(RangeError);
  });
});

describe("downscaleRgba", () => {
  it("averages 2x2 blocks exactly", () => {
    // 4x2 image: left block black/white checker → gray 128; right block all red.
    const img = solid(4, 2, [255, 0, 0, 255]);
    img.data.set([0, 0, 0, 255], 0);
    img.data.set([255, 255, 255, 255], 4);
    img.data.set([255, 255, 255, 255], 16);
    img.data.set([0, 0, 0, 255], 20);
    const out = downscaleRgba(img, 2, 1);
    expect(Array.from(out.data)).toEqual([128, 128, 128, 255, 255, 0, 0, 255]);
  });

  it("weights fractional coverage (3 px → 2 px)", () => {
    const img = { width: 3, height: 1, data: new Uint8Array([0, 0, 0, 255, 90, 90, 90, 255, 255, 255, 255, 255]) };
    const out = downscaleRgba(img, 2, 1);
    // Left output covers px0 fully and px1 half: (0*1 + 90*0.5)/1.5 = 30; right: (90*0.5 + 255)/1.5 = 200.
    expect(Array.from(out.data)).toEqual([30, 30, 30, 255, 200, 200, 200, 255]);
  });

  it("does not bleed the color of transparent pixels", () => {
    const img = solid(2, 1, [0, 0, 255, 255]);
    img.data.set([255, 0, 0, 0], 0); // fully transparent red
    const out = downscaleRgba(img, 1, 1);
    expect(Array.from(out.data)).toEqual([0, 0, 255, 128]);
  });

  it("keeps a flat color exact at any ratio", () => {
    const out = downscaleRgba(solid(1440, 900, [37, 99, 235, 255]), 997, 623);
    expect(out.width).toBe(997);
    expect(out.height).toBe(623);
    for (let i = 0; i < out.data.length; i += 4) {
      if (out.data[i] !== 37 || out.data[i + 1] !== 99 || out.data[i + 2] !== 235 || out.data[i + 3] !== 255) {
        throw new Error(`pixel ${i / 4} drifted: ${out.data.slice(i, i + 4).join(",")}`);
      }
    }
  });

  it("never upscales and rejects inconsistent data", () => {
    expect(downscaleRgba(solid(3, 3, [1, 2, 3, 255]), 10, 10).width).toBe(3);
    expect(() => downscaleRgba({ width: 2, height: 2, data: new Uint8Array(3) }, 1, 1)).toThrow(RangeError);
  });
});
