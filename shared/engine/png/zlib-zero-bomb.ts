import { Deflate } from "fflate";
import { concatBytes } from "./encode-png.js";

/**
 * A zlib stream that inflates to `megabytes` MiB of zeros while staying ~1 KB per MiB, built
 * without ever holding the inflated data: fflate's streaming deflate compresses 1 MiB of zeros
 * twice with sync flushes (byte-aligned, non-final blocks); the second chunk only references
 * zeros, so it is repeated. For decompression-bomb tests and benchmarks.
 */
export function zlibZeroBomb(megabytes: number): Uint8Array {
  const MiB = 1 << 20;
  const zeros = new Uint8Array(MiB);
  let parts: Uint8Array[] = [];
  const deflate = new Deflate({ level: 9 }, (d) => parts.push(d));
  const take = (): Uint8Array => {
    const out = concatBytes(parts);
    parts = [];
    return out;
  };
  deflate.push(zeros);
  deflate.flush(true);
  const first = take();
  deflate.push(zeros);
  deflate.flush(true);
  const repeat = take();
  deflate.push(new Uint8Array(0), true);
  const last = take();
  const n = Math.max(1, Math.floor(megabytes));
  const adler = (((n * MiB) % 65521) * 65536 + 1) >>> 0;
  const tail = Uint8Array.of(adler >>> 24, (adler >>> 16) & 255, (adler >>> 8) & 255, adler & 255);
  return concatBytes([Uint8Array.of(0x78, 0xda), first, ...new Array<Uint8Array>(n - 1).fill(repeat), last, tail]);
}
