import { describe, expect, it } from "vitest";
import fc from "fast-check";
import { CLAUDE_STANDARD_IMAGE_LIMITS, downscaleRgba, fitImageSize, fitRgba, visualTokens } from "./downscale.js";

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

/** Direct 2-D area integration in float64: the definition the fast version must match. */
function reference(img: { width: number; height: number; data: Uint8Array }, dw: number, dh: number): number[] {
  const rx = img.width / dw, ry = img.height / dh;
  const out: number[] = [];
  for (let oy = 0; oy < dh; oy++) {
    for (let ox = 0; ox < dw; ox++) {
      let r = 0, g = 0, b = 0, a = 0;
      for (let y = Math.floor(oy * ry); y < Math.min(img.height, Math.ceil((oy + 1) * ry)); y++) {
        const wy = Math.min((oy + 1) * ry, y + 1) - Math.max(oy * ry, y);
        for (let x = Math.floor(ox * rx); x < Math.min(img.width, Math.ceil((ox + 1) * rx)); x++) {
          const w = (wy * (Math.min((ox + 1) * rx, x + 1) - Math.max(ox * rx, x))) / (rx * ry);
          const p = (y * img.width + x) * 4;
          const wa = w * img.data[p + 3];
          r += img.data[p] * wa; g += img.data[p + 1] * wa; b += img.data[p + 2] * wa; a += wa;
        }
      }
      out.push(a > 0 ? Math.round(r / a) : 0, a > 0 ? Math.round(g / a) : 0, a > 0 ? Math.round(b / a) : 0, Math.round(a));
    }
  }
  return out;
}

describe("downscaleRgba against a direct area integral", () => {
  it("matches within 1 level for random images and ratios (property)", () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 24 }), fc.integer({ min: 1, max: 24 }), fc.integer({ min: 1, max: 24 }), fc.integer({ min: 1, max: 24 }), fc.integer(), (w, h, dw0, dh0, seed) => {
        const dw = Math.min(w, dw0), dh = Math.min(h, dh0);
        if (dw === w && dh === h) return;
        const data = new Uint8Array(w * h * 4);
        let s = seed >>> 0;
        for (let i = 0; i < data.length; i++) data[i] = (s = (s * 1103515245 + 12345) >>> 0) >>> 24;
        const got = Array.from(downscaleRgba({ width: w, height: h, data }, dw, dh).data);
        const want = reference({ width: w, height: h, data }, dw, dh);
        got.forEach((v, i) => {
          // Color of a (nearly) transparent pixel is ill-conditioned; compare it only when alpha is visible.
          if (i % 4 !== 3 && want[i - (i % 4) + 3] < 8) return;
          if (Math.abs(v - want[i]) > 1) throw new Error(`channel ${i}: ${v} vs ${want[i]}`);
        });
      }),
      { numRuns: 300 },
    );
  });

  it("fitRgba returns the same image when it fits, a smaller one otherwise", () => {
    const small = solid(100, 50, [1, 2, 3, 255]);
    expect(fitRgba(small)).toBe(small);
    const big = fitRgba(solid(3000, 1500, [1, 2, 3, 255]));
    expect(visualTokens(big.width, big.height)).toBeLessThanOrEqual(1568);
  });
});
