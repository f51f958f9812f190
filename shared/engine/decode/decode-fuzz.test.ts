import { describe, expect, it } from "vitest";
import fc from "fast-check";
import { readdirSync, readFileSync, existsSync } from "node:fs";
import { decodePng } from "./decode-png.js";
import { inflateZlib } from "./inflate-zlib.js";
import { rangeSegments } from "./byte-segments.js";
import { EngineError } from "../errors.js";
import { concatBytes, encodePng, ihdrData, pngChunk } from "../png/encode-png.js";
import { PNG_SIGNATURE } from "../png/inspect-png.js";
import { crc32 } from "../png/crc32.js";
import { zlibZeroBomb } from "../png/zlib-zero-bomb.js";
import type { ErrorCode } from "../../contract/problem.js";

/** FUZZ_RUNS=10 multiplies every property's runs for a deeper one-off pass. */
const FUZZ = Math.max(1, Number(process.env.FUZZ_RUNS ?? 1));

const SIG = Uint8Array.from(PNG_SIGNATURE);
const IEND = pngChunk("IEND", new Uint8Array(0));
const CORPUS = "tests/fixtures/corpus";

interface Chunk {
  type: string;
  data: Uint8Array;
}
function chunksOf(png: Uint8Array): Chunk[] {
  const v = new DataView(png.buffer, png.byteOffset, png.byteLength);
  const out: Chunk[] = [];
  for (let p = 8; p < png.length; ) {
    const len = v.getUint32(p);
    out.push({ type: String.fromCharCode(...png.subarray(p + 4, p + 8)), data: png.subarray(p + 8, p + 8 + len) });
    p += 12 + len;
  }
  return out;
}
const build = (chunks: Chunk[]) => concatBytes([SIG, ...chunks.map((c) => pngChunk(c.type, c.data))]);

/** Decodes and classifies: a valid image (right size) or an EngineError code. Anything else fails the test. */
function outcome(bytes: Uint8Array): ErrorCode | "ok" {
  try {
    const img = decodePng(bytes);
    expect(img.data.length).toBe(img.width * img.height * 4);
    return "ok";
  } catch (e) {
    if (!(e instanceof EngineError)) throw e;
    return e.code;
  }
}

const seeds: Uint8Array[] = [
  encodePng({ width: 9, height: 7, colorType: 6, bitDepth: 8, samples: Array.from({ length: 252 }, (_, i) => (i * 37) & 255), filters: [0, 1, 2, 3, 4] }),
  encodePng({ width: 9, height: 7, colorType: 2, bitDepth: 16, samples: Array.from({ length: 189 }, (_, i) => i * 331), interlaced: true, filters: [4, 3] }),
  encodePng({ width: 11, height: 5, colorType: 3, bitDepth: 4, samples: Array.from({ length: 55 }, (_, i) => i % 5), palette: Array.from({ length: 15 }, (_, i) => i * 17), trns: [0, 90] }),
  encodePng({ width: 6, height: 6, colorType: 0, bitDepth: 1, samples: Array.from({ length: 36 }, (_, i) => i & 1), interlaced: true }),
  encodePng({ width: 5, height: 8, colorType: 4, bitDepth: 8, samples: Array.from({ length: 80 }, (_, i) => i * 3), idatSize: 9 }),
];
if (existsSync(CORPUS)) {
  const small = readdirSync(CORPUS).filter((f) => f.startsWith("mobile@1x"));
  for (const f of small) seeds.push(new Uint8Array(readFileSync(`${CORPUS}/${f}`)));
}
const seedArb = fc.constantFrom(...seeds);

