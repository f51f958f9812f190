import { describe, expect, it } from "vitest";
import { validatePng } from "./validate-png.js";
import { DEFAULT_LIMITS } from "../limits.js";
import { EngineError } from "../errors.js";
import { concatBytes, encodePng, ihdrData, pngChunk } from "../png/encode-png.js";
import { PNG_SIGNATURE } from "../png/inspect-png.js";

const SIG = Uint8Array.from(PNG_SIGNATURE);
const small = () => encodePng({ width: 4, height: 3, colorType: 6, bitDepth: 8, samples: new Uint8Array(48).fill(200) });
const idat = () => small().subarray(33, small().length - 12);
const IEND = pngChunk("IEND", new Uint8Array(0));

function codeOf(bytes: Uint8Array, limits?: Parameters<typeof validatePng>[1]): string {
  try {
    validatePng(bytes, limits);
    return "ok";
  } catch (e) {
    expect(e).toBeInstanceOf(EngineError);
    return (e as EngineError).code;
  }
}

describe("validatePng", () => {
  it("returns the header and the exact inflate budget", () => {
    expect(validatePng(small())).toEqual({ width: 4, height: 3, bitDepth: 8, colorType: 6, interlaced: false, expectedRawBytes: 3 * (1 + 16) });
    const inter = encodePng({ width: 5, height: 5, colorType: 0, bitDepth: 1, samples: new Array(25).fill(1), interlaced: true });
    // Adam7 passes of 5×5: 1×1, 1×1, 2×1, 1×2, 3×1, 2×3, 5×2 → one byte per row at 1 bit/px
    expect(validatePng(inter).expectedRawBytes).toBe(2 * (1 + 1 + 1 + 2 + 1 + 3 + 2));
  });

  it("accepts a 2x export of a 1440×900 frame by default", () => {
    const png = concatBytes([SIG, pngChunk("IHDR", ihdrData(2880, 1800, 8, 6)), idat(), IEND]);
    expect(validatePng(png).expectedRawBytes).toBe(1800 * (1 + 2880 * 4));
    expect(DEFAULT_LIMITS.maxSide).toBe(8000);
  });

  it("rejects what is not a PNG", () => {
    expect(codeOf(new Uint8Array(0))).toBe("not_png");
    expect(codeOf(new TextEncoder().encode("GIF89a......................."))).toBe("not_png");
    expect(codeOf(SIG.subarray(0, 5))).toBe("truncated");
  });

  it("rejects bad headers", () => {
    const withIhdr = (d: Uint8Array) => concatBytes([SIG, pngChunk("IHDR", d), idat(), IEND]);
    expect(codeOf(concatBytes([SIG, idat(), IEND]))).toBe("bad_header");
    expect(codeOf(withIhdr(ihdrData(0, 10, 8, 6)))).toBe("bad_header");
    expect(codeOf(withIhdr(ihdrData(10, 10, 8, 5)))).toBe("bad_header");
    expect(codeOf(withIhdr(ihdrData(10, 10, 4, 2)))).toBe("bad_header");
    expect(codeOf(withIhdr(ihdrData(10, 10, 16, 3)))).toBe("bad_header");
    expect(codeOf(withIhdr(ihdrData(10, 10, 8, 6, 2)))).toBe("bad_header");
    expect(codeOf(withIhdr(new Uint8Array(12)))).toBe("bad_header");
  });

  it("rejects images past the limits before inflating", () => {
    const sized = (w: number, h: number) => concatBytes([SIG, pngChunk("IHDR", ihdrData(w, h, 8, 6)), idat(), IEND]);
    expect(codeOf(sized(10000, 10000))).toBe("image_too_large");
    expect(codeOf(sized(8001, 1))).toBe("image_too_large");
    expect(codeOf(sized(8000, 8000))).toBe("image_too_large");
    expect(codeOf(small(), { maxBytes: 50 })).toBe("image_too_large");
    expect(codeOf(small(), { maxPixels: 11 })).toBe("image_too_large");
    expect(codeOf(small(), { maxPixels: 12 })).toBe("ok");
  });

  it("rejects truncation anywhere, missing IEND, bad CRCs and bad chunk order", () => {
    const png = small();
    for (let cut = 8; cut < png.length; cut++) expect(codeOf(png.subarray(0, cut))).toBe("truncated");
    const broken = png.slice();
    broken[40] ^= 1; // inside IDAT payload
    expect(codeOf(broken)).toBe("bad_chunk");
    const plte = pngChunk("PLTE", new Uint8Array([1, 2, 3]));
    expect(codeOf(concatBytes([png.subarray(0, 33), idat(), plte, IEND]))).toBe("bad_chunk");
    expect(codeOf(concatBytes([png.subarray(0, 33), idat(), pngChunk("tEXt", new Uint8Array(1)), idat(), IEND]))).toBe("bad_chunk");
    expect(codeOf(concatBytes([png.subarray(0, 33), IEND]))).toBe("bad_chunk");
    expect(codeOf(concatBytes([png.subarray(0, 33), pngChunk("IHDR", ihdrData(4, 3, 8, 6)), idat(), IEND]))).toBe("bad_chunk");
  });

  it("rejects a huge chunk length field without reading past the file", () => {
    const png = small().slice();
    new DataView(png.buffer).setUint32(33, 0xfffffff0);
    expect(codeOf(png)).toBe("bad_chunk");
    new DataView(png.buffer).setUint32(33, 0x7ffffff0);
    expect(codeOf(png)).toBe("truncated");
  });

  it("rejects unknown critical chunks but skips unknown ancillary ones", () => {
    const head = small().subarray(0, 33);
    expect(codeOf(concatBytes([head, pngChunk("ABCD", new Uint8Array(2)), idat(), IEND]))).toBe("unsupported_png");
    expect(codeOf(concatBytes([head, pngChunk("abCd", new Uint8Array(2)), idat(), IEND]))).toBe("ok");
    expect(codeOf(concatBytes([head, pngChunk("ab1d", new Uint8Array(2)), idat(), IEND]))).toBe("bad_chunk");
  });

  it("checks PLTE and tRNS shape", () => {
    const pal = (plte: number[], trns?: number[]) =>
      concatBytes([
        SIG, pngChunk("IHDR", ihdrData(4, 3, 2, 3)), pngChunk("PLTE", Uint8Array.from(plte)),
        ...(trns ? [pngChunk("tRNS", Uint8Array.from(trns))] : []), idat(), IEND,
      ]);
    expect(codeOf(pal([1, 2, 3]))).toBe("ok");
    expect(codeOf(pal([1, 2, 3, 4]))).toBe("bad_chunk");
    expect(codeOf(pal(new Array(15).fill(0)))).toBe("bad_chunk"); // 5 entries > 2^2
    expect(codeOf(pal([1, 2, 3], [0, 0]))).toBe("bad_chunk");
    const noPlte = concatBytes([SIG, pngChunk("IHDR", ihdrData(4, 3, 8, 3)), idat(), IEND]);
    expect(codeOf(noPlte)).toBe("bad_chunk");
    const rgbaTrns = concatBytes([small().subarray(0, 33), pngChunk("tRNS", new Uint8Array(6)), idat(), IEND]);
    expect(codeOf(rgbaTrns)).toBe("bad_chunk");
  });
});
