import { describe, expect, it } from "vitest";
import fc from "fast-check";
import { constants, deflateSync, inflateRawSync } from "node:zlib";
import { inflateZlib } from "./inflate-zlib.js";
import { rangeSegments } from "./byte-segments.js";
import { EngineError } from "../errors.js";

/** FUZZ_RUNS=10 multiplies every property's runs for a deeper one-off pass. */
const FUZZ = Math.max(1, Number(process.env.FUZZ_RUNS ?? 1));

function inflateAll(data: Uint8Array, ranges: Array<[number, number]> = [[0, data.length]]): Uint8Array {
  const parts: Uint8Array[] = [];
  inflateZlib(data, rangeSegments(ranges), (c) => parts.push(c.slice()));
  return new Uint8Array(Buffer.concat(parts));
}

/** Spreads `z` over ranges of a bigger buffer with junk gaps between them (like IDAT payloads in a file). */
function scatter(z: Uint8Array, cuts: number[]): { data: Uint8Array; ranges: Array<[number, number]> } {
  const points = [...new Set(cuts.map((c) => c % (z.length + 1)))].sort((a, b) => a - b);
  const pieces: Uint8Array[] = [];
  const ranges: Array<[number, number]> = [];
  let prev = 0;
  let at = 0;
  for (const p of [...points, z.length]) {
    pieces.push(new Uint8Array(12).fill(0xa5));
    at += 12;
    pieces.push(z.subarray(prev, p));
    ranges.push([at, at + p - prev]);
    at += p - prev;
    prev = p;
  }
  return { data: new Uint8Array(Buffer.concat(pieces)), ranges };
}

/** Data shaped like PNG scanlines: runs, repeats, noise. */
const dataArb = fc
  .array(
    fc.oneof(
      fc.uint8Array({ minLength: 1, maxLength: 300 }),
      fc.tuple(fc.integer({ min: 0, max: 255 }), fc.integer({ min: 1, max: 5000 })).map(([b, n]) => new Uint8Array(n).fill(b)),
    ),
    { maxLength: 40 },
  )
  .map((parts) => {
    const joined = new Uint8Array(Buffer.concat(parts));
    // repeat the whole thing to create long-distance matches
    return new Uint8Array(Buffer.concat([joined, joined.subarray(0, joined.length >> 1), joined]));
  });

const STRATEGIES = [constants.Z_DEFAULT_STRATEGY, constants.Z_FILTERED, constants.Z_HUFFMAN_ONLY, constants.Z_RLE, constants.Z_FIXED];

describe("inflateZlib matches Node's zlib", { timeout: 120_000 }, () => {
  it("round-trips zlib output at every level and strategy (stored, fixed, dynamic blocks)", () => {
    fc.assert(
      fc.property(dataArb, fc.integer({ min: 0, max: 9 }), fc.constantFrom(...STRATEGIES), (data, level, strategy) => {
        const z = deflateSync(data, { level, strategy });
        expect(Buffer.from(inflateAll(z)).equals(Buffer.from(data))).toBe(true);
      }),
      { numRuns: 150 * FUZZ },
    );
  });

  it("reads a stream split over many ranges (IDAT chunks of any size, even 0 or 1 byte)", () => {
    fc.assert(
      fc.property(dataArb, fc.integer({ min: 0, max: 9 }), fc.array(fc.nat(), { maxLength: 30 }), (data, level, cuts) => {
        const z = deflateSync(data, { level });
        const { data: file, ranges } = scatter(new Uint8Array(z), cuts);
        expect(Buffer.from(inflateAll(file, ranges)).equals(Buffer.from(data))).toBe(true);
      }),
      { numRuns: 100 * FUZZ },
    );
    const z = new Uint8Array(deflateSync(Buffer.from("abc".repeat(1000)), { level: 0 }));
    const { data: file, ranges } = scatter(z, Array.from({ length: z.length }, (_, i) => i));
    expect(Buffer.from(inflateAll(file, ranges)).toString()).toBe("abc".repeat(1000));
  });

  it("handles output far larger than its buffer (window slides, matches across the slide)", () => {
    const data = new Uint8Array(3_000_000);
    for (let i = 0; i < data.length; i++) data[i] = (i * 7919) % 251 ^ (i >> 12);
    for (const level of [0, 1, 9]) {
      expect(Buffer.from(inflateAll(deflateSync(data, { level }))).equals(Buffer.from(data))).toBe(true);
    }
  });

  it("garbage and corrupted streams end in corrupt_data (or agree with zlib), never a crash or hang", () => {
    const seed = deflateSync(Buffer.from("copy that ".repeat(500)));
    fc.assert(
      fc.property(fc.array(fc.tuple(fc.nat(), fc.integer({ min: 0, max: 255 })), { minLength: 1, maxLength: 6 }), fc.nat(), (edits, cut) => {
        const z = new Uint8Array(seed);
        for (const [at, v] of edits) z[2 + (at % (z.length - 2))] = v;
        const input = z.subarray(0, Math.max(2, z.length - (cut % 40)));
        let mine: Uint8Array | string;
        try {
          mine = inflateAll(input);
        } catch (e) {
          if (!(e instanceof EngineError)) throw e;
          expect(e.code).toBe("corrupt_data");
          mine = "error";
        }
        if (mine !== "error") {
          // whatever we accepted, zlib (raw: Adler-32 not checked, as here) decodes to the same bytes
          const theirs = inflateRawSync(input.subarray(2), { finishFlush: constants.Z_SYNC_FLUSH });
          expect(Buffer.from(mine).equals(theirs)).toBe(true);
        }
      }),
      { numRuns: 400 * FUZZ },
    );
  });

  it("rejects bad zlib headers and truncated streams", () => {
    const code = (d: Uint8Array) => {
      try {
        inflateAll(d);
        return "ok";
      } catch (e) {
        return (e as EngineError).code;
      }
    };
    expect(code(Uint8Array.of(0x78))).toBe("corrupt_data");
    expect(code(Uint8Array.of(0x79, 0x9c, 0, 0))).toBe("corrupt_data");
    expect(code(Uint8Array.of(0x78, 0xbb, 0, 0, 0, 0, 0))).toBe("corrupt_data");
    const z = deflateSync(new Uint8Array(10000).map((_, i) => i * 13));
    expect(code(z.subarray(0, z.length - 20))).toBe("corrupt_data");
    expect(code(z)).toBe("ok");
  });
});

