import { Inflate } from "fflate";
import { EngineError } from "../errors.js";

/** Largest output one deflate input byte can produce (258-byte match per ~2 bits, rounded up). */
const MAX_RATIO = 1032;
const MIN_SLICE = 4096;
const MAX_SLICE = 64 * 1024;

/** Receives inflated bytes; throws to abort (e.g. past its budget). */
export interface InflateSink {
  received: number;
  write(chunk: Uint8Array): void;
}

/**
 * Inflates a zlib stream split over several byte ranges of `bytes` (the IDAT payloads) into `sink`,
 * never producing much more than `budget` bytes: input is fed in slices no bigger than
 * (budget left) / 1032, so one slice cannot inflate far past the budget before the sink refuses it.
 * A 100×100 PNG carrying hundreds of MB of deflate data is stopped after ~4 KB of input.
 * fflate failures become `corrupt_data`.
 */
export function inflateBudgeted(bytes: Uint8Array, ranges: ReadonlyArray<readonly [number, number]>, budget: number, sink: InflateSink): void {
  const total = ranges.reduce((n, [s, e]) => n + e - s, 0);
  if (total < 2 + 4) throw new EngineError("corrupt_data", "Image data is too short to be a zlib stream.");
  let skip = checkZlibHeader(bytes, ranges);
  const inflater = new Inflate((data) => {
    if (data.length) sink.write(data);
  });
  let fed = 0;
  try {
    for (const [start, end] of ranges) {
      let pos = start;
      while (pos < end) {
        if (skip > 0) {
          const n = Math.min(skip, end - pos);
          skip -= n;
          pos += n;
          fed += n;
          continue;
        }
        const left = Math.max(0, budget - sink.received);
        const slice = Math.min(MAX_SLICE, Math.max(MIN_SLICE, Math.ceil(left / MAX_RATIO)), end - pos);
        fed += slice;
        inflater.push(bytes.subarray(pos, pos + slice), fed === total);
        pos += slice;
      }
    }
  } catch (e) {
    if (e instanceof EngineError) throw e;
    throw new EngineError("corrupt_data", `Image data does not inflate: ${e instanceof Error ? e.message : String(e)}.`);
  }
}

/** Checks the 2-byte zlib header spread over the ranges; returns how many bytes to skip. */
function checkZlibHeader(bytes: Uint8Array, ranges: ReadonlyArray<readonly [number, number]>): number {
  const head: number[] = [];
  for (const [s, e] of ranges) for (let i = s; i < e && head.length < 2; i++) head.push(bytes[i]);
  const [cmf, flg] = head;
  if ((cmf & 0x0f) !== 8 || cmf >> 4 > 7 || ((cmf << 8) | flg) % 31 !== 0) {
    throw new EngineError("corrupt_data", "Image data is not a valid zlib stream (bad header).");
  }
  if (flg & 0x20) throw new EngineError("corrupt_data", "Image data uses a preset zlib dictionary, which PNG forbids.");
  return 2;
}