describe("decodePng fuzz: every input ends in an image or an EngineError", { timeout: 180_000 }, () => {
  it("random byte mutations (CRCs then catch them)", () => {
    fc.assert(
      fc.property(seedArb, fc.array(fc.tuple(fc.nat(), fc.integer({ min: 0, max: 255 })), { minLength: 1, maxLength: 8 }), (seed, edits) => {
        const png = seed.slice();
        for (const [at, value] of edits) png[at % png.length] = value;
        outcome(png);
      }),
      { numRuns: 300 * FUZZ },
    );
  });

  it("mutated image data with fixed CRCs reaches inflate/unfilter and still fails cleanly", () => {
    const seen = new Set<string>();
    fc.assert(
      fc.property(seedArb, fc.array(fc.tuple(fc.nat(), fc.integer({ min: 0, max: 255 })), { minLength: 1, maxLength: 6 }), (seed, edits) => {
        const chunks = chunksOf(seed).map((c) => ({ ...c, data: c.data.slice() }));
        const idats = chunks.filter((c) => c.type === "IDAT");
        for (const [at, value] of edits) {
          const c = idats[at % idats.length];
          if (c.data.length) c.data[(at >> 3) % c.data.length] = value;
        }
        seen.add(outcome(build(chunks)));
      }),
      { numRuns: 300 * FUZZ },
    );
    expect(seen.has("corrupt_data")).toBe(true);
  });

  it("truncation at every chunk boundary and inside chunks → truncated", () => {
    for (const seed of seeds.slice(0, 5)) {
      for (let cut = 8; cut < seed.length; cut++) expect(outcome(seed.subarray(0, cut))).toBe("truncated");
    }
  });

  it("missing IEND → truncated; chunks out of order → an EngineError or a valid image", () => {
    for (const seed of seeds) {
      const chunks = chunksOf(seed);
      expect(outcome(build(chunks.filter((c) => c.type !== "IEND")))).toBe("truncated");
    }
    fc.assert(
      fc.property(seedArb, fc.infiniteStream(fc.nat()), (seed, rand) => {
        const chunks = chunksOf(seed);
        const it = rand[Symbol.iterator]();
        const shuffled = chunks
          .map((c) => ({ c, k: it.next().value as number }))
          .sort((a, b) => a.k - b.k)
          .map((x) => x.c);
        const code = outcome(build(shuffled));
        if (shuffled[0].type !== "IHDR") expect(code).toBe("bad_header");
      }),
      { numRuns: 200 * FUZZ },
    );
  });

  it("CRC errors → bad_chunk (bad_header for IHDR)", () => {
    fc.assert(
      fc.property(seedArb, fc.nat(), fc.integer({ min: 1, max: 255 }), (seed, which, flip) => {
        const png = seed.slice();
        const ends: number[] = [];
        for (let p = 8; p < png.length; ) {
          const len = new DataView(png.buffer).getUint32(p);
          ends.push(p + 8 + len);
          p += 12 + len;
        }
        const end = ends[which % ends.length];
        png[end + (which % 4)] ^= flip;
        expect(outcome(png)).toBe(end === 29 ? "bad_header" : "bad_chunk");
      }),
      { numRuns: 200 * FUZZ },
    );
  });

  it("huge or lying chunk length fields → bad_chunk or truncated, never a read past the file", () => {
    fc.assert(
      fc.property(seedArb, fc.nat(), fc.integer({ min: 0, max: 0xffffffff }), (seed, which, length) => {
        const png = seed.slice();
        const starts: number[] = [];
        for (let p = 33; p < png.length; ) {
          starts.push(p);
          p += 12 + new DataView(png.buffer).getUint32(p);
        }
        const at = starts[which % starts.length];
        const old = new DataView(png.buffer).getUint32(at);
        fc.pre(length !== old);
        new DataView(png.buffer).setUint32(at, length);
        expect(["bad_chunk", "truncated"]).toContain(outcome(png));
      }),
      { numRuns: 200 * FUZZ },
    );
  });

  it("forged IHDR sizes (CRC fixed) → image_too_large, decompression_limit, corrupt_data (or a valid image when the sizes happen to fit)", () => {
    fc.assert(
      fc.property(seedArb, fc.integer({ min: 1, max: 0x7fffffff }), fc.integer({ min: 1, max: 0x7fffffff }), (seed, w, h) => {
        const png = seed.slice();
        const v = new DataView(png.buffer);
        fc.pre(w !== v.getUint32(16) || h !== v.getUint32(20));
        v.setUint32(16, w);
        v.setUint32(20, h);
        v.setUint32(29, crc32(png, 12, 29));
        expect(["image_too_large", "decompression_limit", "corrupt_data", "ok"]).toContain(outcome(png));
      }),
      { numRuns: 150 * FUZZ },
    );
    const liar = concatBytes([SIG, pngChunk("IHDR", ihdrData(10000, 10000, 8, 6)), ...chunksOf(seeds[0]).slice(1).map((c) => pngChunk(c.type, c.data))]);
    expect(outcome(liar)).toBe("image_too_large");
  });
});

describe("decompression bombs", { timeout: 60_000 }, () => {
  const BOMB_MIB = 384;
  const bomb = zlibZeroBomb(BOMB_MIB);

  it("a 100×100 PNG carrying 384 MiB of deflate data is rejected after a few KB of input", () => {
    expect(bomb.length).toBeLessThan(BOMB_MIB * 1100);
    const png = concatBytes([SIG, pngChunk("IHDR", ihdrData(100, 100, 8, 6)), pngChunk("IDAT", bomb), IEND]);
    expect(outcome(png)).toBe("decompression_limit");
  });

  it("the inflater hands out ≤ 256 KB at a time, so a budgeted sink stops a bomb at once", () => {
    const budget = 100 * (1 + 400);
    const sizes: number[] = [];
    const sink = {
      received: 0,
      write(chunk: Uint8Array) {
        sizes.push(chunk.length);
        if (this.received + chunk.length > budget) throw new EngineError("decompression_limit", "over");
        this.received += chunk.length;
      },
    };
    expect(() => inflateZlib(bomb, rangeSegments([[0, bomb.length]]), (c) => sink.write(c))).toThrow(EngineError);
    expect(sink.received).toBeLessThanOrEqual(budget);
    expect(sizes.length).toBe(1);
    expect(Math.max(...sizes)).toBeLessThanOrEqual(288 * 1024);
  });

  it("a bomb that declares the largest accepted size is still stopped at that size", () => {
    const png = concatBytes([SIG, pngChunk("IHDR", ihdrData(2880, 1800, 8, 6)), pngChunk("IDAT", bomb), IEND]);
    expect(outcome(png)).toBe("decompression_limit");
  });
});