/** LSB-first bit writer for hand-built deflate streams. */
class Bits {
  bytes: number[] = [];
  private acc = 0;
  private n = 0;
  put(value: number, count: number): void {
    for (let i = 0; i < count; i++) this.bit((value >> i) & 1);
  }
  /** A Huffman code, most significant bit first. */
  code(value: number, length: number): void {
    for (let i = length - 1; i >= 0; i--) this.bit((value >> i) & 1);
  }
  align(): void {
    while (this.n) this.bit(0);
  }
  private bit(b: number): void {
    this.acc |= b << this.n;
    if (++this.n === 8) {
      this.bytes.push(this.acc);
      this.acc = 0;
      this.n = 0;
    }
  }
}

/**
 * `blocks` dynamic blocks that each declare a 15-bit literal code (the most expensive table) and
 * contain nothing but end-of-block, then an empty final stored block: 0 bytes of output.
 */
function tableFlood(blocks: number): Uint8Array {
  const w = new Bits();
  const lit = new Array<number>(257).fill(0);
  lit[256] = 1;
  for (let s = 0; s < 14; s++) lit[s] = s + 2;
  lit[14] = 15;
  for (let b = 0; b < blocks; b++) {
    w.put(0, 1); // BFINAL
    w.put(2, 2); // dynamic
    w.put(0, 5); // HLIT = 257
    w.put(0, 5); // HDIST = 1
    w.put(15, 4); // HCLEN = 19
    for (const sym of [16, 17, 18, 0, 8, 7, 9, 6, 10, 5, 11, 4, 12, 3, 13, 2, 14, 1, 15]) w.put(sym < 16 ? 4 : 0, 3);
    for (const len of [...lit, 0]) w.code(len, 4); // code-length code: symbol s ↦ 4-bit code s
    w.code(0, 1); // end of block (the only 1-bit code)
  }
  w.put(1, 1);
  w.put(0, 2);
  w.align();
  w.bytes.push(0, 0, 0xff, 0xff, 0, 0, 0, 1);
  return Uint8Array.from([0x78, 0x01, ...w.bytes]);
}

describe("inflateZlib work limits", () => {
  it("decodes a few hand-built dynamic blocks (the flood builder is valid deflate)", () => {
    const z = tableFlood(3);
    expect(inflateAll(z).length).toBe(0);
    expect(inflateRawSync(z.subarray(2)).length).toBe(0);
  });

  it("refuses a stream of thousands of empty 15-bit-table blocks instead of spinning on them", () => {
    const z = tableFlood(4000); // ~0.5 MB, 4000 × 2^15 table entries, no output
    let code = "ok";
    try {
      inflateAll(z);
    } catch (e) {
      code = (e as EngineError).code;
    }
    expect(code).toBe("decompression_limit");
  });
});
