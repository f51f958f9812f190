import { describe, expect, it } from "vitest";
import { PNG } from "pngjs";
import { decodePng } from "./decode-png.js";
import { encodePng, type PngEncodeInput } from "../png/encode-png.js";
import { CHANNELS } from "../png/png-layout.js";
import { EngineError } from "../errors.js";

type Ct = PngEncodeInput["colorType"];
type Bd = PngEncodeInput["bitDepth"];
const COMBOS: Array<[Ct, Bd]> = [
  [0, 1], [0, 2], [0, 4], [0, 8], [0, 16],
  [2, 8], [2, 16],
  [3, 1], [3, 2], [3, 4], [3, 8],
  [4, 8], [4, 16],
  [6, 8], [6, 16],
];

/** Deterministic pseudo-random generator (mulberry32). */
function rng(seed: number): () => number {
  return () => {
    seed = (seed + 0x6d2b79f5) | 0;
    let t = Math.imul(seed ^ (seed >>> 15), 1 | seed);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

function randomImage(ct: Ct, bd: Bd, width: number, height: number, seed: number): PngEncodeInput {
  const r = rng(seed);
  const ch = CHANNELS[ct];
  const paletteSize = ct === 3 ? Math.min(1 << bd, 1 + Math.floor(r() * 20)) : 0;
  const max = ct === 3 ? paletteSize - 1 : (1 << bd) - 1;
  const samples = Array.from({ length: width * height * ch }, () => Math.floor(r() * (max + 1)));
  const palette = ct === 3 ? Array.from({ length: paletteSize * 3 }, () => Math.floor(r() * 256)) : undefined;
  return { width, height, colorType: ct, bitDepth: bd, samples, palette };
}

/** Straightforward reference conversion of file samples to RGBA8 (independent of the decoder). */
function expectedRgba(input: PngEncodeInput): Uint8Array {
  const { width, height, colorType: ct, bitDepth: bd, samples, palette, trns } = input;
  const ch = CHANNELS[ct];
  const out = new Uint8Array(width * height * 4);
  const to8 = (v: number) => (bd === 16 ? Math.round(v / 257) : Math.round((v * 255) / ((1 << bd) - 1)));
  const key = trns && ct !== 3 ? Array.from({ length: trns.length / 2 }, (_, i) => trns[2 * i] * 256 + trns[2 * i + 1]) : null;
  for (let p = 0; p < width * height; p++) {
    const s = Array.from({ length: ch }, (_, k) => samples[p * ch + k]);
    let px: number[];
    if (ct === 3) {
      const i = s[0];
      px = [palette![i * 3], palette![i * 3 + 1], palette![i * 3 + 2], trns && i < trns.length ? trns[i] : 255];
    } else if (ct === 0) px = [to8(s[0]), to8(s[0]), to8(s[0]), key && key[0] === s[0] ? 0 : 255];
    else if (ct === 4) px = [to8(s[0]), to8(s[0]), to8(s[0]), to8(s[1])];
    else if (ct === 2) px = [to8(s[0]), to8(s[1]), to8(s[2]), key && key.every((k, j) => k === s[j]) ? 0 : 255];
    else px = s.map(to8);
    out.set(px, p * 4);
  }
  return out;
}

/** pngjs's decode of the same file (an independent decoder; none of these files has tRNS). */
function pngjsRgba(bytes: Uint8Array): Uint8Array {
  return new Uint8Array(PNG.sync.read(Buffer.from(bytes)).data);
}

describe("decodePng: every color type and bit depth", () => {
  for (const [ct, bd] of COMBOS) {
    for (const interlaced of [false, true]) {
      it(`color type ${ct}, ${bd}-bit${interlaced ? ", Adam7" : ""}, all filters`, () => {
        const input = { ...randomImage(ct, bd, 13, 11, ct * 100 + bd + (interlaced ? 7 : 0)), interlaced, filters: [0, 1, 2, 3, 4] };
        const bytes = encodePng(input);
        const img = decodePng(bytes);
        expect(img.width).toBe(13);
        expect(img.height).toBe(11);
        expect(Buffer.from(img.data).equals(Buffer.from(expectedRgba(input)))).toBe(true);
        expect(Buffer.from(img.data).equals(Buffer.from(pngjsRgba(bytes)))).toBe(true);
      });
    }
  }
});

describe("decodePng: exact known pixels", () => {
  it("decodes a 2×2 RGBA image to the exact bytes", () => {
    const samples = [0x1e, 0x90, 0xff, 255, 0xff, 0xff, 0xff, 255, 0x11, 0x18, 0x27, 128, 0, 0, 0, 0];
    const img = decodePng(encodePng({ width: 2, height: 2, colorType: 6, bitDepth: 8, samples, filters: [4] }));
    expect(Array.from(img.data)).toEqual(samples);
  });

  it("rounds 16-bit samples to the nearest 8-bit value (v·257 round-trips exactly)", () => {
    const samples = [0x1e * 257, 0x90 * 257, 0xffff, 0x8080, 0x807f, 0, 0x0080, 0x0081, 0xff7e, 0xff7f, 0, 0];
    const img = decodePng(encodePng({ width: 4, height: 1, colorType: 2, bitDepth: 16, samples }));
    expect(Array.from(img.data)).toEqual([0x1e, 0x90, 0xff, 255, 0x80, 0x80, 0x00, 255, 0, 1, 0xfe, 255, 0xff, 0, 0, 255]);
  });

  it("applies palette tRNS per entry and leaves entries past tRNS opaque", () => {
    const input: PngEncodeInput = {
      width: 3, height: 1, colorType: 3, bitDepth: 8, samples: [0, 1, 2],
      palette: [255, 0, 0, 0, 255, 0, 0, 0, 255], trns: [0, 128],
    };
    expect(Array.from(decodePng(encodePng(input)).data)).toEqual([255, 0, 0, 0, 0, 255, 0, 128, 0, 0, 255, 255]);
  });

  it("applies grey and RGB tRNS color keys, keeping the straight color", () => {
    const grey = decodePng(encodePng({ width: 2, height: 1, colorType: 0, bitDepth: 4, samples: [3, 4], trns: [0, 3] }));
    expect(Array.from(grey.data)).toEqual([51, 51, 51, 0, 68, 68, 68, 255]);
    const rgb = decodePng(encodePng({ width: 2, height: 1, colorType: 2, bitDepth: 16, samples: [1, 2, 3, 1, 2, 4], trns: [0, 1, 0, 2, 0, 3] }));
    expect(Array.from(rgb.data)).toEqual([0, 0, 0, 0, 0, 0, 0, 255]);
  });

  it("reads image data split over many IDAT chunks", () => {
    const input = { ...randomImage(6, 8, 40, 30, 5), filters: [1, 4] };
    for (const idatSize of [1, 7, 1000]) {
      const img = decodePng(encodePng({ ...input, idatSize }));
      expect(Buffer.from(img.data).equals(Buffer.from(expectedRgba(input)))).toBe(true);
    }
  });

  it("decodes files written by another encoder (pngjs), all its color types", () => {
    for (const colorType of [0, 2, 4, 6] as const) {
      const png = new PNG({ width: 17, height: 9, colorType, inputColorType: 6, bitDepth: 8 });
      const r = rng(colorType + 1);
      for (let i = 0; i < png.data.length; i++) png.data[i] = Math.floor(r() * 256);
      const bytes = new Uint8Array(PNG.sync.write(png, { colorType, inputColorType: 6 }));
      expect(Buffer.from(decodePng(bytes).data).equals(Buffer.from(pngjsRgba(bytes)))).toBe(true);
    }
  });
});

describe("decodePng: bad image data", () => {
  const code = (f: () => unknown) => {
    try {
      f();
    } catch (e) {
      expect(e).toBeInstanceOf(EngineError);
      return (e as EngineError).code;
    }
    return "ok";
  };

  it("rejects a palette index past the palette", () => {
    const input: PngEncodeInput = { width: 2, height: 1, colorType: 3, bitDepth: 8, samples: [0, 2], palette: [1, 2, 3, 4, 5, 6] };
    expect(code(() => decodePng(encodePng(input)))).toBe("corrupt_data");
  });

  it("rejects an invalid filter type", () => {
    const input = { ...randomImage(6, 8, 4, 4, 1), filters: [0, 7] };
    expect(code(() => decodePng(encodePng(input)))).toBe("corrupt_data");
  });
});
